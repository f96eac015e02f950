import { defineRule } from "../rule";
import { schedule } from "./schedule";

export default defineRule({
  meta: {
    id: "milestone/complete-without-actual",
    register: "milestones",
    severity: "error",
    docs: {
      description: "A milestone with status Complete has an Actual Date.",
      why: "Without the date it was met, on-time rates and slip cannot be measured, and \"Complete\" cannot be verified.",
    },
    messages: {
      noActual: "status {{status}} but no Actual Date",
    },
  },
  check(ctx, report) {
    const out = [];
    const milestones = schedule(ctx).milestones;
    for (let n = 0; n < milestones.length; n++) {
      const m = milestones[n]!;
      if (m.status !== "Complete" || m.actual || m.dateInvalid("actual")) continue;
      const cell = m.cell("actualDate") ?? m.cell("status")!;
      out.push(report("noActual", cell, m.key, { status: m.statusText }));
    }
    return out;
  },
});
