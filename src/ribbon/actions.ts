/**
 * What the ribbon's ExecuteFunction buttons do. commands.ts only wires these to Office; each
 * action returns its outcome instead of throwing, so a button never leaves Excel waiting.
 *
 * Honest status: none of the three runs its operation from the ribbon yet. The task pane's tabs
 * are where the operations are wired first; these return "not available yet" until the
 * Office.js host can be reached from the function file. Excel shows nothing for an
 * ExecuteFunction button by itself, so the returned message is not displayed to the user
 * either (a dialog or the shared runtime would be needed for that).
 */

export interface RibbonOutcome {
  readonly ok: boolean;
  /** One line for the user. */
  readonly message: string;
}

function notAvailable(what: string, tab: string): RibbonOutcome {
  return { ok: false, message: `${what} from the ribbon is not available yet; use the ${tab} tab of the PMO Workbench pane.` };
}

export async function validateWorkbook(): Promise<RibbonOutcome> {
  return notAvailable("Validate", "Validate");
}

export async function takeSnapshot(): Promise<RibbonOutcome> {
  return notAvailable("Take snapshot", "Trends");
}

export async function buildReport(): Promise<RibbonOutcome> {
  return notAvailable("Build report", "Report");
}
