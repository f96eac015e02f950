import { defineRule } from "../rule";
import { rowKey } from "../rows";

export default defineRule({
  meta: {
    id: "document/approved-without-approver",
    register: "documents",
    severity: "warning",
    docs: {
      description: "A document with status Approved names its Approver.",
      why: "An approval nobody signed cannot be audited; it is a claim, not an approval.",
    },
    messages: {
      noApprover: '"{{title}}" is Approved but has no Approver',
    },
  },
  check(ctx, report) {
    if (!ctx.data.columns.some((c) => c.key === "approver")) return [];
    const out = [];
    const rows = ctx.rows;
    for (let n = 0; n < rows.length; n++) {
      const row = rows[n]!;
      if (!row.isBlank("approver")) continue;
      const status = row.readEnum("status", "Document Status");
      if (!status.ok || status.value !== "Approved") continue;
      const key = rowKey(row, "title");
      out.push(report("noApprover", row.cell("approver")!, key, { title: row.textOf("title") || key }));
    }
    return out;
  },
});
