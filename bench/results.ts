/**
 * bench/results.json: one entry per measured figure (`cases`), the machine, and each target of
 * issue 8 checked against the figures. The fields the issue names (name, rows, ms, floorMs,
 * ratio, peakRssMb, syncs, bytesMoved, maxRequestBytes) are on every case, null where they do
 * not apply; the rest say where the time went.
 */
import type { Machine } from "./machine";

export type CaseGroup = "file" | "floor" | "engine" | "office" | "bundle" | "libreoffice";

export interface BenchCase {
  readonly name: string;
  readonly group: CaseGroup;
  /** Milestone rows of the generated workbook (the other registers are proportional). */
  readonly rows: number | null;
  readonly ms: number | null;
  readonly floorMs: number | null;
  /** ms / floorMs. */
  readonly ratio: number | null;
  readonly peakRssMb: number | null;
  readonly syncs: number | null;
  readonly bytesMoved: number | null;
  /** The largest single request or response of the operation. */
  readonly maxRequestBytes: number | null;
  /** CPU time of the same span, and its ratio to the floor's: steadier than wall time on a shared machine. */
  readonly cpuMs?: number;
  readonly floorCpuMs?: number;
  readonly cpuRatio?: number;
  readonly floorPeakRssMb?: number;
  /** peakRssMb / floorPeakRssMb. */
  readonly rssRatio?: number;
  /** Convert only: the floor of the workbook it writes (larger than the one it reads), and our ratios to it. */
  readonly outputFloorMs?: number;
  readonly outputRatio?: number;
  readonly outputFloorPeakRssMb?: number;
  readonly outputRssRatio?: number;
  /** Engine: data rows of every register the workbook holds, per second of the operation. */
  readonly rowsPerSecond?: number;
  readonly totalRows?: number;
  readonly phases?: Readonly<Record<string, number>>;
  readonly floorPhases?: Readonly<Record<string, number>>;
  readonly bytesIn?: number;
  readonly bytesOut?: number;
  readonly gzipBytes?: number;
  readonly detail?: Readonly<Record<string, number | string | boolean | null>>;
  readonly error?: string;
}

export interface TargetCheck {
  readonly target: string;
  /** null: not measured in this run (quick run, or the figure is missing). */
  readonly met: boolean | null;
  readonly detail: string;
}

export interface BenchResults {
  readonly machine: Machine;
  readonly date: string;
  readonly mode: "full" | "quick";
  readonly sizes: readonly number[];
  readonly cases: readonly BenchCase[];
  readonly targets: readonly TargetCheck[];
  readonly notes: readonly string[];
}

export function emptyCase(name: string, group: CaseGroup, rows: number | null): BenchCase {
  return { name, group, rows, ms: null, floorMs: null, ratio: null, peakRssMb: null, syncs: null, bytesMoved: null, maxRequestBytes: null };
}

export const round2 = (x: number) => Math.round(x * 100) / 100;

// ------------------------------------------------------------------ targets

export const TARGETS = {
  ratio: 1.5,
  rssRatio: 2,
  maxRequestBytes: 4 * 1024 * 1024,
  syncBytesPerExtra: 4 * 1024 * 1024,
  validateRowsPerSecond: 200_000,
} as const;

const fmtBytes = (b: number) => (b >= 1024 * 1024 ? `${(b / 1024 / 1024).toFixed(2)} MiB` : `${Math.round(b / 1024)} KB`);

function byName(cases: readonly BenchCase[], group: CaseGroup, rows: number): Map<string, BenchCase> {
  return new Map(cases.filter((c) => c.group === group && c.rows === rows).map((c) => [c.name, c]));
}

