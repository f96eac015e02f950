import { defineRule } from "../rule";
import { rowKey } from "../rows";

export default defineRule({
  meta: {
    id: "action/overdue",
    register: "actions",
    severity: "warning",
    docs: {
      description: "An action that is not Done or Cancelled is not past its Due Date.",
      why: "Overdue actions are promises made in meetings and not kept; chasing them is the PMO's daily work.",
    },
    messages: {
      overdue: "due {{due}} is before the as-of date {{asOf}}; status {{status}}",
    },
  },
  check(ctx, report) {
    return ctx.rows.flatMap((row) => {
      const status = row.enumValue("status", "Action Status").value;
      const due = row.date("dueDate");
      if (status === "Done" || status === "Cancelled" || !due.value || !due.cell || due.value >= ctx.asOf) return [];
      return [report("overdue", due.cell, rowKey(row, "action"), { due: due.value, asOf: ctx.asOf, status: row.textOf("status") || "blank" })];
    });
  },
});
