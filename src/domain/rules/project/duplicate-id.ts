import { defineRule } from "../rule";
import { norm, rowKey } from "../rows";

export default defineRule({
  meta: {
    id: "project/duplicate-id",
    register: "projects",
    severity: "error",
    docs: {
      description: "Project IDs are unique (compared trimmed and in any case).",
      why: "Every other register points at projects by ID; two projects with one ID mix their milestones, risks and costs.",
    },
    messages: {
      duplicate: "Project ID {{id}} is already on row {{firstRow}}",
    },
  },
  check(ctx, report) {
    const first = new Map<string, number>();
    return ctx.rows.flatMap((row) => {
      const id = row.textOf("projectId");
      const cell = row.cell("projectId");
      if (!id || !cell) return [];
      const seen = first.get(norm(id));
      if (seen === undefined) {
        first.set(norm(id), row.row + 1);
        return [];
      }
      return [report("duplicate", cell, rowKey(row, "projectName"), { id, firstRow: seen })];
    });
  },
});
