import { IDLE_TASK, taskReducer, type PaneError, type TaskState } from "../task";
import type { SeverityFilter, ValidationAction, ValidationResult } from "./actions";

export interface ValidationState {
  readonly task: TaskState;
  readonly result: ValidationResult | null;
  readonly severity: SeverityFilter;
  /** Whether a run also writes the Findings sheet and live checks. */
  readonly writeSheet: boolean;
  /** The finding cell last selected. */
  readonly selected: { readonly sheet: string; readonly cell: string } | null;
  readonly selectError: PaneError | null;
}

export const INITIAL_VALIDATION: ValidationState = { task: IDLE_TASK, result: null, severity: "all", writeSheet: true, selected: null, selectError: null };

export function validationReducer(state: ValidationState = INITIAL_VALIDATION, action: ValidationAction): ValidationState {
  switch (action.type) {
    case "validation/task":
      return { ...state, task: taskReducer(state.task, action.task) };
    case "validation/result":
      return { ...state, result: action.result, selected: null, selectError: null };
    case "validation/severity":
      return { ...state, severity: action.severity };
    case "validation/writeSheet":
      return { ...state, writeSheet: action.writeSheet };
    case "validation/selected":
      return { ...state, selected: { sheet: action.sheet, cell: action.cell }, selectError: null };
    case "validation/selectFailed":
      return { ...state, selectError: action.error };
  }
}
