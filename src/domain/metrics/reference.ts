/**
 * The JS reference of every metric of metrics.md: what the workbook's formulas (formulas.ts)
 * must compute. A project is matched the way COUNTIFS matches it (same text, any case); the
 * portfolio is every row of the registers, also rows that name no project.
 */
import { cellText, isBlank, type CellValue } from "../cell";
import type { Iso } from "../dates";
import { scheduleState, slipDays } from "../metrics/calc-columns";
import type { Settings } from "../settings";
import type { MetricValues } from "./definitions";
import type { MetricInputs, RaciFact } from "./inputs";
import { excelTrim, key } from "./text-match";

/** null: the portfolio. */
export type Scope = string | null;

function inScope(projectId: CellValue, scope: Scope): boolean {
  return scope === null || key(projectId) === scope.toLowerCase();
}

/** Cells that mean "not involved" in a RACI matrix (rules.md), compared after TRIM, any case. */
const NOT_INVOLVED = new Set(["", "-", "–", "n", "n/a"]);

export function raciInvolved(code: CellValue): boolean {
  return !NOT_INVOLVED.has(excelTrim(code).toLowerCase());
}
/** An A anywhere in the code ("A", "A/R", "ar"), except the "N/A" that means not involved. */
export function raciHasA(code: CellValue): boolean {
  const t = excelTrim(code).toLowerCase();
  return t !== "n/a" && t.includes("a");
}
export function raciHasR(code: CellValue): boolean {
  return excelTrim(code).toLowerCase().includes("r");
}

/** Exactly one A and at least one R, for a row that is an activity (has a code at all). */
function raciCovered(r: RaciFact): boolean {
  return r.codes.filter(raciHasA).length === 1 && r.codes.some(raciHasR);
}

const share = (num: number, den: number): number | null => (den === 0 ? null : num / den);

export function computeMetrics(inputs: MetricInputs, scope: Scope, settings: Pick<Settings, "highRiskScore">, asOf: Iso): MetricValues {
  const ms = inputs.milestones.filter((m) => m.idPresent && inScope(m.projectId, scope) && m.status !== "cancelled");
  const withBaseline = ms.filter((m) => m.baseline !== null);
  const slips = withBaseline.map((m) => slipDays(m.baseline, m.forecast, m.actual)!);
  const completeDated = ms.filter((m) => m.status === "complete" && m.actual !== null && m.baseline !== null);

  const openRisks = inputs.raid.filter((r) => r.idPresent && inScope(r.projectId, scope) && r.type === "risk" && r.status !== "closed");
  const openIssues = inputs.raid.filter((r) => r.idPresent && inScope(r.projectId, scope) && r.type === "issue" && r.status !== "closed");
  const openActions = inputs.actions.filter((a) => a.idPresent && inScope(a.projectId, scope) && a.status !== "done" && a.status !== "cancelled");

  const activities = inputs.raciPersons.length ? inputs.raci.filter((r) => inScope(r.projectId, scope) && r.codes.some(raciInvolved)) : [];

  const costRows = inputs.projects.filter(
    (p) => (scope === null ? !isBlank(p.projectId) : inScope(p.projectId, scope)) && p.budget !== null && p.budget > 0 && p.forecastCost !== null && p.forecastCost >= 0,
  );
  const budget = costRows.reduce((s, p) => s + p.budget!, 0);
  const forecast = costRows.reduce((s, p) => s + p.forecastCost!, 0);

  return {
    "Milestones Total": ms.length,
    "Milestones Complete": ms.filter((m) => m.status === "complete").length,
    "Milestones Overdue": ms.filter((m) => scheduleState(m.status === "complete" ? "Complete" : null, m.baseline, m.forecast, m.actual, asOf) === "Overdue").length,
    "On-Time Rate": share(completeDated.filter((m) => slipDays(m.baseline, m.forecast, m.actual)! <= 0).length, completeDated.length),
    "Avg Slip Days": share(slips.reduce((s, x) => s + x, 0), slips.length),
    "Max Slip Days": slips.length ? Math.max(...slips) : null,
    "Open Risks": openRisks.length,
    "High Risks": openRisks.filter((r) => r.score !== null && r.score >= settings.highRiskScore).length,
    "Risk Exposure": openRisks.reduce((s, r) => s + (r.score ?? 0), 0),
    "Open Issues": openIssues.length,
    "Open Actions": openActions.length,
    "Overdue Actions": openActions.filter((a) => a.due !== null && a.due < asOf).length,
    "RACI Coverage": share(activities.filter(raciCovered).length, activities.length),
    "Cost Variance %": costRows.length ? (forecast - budget) / budget : null,
  };
}

/** Open risks of the scope with a Score at or above the escalation score (Risk RAG turns Red). */
export function escalatedRisks(inputs: MetricInputs, scope: Scope, escalationScore: number): number {
  return inputs.raid.filter((r) => r.idPresent && inScope(r.projectId, scope) && r.type === "risk" && r.status !== "closed" && r.score !== null && r.score >= escalationScore).length;
}

/**
 * The projects of the Metrics sheet: the Projects register's ids in its order, then ids that
 * other registers use but Projects lacks (sorted), so that no row of data goes unreported.
 */
export function projectIds(inputs: MetricInputs): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const add = (v: CellValue) => {
    const t = cellText(v);
    if (!t || seen.has(t.toLowerCase())) return;
    seen.add(t.toLowerCase());
    out.push(t);
  };
  inputs.projects.forEach((p) => add(p.projectId));
  const extra: string[] = [];
  const before = new Set(seen);
  for (const v of [...inputs.milestones.map((m) => m.projectId), ...inputs.raid.map((r) => r.projectId), ...inputs.actions.map((a) => a.projectId), ...inputs.raci.map((r) => r.projectId)]) {
    const t = cellText(v);
    if (t && !before.has(t.toLowerCase()) && !extra.some((e) => e.toLowerCase() === t.toLowerCase())) extra.push(t);
  }
  extra.sort((a, b) => a.localeCompare(b));
  extra.forEach(add);
  return out;
}
