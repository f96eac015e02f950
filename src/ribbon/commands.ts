/**
 * The ribbon's function file (commands.html), which is also the page of the ribbon's notice
 * dialog (notice.ts). As the function file, each ExecuteFunction button of manifest.xml is
 * associated with an action of actions.ts; the button's event is completed whatever the action
 * does, so that Excel never waits on it.
 */
import type { WorkbookHost } from "../plan/host";
import { localToday } from "../taskpane/platform";
import { errorMessage } from "../taskpane/errors";
import { loadOfficeHost } from "../taskpane/office-host";
import { buildReport, takeSnapshot, validateWorkbook, type RibbonAction, type RibbonOutcome } from "./actions";
import { noticeOf, renderNotice, showNotice } from "./notice";

/** The FunctionName of each ExecuteFunction button in manifest.xml, and its action. */
export const RIBBON_ACTIONS: Readonly<Record<string, RibbonAction>> = {
  validateWorkbook,
  takeSnapshot,
  buildReport,
};

export interface HandlerOptions {
  readonly host: () => Promise<WorkbookHost>;
  readonly notify: (outcome: RibbonOutcome) => Promise<void>;
  readonly today?: () => string;
}

/** Runs an action for a button press, tells its result, and completes the event also when the action fails. */
export function handler(action: RibbonAction, options: HandlerOptions): (event: Office.AddinCommands.Event) => Promise<RibbonOutcome> {
  return async (event) => {
    let outcome: RibbonOutcome;
    try {
      outcome = await action({ host: await options.host(), today: (options.today ?? localToday)() });
    } catch (error) {
      outcome = { ok: false, title: "PMO Workbench", message: errorMessage(error) };
    }
    try {
      await options.notify(outcome);
    } catch {
      // The sheet the action activated still shows the result.
    } finally {
      event.completed();
    }
    return outcome;
  };
}

if (typeof Office !== "undefined") {
  Office.onReady(() => {
    const notice = noticeOf(window.location.href);
    if (notice) {
      renderNotice(document, notice, () => Office.context.ui.messageParent("close"));
      return;
    }
    let host: Promise<WorkbookHost> | null = null;
    const options: HandlerOptions = {
      host: () => (host ??= loadOfficeHost()),
      notify: (outcome) => showNotice(outcome),
    };
    for (const [name, action] of Object.entries(RIBBON_ACTIONS)) Office.actions.associate(name, handler(action, options));
  });
}
