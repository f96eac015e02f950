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
    if (!ctx.data.columns.some((c) => c.key === "owner")) return [];
    const out = [];
    const milestones = schedule(ctx).milestones;
    for (let n = 0; n < milestones.length; n++) {
      const m = milestones[n]!;
      if (!m.row.isBlank("owner")) continue;
      out.push(report("noOwner", m.cell("owner")!, m.key, { milestone: m.row.textOf("milestone") || m.key }));
    }
    return out;
  },
});
