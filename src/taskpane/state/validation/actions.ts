import type { Iso } from "../../../domain/dates";
import type { Finding, Severity } from "../../../domain/findings";
import type { PaneError, TaskAction } from "../task";

export type SeverityFilter = "all" | Severity;

export interface SeverityCounts {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

/** What one validation run found. */
export interface ValidationResult {
  readonly findings: readonly Finding[];
  readonly counts: SeverityCounts;
  /** Registers read (structured and detected). */
  readonly checked: number;
  readonly asOf: Iso;
  /** The Findings sheet and live checks were written. */
  readonly wroteSheet: boolean;
  /** What each rule checks, one sentence, by rule id. */
  readonly descriptions: Readonly<Record<string, string>>;
}

export type ValidationAction =
  | { readonly type: "validation/task"; readonly task: TaskAction }
  | { readonly type: "validation/result"; readonly result: ValidationResult }
  | { readonly type: "validation/severity"; readonly severity: SeverityFilter }
  | { readonly type: "validation/writeSheet"; readonly writeSheet: boolean }
  | { readonly type: "validation/selected"; readonly sheet: string; readonly cell: string }
  | { readonly type: "validation/selectFailed"; readonly error: PaneError };

export const validationActions = {
  task: (task: TaskAction): ValidationAction => ({ type: "validation/task", task }),
  result: (result: ValidationResult): ValidationAction => ({ type: "validation/result", result }),
  severity: (severity: SeverityFilter): ValidationAction => ({ type: "validation/severity", severity }),
  writeSheet: (writeSheet: boolean): ValidationAction => ({ type: "validation/writeSheet", writeSheet }),
  selected: (sheet: string, cell: string): ValidationAction => ({ type: "validation/selected", sheet, cell }),
  selectFailed: (error: PaneError): ValidationAction => ({ type: "validation/selectFailed", error }),
} as const;
