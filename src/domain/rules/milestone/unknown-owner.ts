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
    if (!ctx.data.columns.some((c) => c.key === "owner")) return [];
    // Owners repeat on thousands of rows: each distinct text is looked up once.
    const verdicts = new Map<string, boolean>();
    const out = [];
    const milestones = schedule(ctx).milestones;
    for (let n = 0; n < milestones.length; n++) {
      const m = milestones[n]!;
      const owner = m.row.textOf("owner");
      if (!owner) continue;
      let knownOwner = verdicts.get(owner);
      if (knownOwner === undefined) verdicts.set(owner, (knownOwner = namesKnown(owner, known)));
      if (!knownOwner) out.push(report("unknown", m.cell("owner")!, m.key, { owner }));
    }
    return out;
  },
});
