import { defineRule } from "../rule";
import { schedule } from "./schedule";

export default defineRule({
  meta: {
    id: "milestone/duplicate-id",
    register: "milestones",
    severity: "error",
    docs: {
      description: "Milestone IDs are unique (compared trimmed and in any case).",
      why: "Dependencies, history snapshots and reports find a milestone by its ID; a second one with the same ID gets the other's dates.",
    },
    messages: {
      duplicate: "ID {{id}} is already on row {{firstRow}}",
    },
  },
  check(ctx, report) {
    const { milestones, byId } = schedule(ctx);
    const out = [];
    for (let n = 0; n < milestones.length; n++) {
      const m = milestones[n]!;
      const first = m.id ? byId.get(m.normId) : undefined;
      if (!first || first === m) continue;
      out.push(report("duplicate", m.cell("milestoneId")!, m.key, { id: m.id, firstRow: first.row.row + 1 }));
    }
    return out;
  },
});
