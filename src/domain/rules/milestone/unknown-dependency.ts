import { defineRule } from "../rule";
import { resolvePredecessor, schedule } from "./schedule";

export default defineRule({
  meta: {
    id: "milestone/unknown-dependency",
    register: "milestones",
    severity: "error",
    docs: {
      description: "Every predecessor ID names a milestone of the register (a scheduling suffix such as 12FS is allowed).",
      why: "A dependency on a milestone that does not exist is never checked: its slip cannot be seen coming.",
    },
    messages: {
      unknown: "predecessor {{ids}} is not a milestone ID",
      unknownMany: "predecessors {{ids}} are not milestone IDs",
    },
  },
  check(ctx, report) {
    const s = schedule(ctx);
    const out = [];
    for (let n = 0; n < s.milestones.length; n++) {
      const m = s.milestones[n]!;
      if (!m.predecessors.length) continue;
      const unknown = m.predecessors.filter((ref) => !resolvePredecessor(s, ref));
      if (!unknown.length) continue;
      out.push(report(unknown.length === 1 ? "unknown" : "unknownMany", m.cell("predecessors")!, m.key, { ids: unknown.join(", ") }));
    }
    return out;
  },
});
