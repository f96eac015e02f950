import type { Iso } from "../../../domain/dates";
import type { SnapshotSummary } from "../../../operations/snapshot";
import { IDLE_TASK, taskReducer, type TaskState } from "../task";
import type { BuiltMetrics, TrendsAction } from "./actions";

export interface TrendsState {
  /** The As Of the user typed; null: the workbook's. */
  readonly asOf: Iso | null;
  readonly snapshotTask: TaskState;
  readonly snapshot: SnapshotSummary | null;
  readonly metricsTask: TaskState;
  readonly metrics: BuiltMetrics | null;
  /** Features the host could not write (PivotTables without ExcelApi 1.8 …). */
  readonly unavailable: readonly string[];
}

export const INITIAL_TRENDS: TrendsState = { asOf: null, snapshotTask: IDLE_TASK, snapshot: null, metricsTask: IDLE_TASK, metrics: null, unavailable: [] };

export function trendsReducer(state: TrendsState = INITIAL_TRENDS, action: TrendsAction): TrendsState {
  switch (action.type) {
    case "trends/asOf":
      return { ...state, asOf: action.asOf };
    case "trends/snapshotTask":
      return { ...state, snapshotTask: taskReducer(state.snapshotTask, action.task) };
    case "trends/snapshot":
      return { ...state, snapshot: action.summary };
    case "trends/metricsTask":
      return { ...state, metricsTask: taskReducer(state.metricsTask, action.task) };
    case "trends/metrics":
      return { ...state, metrics: action.metrics, unavailable: action.unavailable };
  }
}
