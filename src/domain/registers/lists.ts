import type { ListName } from "./types";

/**
 * The enum lists of the Lists sheet, in the order they appear there. Order within a list is
 * the order users see in the in-cell dropdown, so it follows the natural life cycle.
 */
export const LISTS: Readonly<Record<ListName, readonly string[]>> = {
  Stage: ["Initiation", "Planning", "Execution", "Closing", "Closed"],
  "Milestone Type": ["Milestone", "Deliverable"],
  "Milestone Status": ["Not Started", "In Progress", "Complete", "On Hold", "Cancelled"],
  "Schedule State": ["Complete", "Overdue", "Late", "On Track", "Cancelled"],
  "RAID Type": ["Risk", "Assumption", "Issue", "Dependency"],
  Severity: ["Low", "Medium", "High", "Critical"],
  "RAID Status": ["Open", "Monitoring", "Closed"],
  "Yes No": ["Yes", "No"],
  "Action Status": ["Open", "In Progress", "Done", "Cancelled"],
  "Decision Status": ["Proposed", "Approved", "Rejected", "Superseded"],
  "Document Status": ["Draft", "For Review", "Approved", "Superseded", "Archived"],
  Level: ["High", "Medium", "Low"],
  RAG: ["Red", "Amber", "Green"],
};

export const LIST_NAMES = Object.keys(LISTS) as ListName[];

/** Workbook name of the range that holds a list, used as a data-validation source. */
export function listRangeName(list: ListName): string {
  return `List_${list.replace(/[^A-Za-z0-9]/g, "")}`;
}
