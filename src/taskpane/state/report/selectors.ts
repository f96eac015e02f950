import { isEmailAddress } from "../../../export/eml";
import type { ReportState } from "./reducer";

/** The addresses typed, split on commas and semicolons. */
export function recipients(state: ReportState): string[] {
  return state.to
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Why the .eml cannot be made with what was typed; null when it can. */
export function recipientsProblem(state: ReportState): string | null {
  const list = recipients(state);
  if (!list.length) return "Enter at least one address for the draft.";
  const bad = list.find((a) => !isEmailAddress(a));
  return bad === undefined ? null : `"${bad}" is not an email address.`;
}

export function isReportBusy(state: ReportState): boolean {
  return state.buildTask.running || state.exportTask.running;
}
