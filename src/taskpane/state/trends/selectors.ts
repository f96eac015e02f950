import { METRIC_DEFS, RAG_KEYS, type MetricName, type RagColour, type RagKey } from "../../../domain/metrics/definitions";
import type { Arrow } from "../../../domain/metrics/trend";
import { formatNumber } from "../../../domain/report/display";
import { AREA_NAMES } from "../../../domain/report/messages";
import type { ScopeJson } from "../../../operations/metrics";
import type { TrendsState } from "./reducer";

/** The metrics the Trends tab shows for the portfolio, in this order. */
export const KEY_METRICS: readonly MetricName[] = [
  "Milestones Total",
  "Milestones Overdue",
  "On-Time Rate",
  "Avg Slip Days",
  "Open Risks",
  "High Risks",
  "Open Issues",
  "Overdue Actions",
  "RACI Coverage",
  "Cost Variance %",
];

export interface MetricRow {
  readonly name: MetricName;
  readonly value: string;
  /** "+2", "−5%", or "" without a previous snapshot. */
  readonly delta: string;
  readonly arrow: Arrow | null;
  /** Whether the change is good, bad or neither (the metric's "better" direction). */
  readonly tone: "good" | "bad" | "neutral";
}

export function metricRows(scope: ScopeJson): MetricRow[] {
  return KEY_METRICS.map((name) => {
    const def = METRIC_DEFS[name];
    const value = scope.metrics[name];
    const trend = scope.trend.metrics[name];
    const delta = trend?.delta ?? null;
    const tone = delta === null || delta === 0 || def.better === "neutral" ? "neutral" : (delta < 0) === (def.better === "lower") ? "good" : "bad";
    return {
      name,
      value: value === null ? "—" : formatNumber(value, def.numberFormat),
      delta: delta === null ? "" : formatNumber(delta, def.deltaFormat),
      arrow: trend?.arrow ?? null,
      tone,
    };
  });
}

export interface RagItem {
  readonly key: RagKey;
  readonly area: string;
  readonly rag: RagColour | null;
}

/** Overall first, then Schedule, Cost, Risk. */
export function ragItems(scope: ScopeJson): RagItem[] {
  const order: RagKey[] = ["overall", ...RAG_KEYS.filter((k) => k !== "overall")];
  return order.map((key) => ({ key, area: AREA_NAMES[key], rag: scope.rag[key] }));
}

export function isBusy(state: TrendsState): boolean {
  return state.snapshotTask.running || state.metricsTask.running;
}
