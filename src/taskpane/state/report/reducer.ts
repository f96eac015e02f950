import { IDLE_TASK, taskReducer, type TaskState } from "../task";
import type { BuiltReport, CopyState, ReportAction } from "./actions";

export interface ReportState {
  /** Project ID, or "" for the portfolio. */
  readonly project: string;
  /** The workbook's Project IDs; null until read. */
  readonly projects: readonly string[] | null;
  readonly buildTask: TaskState;
  readonly built: BuiltReport | null;
  /** Recipients of the .eml draft, as typed. */
  readonly to: string;
  readonly copy: CopyState;
  /** Preparing a download (.eml, .xlsx). */
  readonly exportTask: TaskState;
}

export const INITIAL_REPORT: ReportState = { project: "", projects: null, buildTask: IDLE_TASK, built: null, to: "", copy: "idle", exportTask: IDLE_TASK };

export function reportReducer(state: ReportState = INITIAL_REPORT, action: ReportAction): ReportState {
  switch (action.type) {
    case "report/projects": {
      // A project that is gone from the workbook falls back to the portfolio.
      const project = state.project && !action.projects.includes(state.project) ? "" : state.project;
      return { ...state, projects: action.projects, project };
    }
    case "report/project":
      return { ...state, project: action.project };
    case "report/buildTask":
      return { ...state, buildTask: taskReducer(state.buildTask, action.task) };
    case "report/built":
      return { ...state, built: action.report, copy: "idle", exportTask: IDLE_TASK };
    case "report/to":
      return { ...state, to: action.to };
    case "report/copy":
      return { ...state, copy: action.copy };
    case "report/exportTask":
      return { ...state, exportTask: taskReducer(state.exportTask, action.task) };
  }
}
