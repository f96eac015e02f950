import { defineRule } from "../rule";
import { percentText as pct } from "../rows";
import { schedule } from "./schedule";

export default defineRule({
  meta: {
    id: "milestone/percent-status-mismatch",
    register: "milestones",
    severity: "warning",
    docs: {
      description: "Status Complete goes with 100 % Complete, and 100 % with status Complete.",
      why: "Progress and status that disagree make the report contradict itself; one of them was not updated.",
    },
    messages: {
      completeBelow: "status Complete but % Complete is {{value}}",
      fullNotComplete: "% Complete is 100% but status is {{status}}",
    },
  },
  check(ctx, report) {
    const out = [];
    const milestones = schedule(ctx).milestones;
    for (let n = 0; n < milestones.length; n++) {
      const m = milestones[n]!;
      const v = m.percent;
      if (v === null || v < 0 || v > 100) continue;
      if (m.status === "Complete" && v < 100) out.push(report("completeBelow", m.cell("percentComplete")!, m.key, { value: pct(v) }));
      else if (v === 100 && m.status !== "Complete") out.push(report("fullNotComplete", m.cell("percentComplete")!, m.key, { status: m.statusText || "blank" }));
    }
    return out;
  },
});
