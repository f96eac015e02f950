/** The figures of a run as Markdown tables: printed at the end of every run and put in docs/performance.md. */
import type { BenchCase, BenchResults } from "./results";

const k = (n: number | null | undefined) => (n === null || n === undefined ? "—" : n.toLocaleString("en"));
const s = (ms: number | null | undefined) => (ms === null || ms === undefined ? "—" : ms >= 10_000 ? `${(ms / 1000).toFixed(0)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms} ms`);
const mb = (b: number | null | undefined) => (b === null || b === undefined ? "—" : `${(b / 1024 / 1024).toFixed(2)} MiB`);
const rowsLabel = (n: number | null) => (n === null ? "—" : n >= 1000 ? `${n / 1000}k` : String(n));

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  return [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
}

function phases(p: Readonly<Record<string, number>> | undefined): string {
  if (!p) return "";
  return Object.entries(p)
    .filter(([, v]) => v >= 1)
    .map(([name, v]) => `${name} ${s(v)}`)
    .join(", ");
}

const failed = (c: BenchCase) => (c.error ? ` (failed: ${c.error.slice(0, 120)})` : "");

export function fileTable(r: BenchResults): string {
  const file = r.cases.filter((c) => c.group === "file" || c.group === "floor");
  return table(
    ["Case", "Rows", "Wall", "Floor", "Ratio", "CPU ratio", "Peak RSS", "Floor RSS", "RSS ratio", "Steps"],
    file.map((c) => [
      `${c.name}${failed(c)}`,
      rowsLabel(c.rows),
      s(c.ms),
      s(c.floorMs),
      c.ratio === null ? "—" : String(c.ratio),
      c.cpuRatio === undefined ? "—" : String(c.cpuRatio),
      c.peakRssMb === null ? "—" : `${k(c.peakRssMb)} MB`,
      c.floorPeakRssMb === undefined ? "—" : `${k(c.floorPeakRssMb)} MB`,
      c.rssRatio === undefined ? "—" : String(c.rssRatio),
      phases(c.phases),
    ]),
  );
}

export function engineTable(r: BenchResults): string {
  const engine = r.cases.filter((c) => c.group === "engine");
  return table(
    ["Operation", "Rows", "Time", "Register rows", "Rows per second"],
    engine.map((c) => [`${c.name}${failed(c)}`, rowsLabel(c.rows), c.ms === null ? "—" : `${c.ms < 100 ? c.ms : Math.round(c.ms)} ms`, k(c.totalRows), k(c.rowsPerSecond)]),
  );
}

export function officeTable(r: BenchResults): string {
  const office = r.cases.filter((c) => c.group === "office");
  const ops = [...new Set(office.map((c) => c.name))];
  const at = (name: string, rows: number) => office.find((c) => c.name === name && c.rows === rows);
  const sizes = r.sizes;
  return table(
    ["Operation", ...sizes.map((n) => `Syncs ${rowsLabel(n)}`), ...sizes.map((n) => `Moved ${rowsLabel(n)}`), ...sizes.map((n) => `Largest ${rowsLabel(n)}`)],
    ops.map((op) => [
      op + (office.filter((c) => c.name === op).map(failed).join("") || ""),
      ...sizes.map((n) => k(at(op, n)?.syncs)),
      ...sizes.map((n) => mb(at(op, n)?.bytesMoved)),
      ...sizes.map((n) => mb(at(op, n)?.maxRequestBytes)),
    ]),
  );
}

export function otherTable(r: BenchResults): string {
  const other = r.cases.filter((c) => c.group === "bundle" || c.group === "libreoffice");
  return table(
    ["Figure", "Rows", "Value"],
    other.map((c) => [`${c.name}${failed(c)}`, rowsLabel(c.rows), c.group === "bundle" ? `${k(Math.round((c.gzipBytes ?? 0) / 1024))} KB gzipped (${k(Math.round((c.bytesIn ?? 0) / 1024))} KB raw)` : s(c.ms)]),
  );
}

export function targetTable(r: BenchResults): string {
  return table(
    ["Target", "Met", "Figures"],
    r.targets.map((t) => [t.target, t.met === null ? "not measured" : t.met ? "yes" : "**no**", t.detail]),
  );
}

export function printTable(r: BenchResults): void {
  process.stdout.write(
    [
      `PMO Workbench benchmarks (${r.mode}), ${r.date}, ${r.machine.cpu} × ${r.machine.cores}, load ${r.machine.loadAverage.start} → ${r.machine.loadAverage.end}`,
      "",
      fileTable(r),
      "",
      engineTable(r),
      "",
      officeTable(r),
      "",
      otherTable(r),
      "",
      targetTable(r),
      "",
      ...r.notes,
      "",
    ].join("\n"),
  );
}
