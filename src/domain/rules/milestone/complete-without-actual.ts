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
    return schedule(ctx).milestones.flatMap((m) => {
      if (m.status !== "Complete" || m.actual.value || m.actual.invalid) return [];
      const cell = m.actual.cell ?? m.row.cell("status")!;
      return [report("noActual", cell, m.key, { status: m.statusText })];
    });
  },
});