/** Each target of the issue, at the size it names (100k), against this run's figures. */
export function checkTargets(cases: readonly BenchCase[], sizes: readonly number[]): TargetCheck[] {
  const out: TargetCheck[] = [];
  const big = 100_000;
  const has100k = sizes.includes(big);
  const file = cases.filter((c) => c.group === "file" && c.rows === big);

  const ratioMisses = file.filter((c) => c.ratio === null || c.ratio > TARGETS.ratio);
  out.push({
    target: `file host ratio ≤ ${TARGETS.ratio} at 100k rows, every operation`,
    met: has100k && file.length ? ratioMisses.length === 0 : null,
    detail: has100k ? file.map((c) => `${c.name} ${c.ratio ?? "n/a"}${c.cpuRatio !== undefined ? ` (CPU ${c.cpuRatio})` : ""}`).join("; ") : "not measured (quick run)",
  });

  const rssMisses = file.filter((c) => c.rssRatio === undefined || c.rssRatio > TARGETS.rssRatio);
  out.push({
    target: `peak RSS ≤ ${TARGETS.rssRatio}× the floor's at 100k rows`,
    met: has100k && file.length ? rssMisses.length === 0 : null,
    detail: has100k ? file.map((c) => `${c.name} ${c.peakRssMb ?? "n/a"} MB vs ${c.floorPeakRssMb ?? "n/a"} MB (${c.rssRatio ?? "n/a"}×)`).join("; ") : "not measured (quick run)",
  });

  const conv = file.find((c) => c.name === "file/convert");
  out.push({
    target: `convert against the floor of the workbook it writes (source sheets + registers): ratio ≤ ${TARGETS.ratio}, RSS ≤ ${TARGETS.rssRatio}×, at 100k`,
    met: conv?.outputRatio === undefined || conv.outputRssRatio === undefined ? null : conv.outputRatio <= TARGETS.ratio && conv.outputRssRatio <= TARGETS.rssRatio,
    detail:
      conv?.outputRatio === undefined
        ? "not measured"
        : `${conv.ms} ms vs ${conv.outputFloorMs} ms (${conv.outputRatio}); ${conv.peakRssMb} MB vs ${conv.outputFloorPeakRssMb} MB (${conv.outputRssRatio}×)`,
  });

  const engineAt = (rows: number) => cases.find((c) => c.group === "engine" && c.rows === rows && c.name === "engine/validate");
  const largest = [...sizes].sort((a, b) => b - a).find((s) => engineAt(s)?.rowsPerSecond !== undefined);
  const ev = largest === undefined ? undefined : engineAt(largest);
  out.push({
    target: `validate ≥ ${TARGETS.validateRowsPerSecond.toLocaleString("en")} rows/s in the engine`,
    met: ev?.rowsPerSecond === undefined ? null : ev.rowsPerSecond >= TARGETS.validateRowsPerSecond,
    detail: ev?.rowsPerSecond === undefined ? "not measured" : `${ev.rowsPerSecond.toLocaleString("en")} rows/s at ${ev.rows?.toLocaleString("en")} milestones (${ev.totalRows?.toLocaleString("en")} register rows)`,
  });

  const office = (rows: number) => byName(cases, "office", rows);
  const [o1, o10, o100] = [office(1_000), office(10_000), office(big)];
  const ops = [...o10.keys()];
  if (!ops.length || [...o10.values()].every((c) => c.syncs === null)) {
    out.push({ target: "Office: syncs independent of the rows, but for one per 4 MiB moved", met: null, detail: "not measured" });
    out.push({ target: "Office: largest request or response ≤ 4 MiB", met: null, detail: "not measured" });
    return out;
  }
  // The issue asks for the same syncs at 1k and 10k. A 10k workbook moves more than the 4 MB a
  // request may carry, so that reading cannot hold together with "largest request ≤ 4 MB": both
  // readings are checked. The second allows, over the 1k count, one sync per 4 MB moved beyond
  // what the 1k case moved (the issue's own rule for 100k).
  const same = ops.filter((op) => o1.get(op)?.syncs === null || o1.get(op)?.syncs !== o10.get(op)?.syncs);
  out.push({
    target: "Office: the same syncs at 1k and 10k rows (literal)",
    met: same.length ? false : true,
    detail: ops.map((op) => `${op} ${o1.get(op)?.syncs ?? "n/a"}/${o10.get(op)?.syncs ?? "n/a"}`).join("; "),
  });
  const allowed = (op: string, at: Map<string, BenchCase>): number | null => {
    const base = o1.get(op);
    const c = at.get(op);
    if (base?.syncs == null || c?.bytesMoved == null) return null;
    return base.syncs + Math.ceil(Math.max(0, c.bytesMoved - (base.bytesMoved ?? 0)) / TARGETS.syncBytesPerExtra);
  };
  const sizesAbove = has100k ? [o10, o100] : [o10];
  const over = ops.filter((op) => sizesAbove.some((at) => {
    const a = allowed(op, at);
    const got = at.get(op)?.syncs;
    return a === null || got == null || got > a;
  }));
  out.push({
    target: "Office: syncs of the 1k case plus at most one per 4 MiB moved beyond it, at 10k and 100k",
    met: over.length ? false : has100k ? true : null,
    detail: ops
      .map((op) => `${op} ${sizesAbove.map((at) => `${at.get(op)?.syncs ?? "n/a"} ≤ ${allowed(op, at) ?? "n/a"}`).join(", ")}`)
      .join("; "),
  });
  const all = cases.filter((c) => c.group === "office" && c.maxRequestBytes !== null);
  const worst = all.reduce<BenchCase | null>((w, c) => (w === null || (c.maxRequestBytes ?? 0) > (w.maxRequestBytes ?? 0) ? c : w), null);
  out.push({
    target: "Office: largest request or response ≤ 4 MiB",
    met: all.some((c) => (c.maxRequestBytes ?? 0) > TARGETS.maxRequestBytes) ? false : has100k && worst ? true : null,
    detail: worst ? `largest: ${worst.name} at ${worst.rows?.toLocaleString("en")} rows, ${fmtBytes(worst.maxRequestBytes ?? 0)}` : "not measured",
  });
  return out;
}
