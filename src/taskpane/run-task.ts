import type { Progress } from "../plan/host";
import { paneError } from "./errors";
import type { Outcome, TaskAction } from "./state/task";

/** What running work can tell the pane while it runs. */
export interface TaskSteps {
  /** A new stage ("Writing to the workbook…"); the bar becomes indeterminate again. */
  readonly step: (label: string) => void;
  /** For host.apply: done/total of the plan's operations. */
  readonly progress: Progress;
}

/**
 * Runs a tab's work: start (label), progress, then the outcome it returns, or the error it
 * throws as a MessageBar under `errorTitle`. Never throws; returns whether the work finished.
 */
export async function runTask(
  dispatch: (action: TaskAction) => void,
  label: string,
  errorTitle: string,
  work: (steps: TaskSteps) => Promise<Outcome | null>,
): Promise<boolean> {
  dispatch({ type: "start", label });
  const steps: TaskSteps = {
    step: (text) => dispatch({ type: "step", label: text }),
    progress: (done, total) => dispatch({ type: "progress", done, total }),
  };
  try {
    const outcome = await work(steps);
    dispatch({ type: "done", outcome });
    return true;
  } catch (error) {
    dispatch({ type: "failed", error: paneError(errorTitle, error) });
    return false;
  }
}
