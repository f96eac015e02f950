/**
 * A long piece of work a tab starts (read, compute, write): whether it runs, how far it is, and
 * how it ended. Every slice keeps one TaskState per button and feeds it TaskActions.
 */

/** An error for a MessageBar: a title, one line, and the sheet and cell where there is one. */
export interface PaneError {
  readonly title: string;
  readonly message: string;
  /** "Sheet RACI, cell D7". */
  readonly location?: string;
}

/** How finished work ended, for a MessageBar. */
export interface Outcome {
  readonly intent: "success" | "info" | "warning";
  readonly title: string;
  readonly text: string;
}

export interface TaskProgress {
  readonly done: number;
  readonly total: number;
}

export interface TaskState {
  readonly running: boolean;
  /** What is being done now ("Reading the workbook…"). */
  readonly label: string | null;
  /** Known once the host reports it; null shows an indeterminate bar. */
  readonly progress: TaskProgress | null;
  readonly error: PaneError | null;
  readonly outcome: Outcome | null;
}

export const IDLE_TASK: TaskState = { running: false, label: null, progress: null, error: null, outcome: null };

export type TaskAction =
  | { readonly type: "start"; readonly label: string }
  | { readonly type: "step"; readonly label: string }
  | { readonly type: "progress"; readonly done: number; readonly total: number }
  | { readonly type: "done"; readonly outcome: Outcome | null }
  | { readonly type: "failed"; readonly error: PaneError }
  | { readonly type: "clear" };

export function taskReducer(state: TaskState, action: TaskAction): TaskState {
  switch (action.type) {
    case "start":
      return { running: true, label: action.label, progress: null, error: null, outcome: null };
    case "step":
      return { ...state, label: action.label, progress: null };
    case "progress":
      return { ...state, progress: { done: action.done, total: action.total } };
    case "done":
      return { ...IDLE_TASK, outcome: action.outcome };
    case "failed":
      return { ...IDLE_TASK, error: action.error };
    case "clear":
      return IDLE_TASK;
  }
}
