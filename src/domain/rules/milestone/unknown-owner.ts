import { knownPeople, namesKnown } from "../lookups";
import { defineRule } from "../rule";
import { schedule } from "./schedule";

export default defineRule({
  meta: {
    id: "milestone/unknown-owner",
    register: "milestones",
    severity: "warning",
    docs: {
      description: "A milestone's Owner is a name or role of the Stakeholders register (when the workbook has one).",
      why: "An owner nobody can find in the stakeholder list is often a typo or someone who left, and then nobody owns it.",
    },
    messages: {
      unknown: "Owner {{owner}} is not in Stakeholders",
    },
  },
  check(ctx, report) {
    const known = knownPeople(ctx);
    if (!known) return [];
    return schedule(ctx).milestones.flatMap((m) => {
      const owner = m.row.textOf("owner");
      const cell = m.row.cell("owner");
      if (!owner || !cell || namesKnown(owner, known)) return [];
      return [report("unknown", cell, m.key, { owner })];
    });
  },
});
