import { daysBetween } from "../../dates";
import { defineRule } from "../rule";
import { schedule } from "./schedule";

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
    return schedule(ctx).milestones.flatMap((m) => {
      const baseline = m.baseline.value;
      const latest = m.actual.value ? m.actual : m.forecast;
      if (!baseline || !latest.value || !latest.cell) return [];
      const days = daysBetween(baseline, latest.value);
      if (days <= max) return [];
      const kind = latest === m.actual ? "actual" : "forecast";
      return [report("slipped", latest.cell, m.key, { kind, date: latest.value, days, baseline, max })];
    });
  },
});
