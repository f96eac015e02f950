/**
 * The ribbon's function file (commands.html). Each ExecuteFunction button of manifest.xml is
 * associated here with an action of actions.ts; the button's event is completed whatever the
 * action does, so that Excel never waits on it.
 */
import { errorMessage } from "../taskpane/errors";
import { buildReport, takeSnapshot, validateWorkbook, type RibbonOutcome } from "./actions";

/** The FunctionName of each ExecuteFunction button in manifest.xml, and its action. */
export const RIBBON_ACTIONS: Readonly<Record<string, () => Promise<RibbonOutcome>>> = {
  validateWorkbook,
  takeSnapshot,
  buildReport,
};

/** Runs an action for a button press and completes the event, also when the action fails. */
export function handler(action: () => Promise<RibbonOutcome>): (event: Office.AddinCommands.Event) => Promise<RibbonOutcome> {
  return async (event) => {
    try {
      return await action();
    } catch (error) {
      return { ok: false, message: errorMessage(error) };
    } finally {
      event.completed();
    }
  };
}

if (typeof Office !== "undefined") {
  Office.onReady(() => {
    for (const [name, action] of Object.entries(RIBBON_ACTIONS)) Office.actions.associate(name, handler(action));
  });
}
