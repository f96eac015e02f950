import { defineRule } from "../rule";
import { norm } from "../rows";
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
    return milestones.flatMap((m) => {
      const first = m.id ? byId.get(norm(m.id)) : undefined;
      if (!first || first === m) return [];
      return [report("duplicate", m.row.cell("milestoneId")!, m.key, { id: m.id, firstRow: first.row.row + 1 })];
    });
  },
});
