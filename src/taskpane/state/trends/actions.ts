import type { Iso } from "../../../domain/dates";
import type { MetricsJson, MetricsSummary } from "../../../operations/metrics";
import type { SnapshotSummary } from "../../../operations/snapshot";
import type { TaskAction } from "../task";

export interface BuiltMetrics {
  readonly json: MetricsJson;
  readonly summary: MetricsSummary;
}

export type TrendsAction =
  | { readonly type: "trends/asOf"; readonly asOf: Iso | null }
  | { readonly type: "trends/snapshotTask"; readonly task: TaskAction }
  | { readonly type: "trends/snapshot"; readonly summary: SnapshotSummary }
  | { readonly type: "trends/metricsTask"; readonly task: TaskAction }
  | { readonly type: "trends/metrics"; readonly metrics: BuiltMetrics; readonly unavailable: readonly string[] };

export const trendsActions = {
  asOf: (asOf: Iso | null): TrendsAction => ({ type: "trends/asOf", asOf }),
  snapshotTask: (task: TaskAction): TrendsAction => ({ type: "trends/snapshotTask", task }),
  snapshot: (summary: SnapshotSummary): TrendsAction => ({ type: "trends/snapshot", summary }),
  metricsTask: (task: TaskAction): TrendsAction => ({ type: "trends/metricsTask", task }),
  metrics: (metrics: BuiltMetrics, unavailable: readonly string[]): TrendsAction => ({ type: "trends/metrics", metrics, unavailable }),
} as const;
