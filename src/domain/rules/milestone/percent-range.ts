import { cellText } from "../../cell";
import { defineRule } from "../rule";
import { percentText as pct } from "../rows";
import { schedule } from "./schedule";

export default defineRule({
  meta: {
    id: "milestone/percent-range",
    register: "milestones",
    severity: "error",
    docs: {
      description: "% Complete is a number from 0 to 100 (or a 0–1 fraction formatted as a percentage).",
      why: "Progress outside 0–100 % is a typing error that distorts every progress roll-up.",
    },
    messages: {
      outside: "% Complete {{value}} is outside 0–100%",
      notNumber: '% Complete "{{value}}" is not a percentage',
    },
  },
  check(ctx, report) {
    return schedule(ctx).milestones.flatMap((m) => {
      const f = m.percent;
      if (!f.cell) return [];
      if (f.invalid) return [report("notNumber", f.cell, m.key, { value: cellText(f.raw) })];
      if (f.value === null || (f.value >= 0 && f.value <= 100)) return [];
      return [report("outside", f.cell, m.key, { value: pct(f.value) })];
    });
  },
});
