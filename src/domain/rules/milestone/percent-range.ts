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
    if (!ctx.data.columns.some((c) => c.key === "percentComplete")) return [];
    const out = [];
    const milestones = schedule(ctx).milestones;
    for (let n = 0; n < milestones.length; n++) {
      const m = milestones[n]!;
      const v = m.percent;
      if (m.percentInvalid) out.push(report("notNumber", m.cell("percentComplete")!, m.key, { value: cellText(m.raw("percentComplete")) }));
      else if (v !== null && !(v >= 0 && v <= 100)) out.push(report("outside", m.cell("percentComplete")!, m.key, { value: pct(v) }));
    }
    return out;
  },
});
