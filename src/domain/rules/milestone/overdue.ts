import { defineRule } from "../rule";
import { schedule } from "./schedule";

export default defineRule({
  meta: {
    id: "milestone/overdue",
    register: "milestones",
    severity: "warning",
    docs: {
      description: "A milestone that is not Complete or Cancelled is not due (Forecast, else Baseline Date) before the as-of date.",
      why: "An overdue milestone is either late or its status and forecast are stale; both need the owner's attention now.",
    },
    messages: {
      overdue: "due {{due}} ({{kind}}) is before the as-of date {{asOf}}; status {{status}}",
    },
  },
  check(ctx, report) {
    return schedule(ctx).milestones.flatMap((m) => {
      if (m.status === "Complete" || m.status === "Cancelled" || !m.due || m.due.date >= ctx.asOf) return [];
      return [report("overdue", m.due.cell, m.key, { due: m.due.date, kind: m.due.kind, asOf: ctx.asOf, status: m.statusText || "blank" })];
    });
  },
});
