import { daysBetween } from "../../dates";
import { defineRule } from "../rule";
import { DATE_KEYS, schedule } from "./schedule";

export default defineRule({
  meta: {
    id: "milestone/slipped",
    register: "milestones",
    severity: "warning",
    docs: {
      description: "A milestone's Actual (else Forecast) Date is at most Slip Warning Days (5) after its Baseline Date.",
      why: "Slip is the earliest sign of a schedule in trouble; past the threshold the sponsor should hear about it.",
    },
    messages: {
      slipped: "{{kind}} {{date}} is {{days}} days after baseline {{baseline}} (more than {{max}})",
    },
  },
  check(ctx, report) {
    const max = ctx.settings.slipWarnDays;
    const out = [];
    const milestones = schedule(ctx).milestones;
    for (let n = 0; n < milestones.length; n++) {
      const m = milestones[n]!;
      const baseline = m.baseline;
      const kind = m.actual ? "actual" : "forecast";
      const date = m.actual ?? m.forecast;
      if (!baseline || !date) continue;
      const days = daysBetween(baseline, date);
      if (days <= max) continue;
      out.push(report("slipped", m.cell(DATE_KEYS[kind])!, m.key, { kind, date, days, baseline, max }));
    }
    return out;
  },
});
