/**
 * How long LibreOffice takes to recalculate a metrics workbook of N milestones (issue 5): the
 * registers, one earlier snapshot, the Metrics/Trends/Pivots sheets, all formulas written
 * without cached values so LibreOffice computes every one of them on load. Not a jest test: the
 * benchmark runner calls benchRecalc; `node bin/run-ts.js bench/recalc.bench.ts 50000` runs it alone.
 */
import { performance } from "perf_hooks";
import { initWorkbook } from "../src/cli/commands/init";
import { settingsOf } from "../src/cli/settings-from-workbook";
import { addDays } from "../src/domain/dates";
import { readMetricInputs } from "../src/domain/metrics/inputs";
import { register } from "../src/domain/registers/catalogue";
import type { RegisterKey } from "../src/domain/registers/types";
import { metrics } from "../src/operations/metrics";
import { snapshot } from "../src/operations/snapshot";
import type { PlanCell, PlanOp } from "../src/plan/plan";
import { structuredRegisters } from "../src/plan/structured";
import { recalcWithLibreOffice } from "../test/support/libreoffice";
import { compareWorkbook } from "../test/metrics/expected-cells";
import { recalculatedValues } from "../test/metrics/recalculated-values";

export interface RecalcBenchResult {
  readonly milestones: number;
  readonly projects: number;
  /** Building the registers, the snapshot and the metrics sheets in the file host. */
  readonly buildMs: number;
  readonly saveMs: number;
  readonly bytes: number;
  /** LibreOffice headless: open, recalculate every formula, save (one conversion). */
  readonly recalcMs: number;
  /** Cells of the Metrics and Trends sheets whose recalculated value differs from the JS reference (0 expected). */
  readonly mismatches: number;
}

const AS_OF = "2026-09-30";
const EARLIER = "2026-09-23";
const STATUSES = ["Not Started", "In Progress", "Complete", "Complete", "On Hold", "Cancelled"];

/** A deterministic register of `n` rows (a small LCG so runs compare). */
function generate(n: number): { projects: number; ops: (week: string) => PlanOp[] } {
  const projects = Math.max(4, Math.round(n / 500));
  let seed = 12345;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pid = (i: number) => `P-${String(i % projects).padStart(3, "0")}`;
  const ms: PlanCell[][] = [];
  const base = register("milestones").columns;
  for (let i = 0; i < n; i++) {
    const baseline = addDays("2026-01-01", Math.floor(rnd() * 540));
    const slip = rnd() < 0.3 ? Math.floor(rnd() * 40) - 5 : 0;
    const status = STATUSES[Math.floor(rnd() * STATUSES.length)]!;
    const v: Record<string, PlanCell> = {
      milestoneId: `M-${i}`,
      projectId: pid(i),
      milestone: `Milestone ${i}`,
      baselineDate: { d: baseline },
      forecastDate: slip ? { d: addDays(baseline, slip) } : null,
      actualDate: status === "Complete" ? { d: addDays(baseline, slip) } : null,
      status,
    };
    ms.push(base.map((c) => (c.calc ? null : (v[c.key] ?? null))));
  }
  const raid: PlanCell[][] = [];
  for (let i = 0; i < Math.ceil(n / 5); i++) {
    const v: Record<string, PlanCell> = { id: `R-${i}`, projectId: pid(i), type: rnd() < 0.7 ? "Risk" : "Issue", title: `Item ${i}`, probability: 1 + Math.floor(rnd() * 5), impact: 1 + Math.floor(rnd() * 5), status: rnd() < 0.2 ? "Closed" : "Open" };
    raid.push(register("raid").columns.map((c) => (c.calc ? null : (v[c.key] ?? null))));
  }
  const actions: PlanCell[][] = [];
  for (let i = 0; i < Math.ceil(n / 10); i++) {
    const v: Record<string, PlanCell> = { actionId: `A-${i}`, projectId: pid(i), action: `Action ${i}`, dueDate: { d: addDays("2026-08-01", Math.floor(rnd() * 90)) }, status: rnd() < 0.5 ? "Done" : "Open" };
    actions.push(register("actions").columns.map((c) => v[c.key] ?? null));
  }
  const projectRows: PlanCell[][] = Array.from({ length: projects }, (_x, i) => {
    const v: Record<string, PlanCell> = { projectId: pid(i), projectName: `Project ${i}`, budget: 100_000 + i * 1000, forecastCost: 95_000 + i * 1300 };
    return register("projects").columns.map((c) => v[c.key] ?? null);
  });
  const roles = ["Sponsor", "PM", "Lead", "Analyst", "QA", "PMO"];
  const codes = ["A", "R", "C", "I", "A/R", "-", null];
  const raci: PlanCell[][] = Array.from({ length: projects * 10 }, (_x, i) => [`T-${i}`, pid(i), `Activity ${i}`, ...roles.map(() => codes[Math.floor(rnd() * codes.length)]!)]);
  const put = (key: RegisterKey, rows: PlanCell[][]): PlanOp => ({ kind: "appendTableRows", sheet: register(key).sheet, table: register(key).table, rows });
  const raciDef = register("raci");
  return {
    projects,
    ops: () => [
      put("projects", projectRows),
      put("milestones", ms),
      put("raid", raid),
      put("actions", actions),
      { kind: "addTableColumns", sheet: raciDef.sheet, table: raciDef.table, columns: roles.map((header) => ({ header })) },
      put("raci", raci),
    ],
  };
}

export async function benchRecalc(milestones: number): Promise<RecalcBenchResult> {
  const t0 = performance.now();
  const data = generate(milestones);
  const host = await initWorkbook(AS_OF);
  await host.apply({ ops: data.ops(AS_OF) });
  let wb = await host.read();
  const snap = snapshot(wb, { ...settingsOf(wb, EARLIER), asOf: EARLIER });
  if (!snap.ok) throw new Error(`snapshot: ${snap.missing.join(", ")}`);
  await host.apply(snap.plan);
  wb = await host.read();
  const result = metrics(wb, { ...settingsOf(wb, AS_OF), asOf: AS_OF });
  if (!result.ok) throw new Error(`metrics: ${result.missing.join(", ")}`);
  await host.apply(result.plan);
  const t1 = performance.now();
  const bytes = await host.toBuffer();
  const t2 = performance.now();
  const recalculated = await recalcWithLibreOffice(bytes);
  const t3 = performance.now();
  const mismatches = compareWorkbook(await recalculatedValues(recalculated), result.evaluation, readMetricInputs(structuredRegisters(await host.read()))).length;
  return { milestones, projects: data.projects, buildMs: Math.round(t1 - t0), saveMs: Math.round(t2 - t1), bytes: bytes.length, recalcMs: Math.round(t3 - t2), mismatches };
}

if (require.main === module) {
  const n = Number(process.argv[2] ?? 50_000);
  void benchRecalc(n).then((r) => process.stdout.write(JSON.stringify(r) + "\n"));
}
