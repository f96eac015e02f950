import type { StatusReport } from "../../../domain/report/model";
import type { ReportSummary } from "../../../operations/report";
import type { TaskAction } from "../task";

/** The report as last built: the model, and the email body made from it. */
export interface BuiltReport {
  readonly model: StatusReport;
  readonly summary: ReportSummary;
  readonly subject: string;
  readonly html: string;
  readonly text: string;
}

/**
 * Where a copy of the HTML body stands: copied to the clipboard; left to the user (the
 * clipboard is blocked: the preview is there to select); or the preview was selected for them.
 */
export type CopyState = "idle" | "copied" | "manual" | "selected";

export type ReportAction =
  | { readonly type: "report/projects"; readonly projects: readonly string[] }
  | { readonly type: "report/project"; readonly project: string }
  | { readonly type: "report/buildTask"; readonly task: TaskAction }
  | { readonly type: "report/built"; readonly report: BuiltReport }
  | { readonly type: "report/to"; readonly to: string }
  | { readonly type: "report/copy"; readonly copy: CopyState }
  | { readonly type: "report/exportTask"; readonly task: TaskAction };

export const reportActions = {
  projects: (projects: readonly string[]): ReportAction => ({ type: "report/projects", projects }),
  project: (project: string): ReportAction => ({ type: "report/project", project }),
  buildTask: (task: TaskAction): ReportAction => ({ type: "report/buildTask", task }),
  built: (report: BuiltReport): ReportAction => ({ type: "report/built", report }),
  to: (to: string): ReportAction => ({ type: "report/to", to }),
  copy: (copy: CopyState): ReportAction => ({ type: "report/copy", copy }),
  exportTask: (task: TaskAction): ReportAction => ({ type: "report/exportTask", task }),
} as const;
