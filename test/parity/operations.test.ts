/**
 * Host parity on the plans of the operations — convert, validate, snapshot, metrics, report —
 * run as the demo runs them, each step computing its plan from its own host's snapshot.
 */
import { register } from "../../src/domain/registers/catalogue";
import type { RegisterKey } from "../../src/domain/registers/types";
import { samplePortfolio, type PortfolioState, type SampleRow } from "../../src/domain/sample/portfolio";
import { settingsOf } from "../../src/cli/settings-from-workbook";
import { convert } from "../../src/operations/convert";
import { metrics } from "../../src/operations/metrics";
import { report } from "../../src/operations/report";
import { messySamplePlan, structuredSamplePlan } from "../../src/operations/sample-workbook";
import { snapshot } from "../../src/operations/snapshot";
import { structure } from "../../src/operations/structure";
import { validate } from "../../src/operations/validate";
import type { PlanCell, PlanOp, WorkbookPlan } from "../../src/plan/plan";
import { compareHosts, NO_DIFFERENCES, newPair, runSteps, type Step } from "./harness";

const AS_OF = "2026-09-30";
const portfolio = samplePortfolio(7, AS_OF);
const weeks = portfolio.weeks.slice(-2);

function ok<T extends { ok: boolean }>(r: T, what: string): Extract<T, { ok: true }> {
  if (!r.ok) throw new Error(`${what} failed: ${JSON.stringify(r)}`);
  return r as Extract<T, { ok: true }>;
}

const REGISTERS: readonly (readonly [RegisterKey, (s: PortfolioState) => readonly SampleRow[]])[] = [
  ["projects", (s) => s.projects],
  ["milestones", (s) => s.milestones],
  ["raid", (s) => s.raid],
  ["actions", (s) => s.actions],
];

/** A later week's registers, replacing the earlier week's rows (as the demo's weekly stage does). */
function weekPlan(state: PortfolioState): WorkbookPlan {
  const ops: PlanOp[] = REGISTERS.map(([key, of]) => {
    const def = register(key);
    const rows = of(state).map((r) => def.columns.map((c): PlanCell => {
      const v = c.calc ? null : (r[c.key] ?? null);
      return c.type === "date" && typeof v === "string" ? { d: v } : v;
    }));
    return { kind: "replaceTableRows", sheet: def.sheet, table: def.table, rows };
  });
  return { ops };
}

const structureStep: Step = (s) => structure(s, settingsOf(s, AS_OF)).plan;
const weekSteps: Step[] = weeks.flatMap((week, i): Step[] => [
  (s) => (i === 0 ? structuredSamplePlan(s, portfolio.stateAt(week)) : weekPlan(portfolio.stateAt(week))),
  (s) => ok(snapshot(s, { ...settingsOf(s, week), asOf: week }), `snapshot ${week}`).plan,
]);

describe("host parity: the operations' plans", () => {
  test("convert the messy workbook into registers", async () => {
    const pair = newPair();
    const problems = await runSteps(pair, [() => messySamplePlan(portfolio.stateAt(AS_OF)), (s) => convert(s, settingsOf(s, AS_OF)).plan]);
    expect(problems).toEqual([]);
    expect(await compareHosts(pair)).toEqual(NO_DIFFERENCES);
    expect(pair.fake.state.tables.length).toBeGreaterThan(3);
  });

  test("validate the structured sample", async () => {
    const pair = newPair();
    const problems = await runSteps(pair, [structureStep, (s) => structuredSamplePlan(s, portfolio.stateAt(AS_OF)), (s) => validate(s, settingsOf(s, AS_OF), AS_OF).plan]);
    expect(problems).toEqual([]);
    expect(await compareHosts(pair)).toEqual(NO_DIFFERENCES);
  });

  test("weekly snapshots, metrics (PivotTables, charts) and the status report; metrics and report again change nothing", async () => {
    const pair = newPair();
    const metricsStep: Step = (s) => ok(metrics(s, { ...settingsOf(s, AS_OF), asOf: AS_OF }), "metrics").plan;
    const reportStep: Step = (s) => ok(report(s, settingsOf(s, AS_OF), AS_OF, { generatedOn: AS_OF }), "report").plan;
    expect(await runSteps(pair, [structureStep, ...weekSteps, metricsStep, reportStep])).toEqual([]);
    expect(await compareHosts(pair)).toEqual(NO_DIFFERENCES);
    const objects = () => pair.fake.state.sheets.map((s) => [s.name, s.pivots.map((p) => p.name), s.charts.map((c) => c.name), s.conditionalFormats.length, s.validations.length]);
    const once = objects();
    expect(pair.fake.state.sheets.flatMap((s) => s.pivots).length).toBeGreaterThan(0);
    expect(pair.fake.state.sheets.flatMap((s) => s.charts).length).toBeGreaterThan(0);
    // The second run clears sheets that now hold PivotTables and charts, and rebuilds them.
    expect(await runSteps(pair, [metricsStep, reportStep])).toEqual([]);
    expect(await compareHosts(pair)).toEqual(NO_DIFFERENCES);
    expect(objects()).toEqual(once);
  });
});
