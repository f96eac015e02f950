import { defineRule } from "../rule";
import { cycles, predecessorEdges, schedule } from "./schedule";

export default defineRule({
  meta: {
    id: "milestone/predecessor-later",
    register: "milestones",
    severity: "warning",
    docs: {
      description: "No predecessor's date (Actual, else Forecast, else Baseline) is after the milestone's own date.",
      why: "A milestone planned before the one it depends on is a plan that cannot happen: one of the two dates is wrong.",
    },
    messages: {
      later: "{{kind}} {{date}} is before {{predecessorDate}}, the {{predecessorKind}} date of predecessor {{predecessor}}",
    },
  },
  check(ctx, report) {
    const { milestones } = schedule(ctx);
    const edges = predecessorEdges(ctx);
    const onCycle = cycles(ctx);
    const out = [];
    for (let i = 0; i < milestones.length; i++) {
      const preds = edges[i]!;
      if (!preds.length) continue;
      const m = milestones[i]!;
      const date = m.date;
      if (!date) continue;
      const cycle = onCycle.get(i);
      // The latest predecessor names the conflict; predecessors on the same cycle are the cycle's finding.
      let latest: number | null = null;
      let latestDate = "";
      for (let k = 0; k < preds.length; k++) {
        const p = preds[k]!;
        const pd = milestones[p]!.date;
        if (!pd || pd <= date || cycle?.includes(p)) continue;
        if (latest === null || pd > latestDate) {
          latest = p;
          latestDate = pd;
        }
      }
      if (latest === null) continue;
      const p = milestones[latest]!;
      out.push(report("later", m.cell("predecessors")!, m.key, { kind: m.dateKind!, date, predecessorDate: latestDate, predecessorKind: p.dateKind!, predecessor: p.id || p.key }));
    }
    return out;
  },
});
