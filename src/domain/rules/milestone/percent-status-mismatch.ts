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
    return schedule(ctx).milestones.flatMap((m) => {
      const v = m.percent.value;
      const cell = m.percent.cell;
      if (v === null || !cell || v < 0 || v > 100) return [];
      if (m.status === "Complete" && v < 100) return [report("completeBelow", cell, m.key, { value: pct(v) })];
      if (v === 100 && m.status !== "Complete") return [report("fullNotComplete", cell, m.key, { status: m.statusText || "blank" })];
      return [];
    });
  },
});
