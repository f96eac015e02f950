import { defineRule } from "../rule";
import { DATE_KEYS, schedule } from "./schedule";

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
    const out = [];
    const milestones = schedule(ctx).milestones;
    for (let n = 0; n < milestones.length; n++) {
      const m = milestones[n]!;
      const due = m.due;
      if (m.status === "Complete" || m.status === "Cancelled" || !due || due >= ctx.asOf) continue;
      const kind = m.dueKind!;
      out.push(report("overdue", m.cell(DATE_KEYS[kind])!, m.key, { due, kind, asOf: ctx.asOf, status: m.statusText || "blank" }));
    }
    return out;
  },
});
