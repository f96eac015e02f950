import { defineRule } from "../rule";
import { schedule } from "./schedule";

export default defineRule({
  meta: {
    id: "milestone/no-owner",
    register: "milestones",
    severity: "warning",
    docs: {
      description: "Every milestone has an Owner.",
      why: "A milestone without an owner has nobody to forecast it, chase it or explain its slip.",
    },
    messages: {
      noOwner: 'no Owner for "{{milestone}}"',
    },
  },
  check(ctx, report) {
    return schedule(ctx).milestones.flatMap((m) => {
      const cell = m.row.cell("owner");
      if (!cell || !m.row.isBlank("owner")) return [];
      return [report("noOwner", cell, m.key, { milestone: m.row.textOf("milestone") || m.key })];
    });
  },
});
