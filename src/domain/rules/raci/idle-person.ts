import { a1 } from "../../a1";
import { defineRule } from "../rule";
import { raciMatrix } from "./matrix";

export default defineRule({
  meta: {
    id: "raci/idle-person",
    register: "raci",
    severity: "warning",
    docs: {
      description: "Every person column holds at least one code.",
      why: "A person with no part in any activity is either missing assignments or should not be on the matrix.",
    },
    messages: {
      idle: "{{person}} has no code in any of the {{count}} activities",
    },
  },
  check(ctx, report) {
    const { activities } = raciMatrix(ctx);
    if (!activities.length) return [];
    const used = new Set<number>();
    for (let n = 0; n < activities.length; n++) {
      const entries = activities[n]!.entries;
      for (let k = 0; k < entries.length; k++) if (entries[k]!.parsed.codes.size) used.add(entries[k]!.person.index);
    }
    return ctx.people
      .filter((p) => !used.has(p.index) && p.column.header.trim() !== "")
      .map((p) => (report("idle", a1(ctx.data.headerRow, p.column.col), p.column.header.trim(), { person: p.column.header.trim(), count: activities.length })));
  },
});
