import { defineRule } from "../rule";
import { rowKey } from "../rows";

export default defineRule({
  meta: {
    id: "action/no-owner",
    register: "actions",
    severity: "warning",
    docs: {
      description: "Every open action (not Done or Cancelled) has an Owner.",
      why: "An action without an owner is an intention, not an action.",
    },
    messages: {
      noOwner: 'no Owner for "{{action}}"',
    },
  },
  check(ctx, report) {
    return ctx.rows.flatMap((row) => {
      const status = row.enumValue("status", "Action Status").value;
      const cell = row.cell("owner");
      if (status === "Done" || status === "Cancelled" || !cell || !row.isBlank("owner")) return [];
      const key = rowKey(row, "action");
      return [report("noOwner", cell, key, { action: row.textOf("action") || key })];
    });
  },
});
