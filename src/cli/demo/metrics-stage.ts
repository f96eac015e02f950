/**
 * The metrics stage of `pmo demo`: the sample portfolio week by week. Each week the registers
 * are brought to that week's state and the real `snapshot` operation stamps it into the
 * history, as a PMO does every Friday; then `metrics` writes the Metrics, Trends and Pivots
 * sheets into out/demo-metrics.xlsx.
 */
import { join } from "path";
import { register } from "../../domain/registers/catalogue";
import type { RegisterKey } from "../../domain/registers/types";
import { samplePortfolio, type PortfolioState, type SampleRow } from "../../domain/sample/portfolio";
import type { FileHost } from "../../hosts/file/file-host";
import { metrics, type MetricsResult } from "../../operations/metrics";
import { structuredSamplePlan } from "../../operations/sample-workbook";
import { snapshot, type SnapshotSummary } from "../../operations/snapshot";
import type { PlanCell, PlanOp } from "../../plan/plan";
import { catalogueColumns, registerDecorations } from "../../plan/register-layout";
import { initWorkbook } from "../commands/init";
import { saveWorkbook } from "../io";
import { settingsOf } from "../settings-from-workbook";
import type { DemoContext, DemoStage } from "./stages";

const ISO_RE = /^\d{4}-\d{2}-\d{2}$/;

const WEEKLY: readonly (readonly [RegisterKey, (s: PortfolioState) => readonly SampleRow[]])[] = [
  ["projects", (s) => s.projects],
  ["milestones", (s) => s.milestones],
  ["raid", (s) => s.raid],
  ["actions", (s) => s.actions],
  ["decisions", (s) => s.decisions],
  ["meetings", (s) => s.meetings],
  ["documents", (s) => s.documents],
];

function rowsOf(key: RegisterKey, rows: readonly SampleRow[]): PlanCell[][] {
  const def = register(key);
  return rows.map((r) =>
    def.columns.map((c): PlanCell => {
      const v = c.calc ? null : (r[c.key] ?? null);
      return c.type === "date" && typeof v === "string" && ISO_RE.test(v) ? { d: v } : v;
    }),
  );
}

/** The registers replaced by a week's state (the workbook already has its RACI role columns). */
function weekPlan(state: PortfolioState): PlanOp[] {
  const ops: PlanOp[] = WEEKLY.map(([key, of]) => ({ kind: "replaceTableRows", sheet: register(key).sheet, table: register(key).table, rows: rowsOf(key, of(state)) }));
  const raci = register("raci");
  ops.push({
    kind: "replaceTableRows",
    sheet: raci.sheet,
    table: raci.table,
    rows: state.raci.map((r) => [r.activityId, r.projectId, r.activity, ...state.raciRoles.map((role) => r.codes[role] || null)]),
  });
  for (const [key, of] of WEEKLY) {
    const def = register(key);
    ops.push(...registerDecorations(def, def.sheet, 1, Math.max(1, of(state).length), catalogueColumns(def)));
  }
  return ops;
}

export interface MetricsDemo {
  readonly host: FileHost;
  readonly snapshots: readonly SnapshotSummary[];
  readonly result: Extract<MetricsResult, { ok: true }>;
}

export async function buildMetricsDemo(seed: number, asOf: string): Promise<MetricsDemo> {
  const portfolio = samplePortfolio(seed, asOf);
  const host = await initWorkbook(asOf);
  const snapshots: SnapshotSummary[] = [];
  for (const [i, week] of portfolio.weeks.entries()) {
    const state = portfolio.stateAt(week);
    await host.apply(i === 0 ? structuredSamplePlan(await host.read(), state) : { ops: weekPlan(state) });
    const wb = await host.read();
    const taken = snapshot(wb, { ...settingsOf(wb, week), asOf: week });
    if (!taken.ok) throw new Error(`snapshot of ${week}: the workbook lacks ${taken.missing.join(", ")}`);
    await host.apply(taken.plan);
    snapshots.push(taken.summary);
  }
  const wb = await host.read();
  const result = metrics(wb, { ...settingsOf(wb, asOf), asOf });
  if (!result.ok) throw new Error(`metrics: the workbook lacks ${result.missing.join(", ")}`);
  await host.apply(result.plan);
  return { host, snapshots, result };
}

export const metricsStage: DemoStage = {
  name: "metrics",
  async run(ctx: DemoContext): Promise<void> {
    const { host, snapshots, result } = await buildMetricsDemo(ctx.seed, ctx.asOf);
    const path = join(ctx.outDir, "demo-metrics.xlsx");
    await saveWorkbook(host, path);
    ctx.workbooks.set("metrics", { host, path });
    ctx.files.push(path);
    const p = result.json.portfolio;
    ctx.log.push(
      `metrics: ${snapshots.length} weekly snapshots (${snapshots[0]?.asOf} … ${snapshots[snapshots.length - 1]?.asOf}), ` +
        `${result.summary.projects} projects, ${result.summary.pivots} PivotTables, ${result.summary.charts} charts; ` +
        `portfolio ${p.rag.overall}: ${plural(p.metrics["Milestones Overdue"], "milestone")} overdue, ${plural(p.metrics["High Risks"], "high risk")}`,
    );
  },
};

function plural(n: number | null, noun: string): string {
  return `${n ?? 0} ${noun}${n === 1 ? "" : "s"}`;
}
