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
  const rag = rags(metrics, escalatedRisks(inputs, scope, settings.escalationScore), overrideOf(inputs, scope), settings);
  return { metrics, rag, trend: computeTrend(inputs.statusHistory, scope, asOf, metrics, rag) };
}

export function evaluateMetrics(inputs: MetricInputs, settings: EvalSettings, asOf: Iso): MetricsEvaluation {
  return {
    asOf,
    projects: projectIds(inputs).map((projectId) => ({ projectId, ...evaluateScope(inputs, projectId, settings, asOf) })),
    portfolio: evaluateScope(inputs, null, settings, asOf),
  };
}
