/**
 * `npm run bench`: PMO Workbench at PMO scale (issue 8). On generated workbooks of 1k, 10k and
 * 100k milestones (RAID, RACI and actions in proportion) it measures
 *   - each operation end to end through the file host, beside the I/O floor of the same run,
 *   - each operation's engine time on a snapshot in memory,
 *   - each operation's syncs and payloads through the strict Office fake,
 *   - the task pane's initial JavaScript, gzipped, and LibreOffice recalculating the metrics,
 * and writes bench/results.json and docs/performance.md.
 *
 *   npm run bench                    everything (about 16 minutes on two cores)
 *   npm run bench -- --quick         1k and 10k only, no LibreOffice (under two minutes); results to bench/generated/
 *   options: --regenerate (rebuild the inputs), --build (rebuild dist/ for the bundle figure),
 *            --render (only write docs/performance.md again from bench/results.json)
 */
import { mkdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { measureBundle } from "./bundle";
import type { ChildResult } from "./child/protocol";
import type { EngineResult } from "./child/engine";
import type { OfficeResult } from "./child/office";
import { benchCounts, totalRows } from "./generate";
import { ensureInputs, GENERATED, type Inputs } from "./inputs";
import { machine, withEndLoad } from "./machine";
import { renderPerformanceDoc } from "./report-doc";
import { checkTargets, emptyCase, round2, type BenchCase, type BenchResults } from "./results";
import { ROOT, runChild, type ChildOptions } from "./spawn";
import { printTable } from "./table";

interface Options {
  readonly quick: boolean;
  readonly regenerate: boolean;
  readonly build: boolean;
  readonly render: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  const known = new Set(["--quick", "--regenerate", "--build", "--render"]);
  for (const a of argv) if (!known.has(a)) throw new Error(`unknown option ${a}: use --quick, --regenerate, --build or --render`);
  return { quick: argv.includes("--quick"), regenerate: argv.includes("--regenerate"), build: argv.includes("--build"), render: argv.includes("--render") };
}

const log = (s: string) => process.stderr.write(`bench: ${s}\n`);
const took = (ms: number) => process.stderr.write(`bench:   ${(ms / 1000).toFixed(1)} s\n`);

/** Heap for a child: the 100k workbooks need more than Node's default (about 4 GB). Floor and cases get the same. */
const heapFor = (rows: number): ChildOptions => ({ heapMb: rows >= 100_000 ? 12_288 : 4_096, timeoutMs: 40 * 60_000 });
/** The same, for a case that runs as `pmo` does (its heap growth too). */
const cliFor = (rows: number): ChildOptions => ({ ...heapFor(rows), asCli: true });

/** The file cases and the input each reads. */
const FILE_CASES = [
  { kind: "convert", name: "file/convert", input: "messy" },
  { kind: "validate", name: "file/validate", input: "structured" },
  { kind: "snapshot-metrics", name: "file/snapshot+metrics", input: "structured" },
  { kind: "report", name: "file/report", input: "structured" },
] as const;

async function fileCases(inputs: Inputs): Promise<BenchCase[]> {
  const n = inputs.rows;
  const out = join(GENERATED, "out");
  mkdirSync(out, { recursive: true });
  const cases: BenchCase[] = [];
  const floors = new Map<"structured" | "messy", ChildResult | null>();
  for (const input of ["structured", "messy"] as const) {
    const file = input === "structured" ? inputs.structuredFloor : inputs.messy;
    log(`${n} rows: floor (${input})…`);
    const run = await runChild<ChildResult>(["e2e", "floor", file, join(out, `floor-${input}-${n}.xlsx`)], cliFor(n));
    took(run.processMs);
    floors.set(input, run.result);
    const r = run.result;
    cases.push({
      ...emptyCase(`floor/${input}`, "floor", n),
      ...(r ? { ms: r.ms, peakRssMb: r.peakRssMb, cpuMs: r.cpuMs, phases: r.phases, bytesIn: r.bytesIn ?? 0, bytesOut: r.bytesOut ?? 0 } : { error: run.error ?? "no result" }),
    });
  }
  for (const c of FILE_CASES) {
    log(`${n} rows: ${c.name}…`);
    const file = c.input === "structured" ? inputs.structured : inputs.messy;
    const run = await runChild<ChildResult>(["e2e", c.kind, file, join(out, `${c.kind}-${n}.xlsx`)], cliFor(n));
    took(run.processMs);
    const r = run.result;
    const f = floors.get(c.input) ?? null;
    if (!r) {
      cases.push({ ...emptyCase(c.name, "file", n), error: run.error ?? "no result" });
      continue;
    }
    // Convert writes the source sheets and the registers made from them, about twice the cells it
    // reads: beside the floor of its input, the floor of the workbook it writes (exceljs loading
    // our output and writing it back), measured the same way.
    const outFloor = c.kind === "convert" ? await outputFloor(join(out, `${c.kind}-${n}.xlsx`), n) : null;
    if (outFloor) cases.push(outFloor);
    cases.push({
      ...emptyCase(c.name, "file", n),
      ...(outFloor && outFloor.ms !== null && outFloor.peakRssMb !== null && r
        ? { outputFloorMs: outFloor.ms, outputRatio: round2(r.ms / outFloor.ms), outputFloorPeakRssMb: outFloor.peakRssMb, outputRssRatio: round2(r.peakRssMb / outFloor.peakRssMb) }
        : {}),
      ms: r.ms,
      floorMs: f?.ms ?? null,
      ratio: f ? round2(r.ms / f.ms) : null,
      peakRssMb: r.peakRssMb,
      cpuMs: r.cpuMs,
      ...(f ? { floorCpuMs: f.cpuMs, cpuRatio: round2(r.cpuMs / f.cpuMs), floorPeakRssMb: f.peakRssMb, rssRatio: round2(r.peakRssMb / f.peakRssMb), floorPhases: f.phases } : {}),
      phases: r.phases,
      bytesIn: r.bytesIn ?? 0,
      bytesOut: r.bytesOut ?? 0,
      ...(r.extra ? { detail: r.extra } : {}),
    });
  }
  return cases;
}

async function outputFloor(converted: string, n: number): Promise<BenchCase> {
  const name = "floor/convert output";
  const copy = converted.replace(/\.xlsx$/, ".floor.xlsx");
  const prepared = await runChild<unknown>(["floor-copy", converted, copy], heapFor(n));
  if (!prepared.result) return { ...emptyCase(name, "floor", n), error: prepared.error ?? "no copy" };
  log(`${n} rows: floor (convert output)…`);
  const run = await runChild<ChildResult>(["e2e", "floor", copy, copy.replace(/\.floor\.xlsx$/, ".floor-out.xlsx")], cliFor(n));
  took(run.processMs);
  const r = run.result;
  return { ...emptyCase(name, "floor", n), ...(r ? { ms: r.ms, peakRssMb: r.peakRssMb, cpuMs: r.cpuMs, phases: r.phases, bytesIn: r.bytesIn ?? 0, bytesOut: r.bytesOut ?? 0 } : { error: run.error ?? "no result" }) };
}

async function engineCases(inputs: Inputs): Promise<BenchCase[]> {
  const n = inputs.rows;
  log(`${n} rows: engine…`);
  const run = await runChild<EngineResult>(["engine", String(n), inputs.structured, inputs.messy], { ...heapFor(n), exposeGc: true });
  took(run.processMs);
  if (!run.result) return [{ ...emptyCase("engine/*", "engine", n), error: run.error ?? "no result" }];
  const rows = totalRows(benchCounts(n));
  return run.result.timings.map((t) => ({
    ...emptyCase(`engine/${t.op}`, "engine", n),
    ms: t.ms,
    rowsPerSecond: Math.round(rows / (Math.max(t.ms, 0.1) / 1000)),
    totalRows: rows,
    detail: { runs: t.runs, planOps: t.planOps },
  }));
}

async function officeCases(n: number): Promise<BenchCase[]> {
  log(`${n} rows: Office fake…`);
  const run = await runChild<OfficeResult>(["office", String(n)], heapFor(n));
  took(run.processMs);
  if (!run.result) return [{ ...emptyCase("office/*", "office", n), error: run.error ?? "no result" }];
  return run.result.timings.map((t) => ({
    ...emptyCase(`office/${t.op}`, "office", n),
    syncs: t.syncs,
    bytesMoved: t.bytesMoved,
    maxRequestBytes: t.maxRequestBytes,
    detail: { seedAndRunMs: t.seedAndRunMs },
  }));
}

async function validateBenchCase(n: number): Promise<BenchCase> {
  log(`benchValidate(${n})…`);
  const run = await runChild<{ engineMs: number; rowsPerSecond: number; validateMs: number; validateRowsPerSecond: number; findings: number; peakRssMb: number }>(["validate-bench", String(n)], heapFor(n));
  const r = run.result;
  if (!r) return { ...emptyCase("engine/benchValidate (milestones only)", "engine", n), error: run.error ?? "no result" };
  return {
    ...emptyCase("engine/benchValidate (milestones only)", "engine", n),
    ms: r.engineMs,
    rowsPerSecond: r.rowsPerSecond,
    totalRows: n,
    detail: { validateMs: r.validateMs, validateRowsPerSecond: r.validateRowsPerSecond, findings: r.findings },
  };
}

async function recalcCase(n: number): Promise<BenchCase> {
  log(`LibreOffice recalculation, ${n} rows…`);
  const run = await runChild<{ recalcMs: number; buildMs: number; saveMs: number; bytes: number; mismatches: number; peakRssMb: number }>(["recalc", String(n)], heapFor(n));
  const r = run.result;
  if (!r) return { ...emptyCase("libreoffice/recalc metrics workbook", "libreoffice", n), error: run.error ?? "no result" };
  return { ...emptyCase("libreoffice/recalc metrics workbook", "libreoffice", n), ms: r.recalcMs, bytesIn: r.bytes, detail: { buildMs: r.buildMs, saveMs: r.saveMs, mismatches: r.mismatches } };
}

function bundleCase(build: boolean): { kase: BenchCase; note: string } {
  log("task pane bundle…");
  try {
    const b = measureBundle(ROOT, build);
    const lazy = b.lazy.slice(0, 3).map((f) => `${f.file} ${Math.round(f.gzipBytes / 1024)} KB`).join(", ");
    return {
      kase: { ...emptyCase("bundle/taskpane initial JS (gzip)", "bundle", null), gzipBytes: b.initialGzipBytes, bytesIn: b.initialBytes, detail: { files: b.initial.map((f) => f.file).join(" "), external: b.external.join(" "), built: b.built, stale: b.stale } },
      note: `Task pane initial JS: ${b.initial.map((f) => `${f.file} ${Math.round(f.gzipBytes / 1024)} KB`).join(" + ")} gzipped (office.js from the CDN not counted${b.stale ? "; dist/ is older than src/, run with --build for a fresh figure" : ""}); largest lazy chunks: ${lazy}.`,
    };
  } catch (e) {
    return { kase: { ...emptyCase("bundle/taskpane initial JS (gzip)", "bundle", null), error: (e as Error).message.split("\n")[0]! }, note: "" };
  }
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  if (options.render) {
    // The analysis (bench/performance-notes.md) changes more often than the figures are measured.
    const saved = JSON.parse(readFileSync(join(ROOT, "bench", "results.json"), "utf8")) as BenchResults;
    writeFileSync(join(ROOT, "docs", "performance.md"), renderPerformanceDoc(saved));
    log("wrote docs/performance.md from bench/results.json");
    return;
  }
  const sizes = options.quick ? [1_000, 10_000] : [1_000, 10_000, 100_000];
  const m = machine();
  const started = Date.now();
  const cases: BenchCase[] = [];
  const notes: string[] = [];
  for (const n of sizes) {
    const inputs = await ensureInputs(n, { regenerate: options.regenerate, heapMb: heapFor(n).heapMb ?? 4096, log });
    if (inputs.generatedMs !== null) notes.push(`Generated the ${n.toLocaleString("en")}-row inputs in ${Math.round(inputs.generatedMs / 1000)} s (kept in bench/generated/ for later runs).`);
    cases.push(...(await fileCases(inputs)));
    cases.push(...(await engineCases(inputs)));
  }
  // The defect-heavy milestone register is a full-run figure: --quick has to stay under two minutes.
  if (!options.quick) cases.push(await validateBenchCase(100_000));
  // Syncs and bytes do not depend on the machine's speed: the Office sizes run side by side,
  // after every timed case.
  for (const office of await Promise.all(sizes.map((n) => officeCases(n)))) cases.push(...office);
  const bundle = bundleCase(options.build);
  cases.push(bundle.kase);
  if (bundle.note) notes.push(bundle.note);
  if (!options.quick) for (const n of [10_000, 50_000]) cases.push(await recalcCase(n));

  const results: BenchResults = {
    machine: withEndLoad(m),
    date: new Date().toISOString(),
    mode: options.quick ? "quick" : "full",
    sizes,
    cases,
    targets: checkTargets(cases, sizes),
    notes: [...notes, `Whole run: ${Math.round((Date.now() - started) / 1000)} s.`],
  };
  const json = JSON.stringify(results, null, 2) + "\n";
  if (options.quick) {
    writeFileSync(join(GENERATED, "results.quick.json"), json);
    log("wrote bench/generated/results.quick.json (a quick run leaves bench/results.json and docs/performance.md alone)");
  } else {
    writeFileSync(join(ROOT, "bench", "results.json"), json);
    writeFileSync(join(ROOT, "docs", "performance.md"), renderPerformanceDoc(results));
    log("wrote bench/results.json and docs/performance.md");
  }
  printTable(results);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
