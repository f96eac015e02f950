/**
 * Engine time: each pure operation on a snapshot already in memory (read once, untimed), so the
 * figure is the operation's own — no unzip, no XML, no exceljs. Smaller sizes run more than once
 * and the fastest run is kept: a first run pays for compiling the code, and the noise of a shared
 * machine only ever adds time. Each run starts after a full collection (untimed), so that it does
 * not pay for the garbage of the runs and operations before it (three 100k converts leave
 * gigabytes).
 */
import { performance } from "perf_hooks";
import { settingsOf } from "../../src/cli/settings-from-workbook";
import { FileHost } from "../../src/hosts/file/file-host";
import { convert } from "../../src/operations/convert";
import { metrics } from "../../src/operations/metrics";
import { report } from "../../src/operations/report";
import { snapshot } from "../../src/operations/snapshot";
import { validate } from "../../src/operations/validate";
import type { WorkbookSnapshot } from "../../src/plan/snapshot";
import { readFileSync } from "fs";
import { BENCH_AS_OF } from "../generate";
import { peakRssMb } from "./protocol";

export interface EngineTiming {
  readonly op: string;
  /** Wall time of the operation alone, the fastest run, ms (fractional: small sizes run in a few ms). */
  readonly ms: number;
  readonly runs: number;
  /** Plan operations produced (a rough size of what the host would do next). */
  readonly planOps: number;
}

export interface EngineResult {
  readonly kind: "engine";
  readonly timings: readonly EngineTiming[];
  readonly peakRssMb: number;
}

const asOf = BENCH_AS_OF;

/** Collects what earlier runs and operations left (with --expose-gc), untimed: each run pays for its own garbage only. */
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

/** Up to `maxRuns` runs, fewer once the runs so far took more than five seconds together. */
function time(op: string, maxRuns: number, f: () => { planOps: number }): EngineTiming {
  const samples: number[] = [];
  let planOps = 0;
  let spent = 0;
  while (samples.length < maxRuns && (samples.length === 0 || spent < 5000)) {
    collect();
    const t0 = performance.now();
    planOps = f().planOps;
    const ms = performance.now() - t0;
    samples.push(ms);
    spent += ms;
  }
  return { op, ms: Math.round(Math.min(...samples) * 10) / 10, runs: samples.length, planOps };
}

async function readSnapshot(path: string): Promise<{ host: FileHost; wb: WorkbookSnapshot }> {
  const host = await FileHost.fromBuffer(readFileSync(path), path);
  return { host, wb: await host.read() };
}

export async function runEngine(rows: number, structuredPath: string, messyPath: string): Promise<EngineResult> {
  const runs = rows >= 100_000 ? 3 : 5;
  const timings: EngineTiming[] = [];

  {
    const messy = (await readSnapshot(messyPath)).wb;
    const settings = settingsOf(messy, asOf);
    timings.push(time("convert", runs, () => ({ planOps: convert(messy, settings).plan.ops.length })));
  }

  // The snapshots the operations read, and then nothing else: the file host (exceljs's model of the
  // workbook, gigabytes at 100k rows) is dropped before any timing, as the engine runs without it
  // in the task pane, so that collections of its heap do not count against the engine.
  const { wb, withHistory } = await (async () => {
    const { host, wb } = await readSnapshot(structuredPath);
    const r = snapshot(wb, { ...settingsOf(wb, asOf), asOf });
    if (!r.ok) throw new Error(`snapshot: missing ${r.missing.join(", ")}`);
    // metrics reads the history the snapshot writes: apply it (untimed) and read again.
    await host.apply(r.plan);
    return { wb, withHistory: await host.read() };
  })();
  const settings = settingsOf(wb, asOf);
  timings.push(time("validate", runs, () => ({ planOps: validate(wb, settings, asOf).plan.ops.length })));
  // The rules alone, without detection in people's own sheets and without the Findings plan.
  timings.push(time("validate (structured registers only)", runs, () => ({ planOps: validate(wb, settings, asOf, { detect: false }).plan.ops.length })));
  timings.push(
    time("snapshot", runs, () => {
      const r = snapshot(wb, { ...settings, asOf });
      if (!r.ok) throw new Error(`snapshot: missing ${r.missing.join(", ")}`);
      return { planOps: r.plan.ops.length };
    }),
  );
  timings.push(
    time("metrics", runs, () => {
      const r = metrics(withHistory, { ...settings, asOf });
      if (!r.ok) throw new Error(`metrics: missing ${r.missing.join(", ")}`);
      return { planOps: r.plan.ops.length };
    }),
  );
  timings.push(
    time("report", runs, () => {
      const r = report(wb, settings, asOf, { generatedOn: asOf, paper: "A4" });
      if (!r.ok) throw new Error(`report: ${r.message}`);
      return { planOps: r.plan.ops.length };
    }),
  );
  return { kind: "engine", timings, peakRssMb: peakRssMb() };
}
