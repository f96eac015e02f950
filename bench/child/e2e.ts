/**
 * End-to-end cases through the file host, as the CLI runs them: open the file, read the
 * snapshot, run the operation, apply its plan, save. Compared with the floor (floor.ts).
 */
import { statSync } from "fs";
import { openWorkbook, writeAtomic } from "../../src/cli/io";
import { settingsOf } from "../../src/cli/settings-from-workbook";
import type { FileHost } from "../../src/hosts/file/file-host";
import { convert } from "../../src/operations/convert";
import { metrics } from "../../src/operations/metrics";
import { report } from "../../src/operations/report";
import { snapshot } from "../../src/operations/snapshot";
import { validate } from "../../src/operations/validate";
import { BENCH_AS_OF } from "../generate";
import { Stopwatch, type ChildResult } from "./protocol";

export type OperationKind = "convert" | "validate" | "snapshot-metrics" | "report";
const KINDS: readonly string[] = ["convert", "validate", "snapshot-metrics", "report"];
export const isOperationKind = (k: string): k is OperationKind => KINDS.includes(k);

type Step = (host: FileHost, sw: Stopwatch) => Promise<Record<string, number | string | boolean | null>>;

const asOf = BENCH_AS_OF;

const STEPS: Readonly<Record<OperationKind, Step>> = {
  async convert(host, sw) {
    const wb = await host.read();
    sw.lap("snapshot");
    const result = convert(wb, settingsOf(wb, asOf));
    sw.lap("operation");
    await host.apply(result.plan);
    sw.lap("apply");
    return { converted: result.summary.converted, rowsWritten: result.summary.rows, planOps: result.plan.ops.length };
  },
  async validate(host, sw) {
    const wb = await host.read();
    sw.lap("snapshot");
    const result = validate(wb, settingsOf(wb, asOf), asOf);
    sw.lap("operation");
    await host.apply(result.plan);
    sw.lap("apply");
    return { findings: result.findings.length, errors: result.summary.errors, planOps: result.plan.ops.length };
  },
  async "snapshot-metrics"(host, sw) {
    let wb = await host.read();
    sw.lap("snapshot");
    const snap = snapshot(wb, { ...settingsOf(wb, asOf), asOf });
    if (!snap.ok) throw new Error(`snapshot: missing ${snap.missing.join(", ")}`);
    sw.lap("operation");
    await host.apply(snap.plan);
    sw.lap("apply");
    // metrics reads the history the snapshot has just written, as `pmo snapshot` then `pmo metrics` would.
    wb = await host.read();
    sw.lap("snapshot");
    const m = metrics(wb, { ...settingsOf(wb, asOf), asOf });
    if (!m.ok) throw new Error(`metrics: missing ${m.missing.join(", ")}`);
    sw.lap("operation");
    await host.apply(m.plan);
    sw.lap("apply");
    return { historyRows: snap.summary.milestones + snap.summary.projects, pivots: m.summary.pivots, charts: m.summary.charts };
  },
  async report(host, sw) {
    const wb = await host.read();
    sw.lap("snapshot");
    const result = report(wb, settingsOf(wb, asOf), asOf, { generatedOn: asOf, paper: "A4" });
    if (!result.ok) throw new Error(`report: ${result.message}`);
    sw.lap("operation");
    await host.apply(result.plan);
    sw.lap("apply");
    return { milestones: result.summary.milestones, topRaid: result.summary.topRaid };
  },
};

/**
 * One operation end to end. `pmo snapshot` and `pmo metrics` are two commands; they are measured
 * here as one weekly step in one process (one open, one save), which is how the task pane runs them.
 */
export async function runE2e(kind: OperationKind, input: string, output: string): Promise<ChildResult> {
  const sw = new Stopwatch();
  const bytesIn = statSync(input).size;
  const host = await openWorkbook(input);
  sw.lap("open");
  const extra = await STEPS[kind](host, sw);
  const out = await host.toBuffer({ last: true });
  sw.lap("serialize");
  writeAtomic(output, out);
  sw.lap("write");
  return { kind, ...sw.done(), bytesIn, bytesOut: out.length, extra };
}
