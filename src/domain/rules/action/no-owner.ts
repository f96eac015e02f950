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
    if (!ctx.data.columns.some((c) => c.key === "owner")) return [];
    const out = [];
    const rows = ctx.rows;
    for (let n = 0; n < rows.length; n++) {
      const row = rows[n]!;
      if (!row.isBlank("owner")) continue;
      const status = row.readEnum("status", "Action Status");
      if (status.ok && (status.value === "Done" || status.value === "Cancelled")) continue;
      const key = rowKey(row, "action");
      out.push(report("noOwner", row.cell("owner")!, key, { action: row.textOf("action") || key }));
    }
    return out;
  },
});
