/**
 * Every metric, RAG and trend of every project and of the portfolio, by the JS reference: what
 * `pmo metrics --format json` prints, what a snapshot stores, and what the workbook's formulas
 * must show after any recalculation.
 */
import type { CellValue } from "../cell";
import type { Iso } from "../dates";
import type { Settings } from "../settings";
import type { MetricValues, Rags } from "./definitions";
import type { MetricInputs } from "./inputs";
import { rags } from "./rag";
import { computeMetrics, escalatedRisks, projectIds, type Scope } from "./reference";
import { computeTrend, type Trend } from "./trend";
import { key } from "./text-match";

export interface ScopeEvaluation {
  readonly metrics: MetricValues;
  readonly rag: Rags;
  readonly trend: Trend;
  /** Open risks at or above the escalation score: what turns the Risk RAG red (the report gives it as the reason). */
  readonly escalated: number;
}

export interface ProjectEvaluation extends ScopeEvaluation {
  readonly projectId: string;
}

export interface MetricsEvaluation {
  readonly asOf: Iso;
  readonly projects: readonly ProjectEvaluation[];
  readonly portfolio: ScopeEvaluation;
}

type EvalSettings = Pick<Settings, "highRiskScore" | "escalationScore" | "redSlipDays" | "slipWarnDays" | "redCostVariance" | "amberCostVariance">;

function overrideOf(inputs: MetricInputs, scope: Scope): CellValue {
  if (scope === null) return null;
  return inputs.projects.find((p) => key(p.projectId) === scope.toLowerCase())?.ragOverride ?? null;
}

export function evaluateScope(inputs: MetricInputs, scope: Scope, settings: EvalSettings, asOf: Iso): ScopeEvaluation {
  const metrics = computeMetrics(inputs, scope, settings, asOf);
  const escalated = escalatedRisks(inputs, scope, settings.escalationScore);
  const rag = rags(metrics, escalated, overrideOf(inputs, scope), settings);
  return { metrics, rag, trend: computeTrend(inputs.statusHistory, scope, asOf, metrics, rag), escalated };
}

/**
 * The inputs of each project: every row whose Project ID matches it as COUNTIFS matches (the
 * same `key`), in register order. Each project is then evaluated over its own rows only;
 * filtering every register once per project costs projects × rows, which at 5,000 projects and
 * 290,000 rows took minutes. The result is the same: a project's scope filter keeps exactly
 * these rows.
 */
function byProject(inputs: MetricInputs): (projectId: string) => MetricInputs {
  type Rows = { [K in "milestones" | "raid" | "actions" | "raci" | "projects" | "statusHistory"]: MetricInputs[K][number][] };
  const groups = new Map<string, Rows>();
  const group = (projectId: CellValue): Rows => {
    const k = key(projectId);
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { milestones: [], raid: [], actions: [], raci: [], projects: [], statusHistory: [] }));
    return g;
  };
  for (const r of inputs.milestones) group(r.projectId).milestones.push(r);
  for (const r of inputs.raid) group(r.projectId).raid.push(r);
  for (const r of inputs.actions) group(r.projectId).actions.push(r);
  for (const r of inputs.raci) group(r.projectId).raci.push(r);
  for (const r of inputs.projects) group(r.projectId).projects.push(r);
  for (const r of inputs.statusHistory) group(r.projectId).statusHistory.push(r);
  const none: Rows = { milestones: [], raid: [], actions: [], raci: [], projects: [], statusHistory: [] };
  return (projectId) => ({ ...inputs, ...(groups.get(projectId.toLowerCase()) ?? none) });
}

export function evaluateMetrics(inputs: MetricInputs, settings: EvalSettings, asOf: Iso): MetricsEvaluation {
  const ofProject = byProject(inputs);
  return {
    asOf,
    projects: projectIds(inputs).map((projectId) => ({ projectId, ...evaluateScope(ofProject(projectId), projectId, settings, asOf) })),
    portfolio: evaluateScope(inputs, null, settings, asOf),
  };
}
