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
    const out = [];
    const rows = ctx.rows;
    for (let n = 0; n < rows.length; n++) {
      const row = rows[n]!;
      const due = row.readDate("dueDate");
      if (!due.ok || !due.value || due.value >= ctx.asOf) continue;
      const status = row.readEnum("status", "Action Status");
      if (status.ok && (status.value === "Done" || status.value === "Cancelled")) continue;
      out.push(report("overdue", row.cell("dueDate")!, rowKey(row, "action"), { due: due.value, asOf: ctx.asOf, status: row.textOf("status") || "blank" }));
    }
    return out;
  },
});
