/** Overdue actions: open (not Done or Cancelled) with a Due Date before As Of, as the Overdue Actions metric counts them. */
import { daysBetween, type Iso } from "../dates";
import type { ActionLine, ReportScope } from "./model";
import { dateOf, keyOf, scopeRows, compareIds, type Registers } from "./rows";

export function overdueActionLines(registers: Registers, scope: ReportScope, asOf: Iso): ActionLine[] {
  const out: ActionLine[] = [];
  for (const r of scopeRows(registers, "actions", "actionId", scope)) {
    const status = keyOf(r, "status");
    const due = dateOf(r, "dueDate");
    if (status === "done" || status === "cancelled" || due === null || due >= asOf) continue;
    out.push({
      id: r.textOf("actionId"),
      projectId: r.textOf("projectId"),
      action: r.textOf("action"),
      owner: r.textOf("owner"),
      status: r.textOf("status"),
      due,
      daysOverdue: daysBetween(due, asOf),
    });
  }
  // The longest overdue first: those are the ones to chase.
  return out.sort((a, b) => b.daysOverdue - a.daysOverdue || compareIds(a.id, b.id));
}
