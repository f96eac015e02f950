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
    return ctx.rows.flatMap((row) => {
      const cell = row.cell("approver");
      if (row.enumValue("status", "Document Status").value !== "Approved" || !cell || !row.isBlank("approver")) return [];
      const key = rowKey(row, "title");
      return [report("noApprover", cell, key, { title: row.textOf("title") || key })];
    });
  },
});
