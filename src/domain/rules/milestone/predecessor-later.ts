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
    return milestones.flatMap((m, i) => {
      if (!m.date) return [];
      const cycle = onCycle.get(i);
      // The latest predecessor names the conflict; predecessors on the same cycle are the cycle's finding.
      let latest: number | null = null;
      for (const p of edges[i]!) {
        const pd = milestones[p]!.date;
        if (!pd || pd.date <= m.date.date || cycle?.includes(p)) continue;
        if (latest === null || pd.date > milestones[latest]!.date!.date) latest = p;
      }
      if (latest === null) return [];
      const p = milestones[latest]!;
      return [
        report("later", m.row.cell("predecessors")!, m.key, { kind: m.date.kind, date: m.date.date, predecessorDate: p.date!.date, predecessorKind: p.date!.kind, predecessor: p.id || p.key }),
      ];
    });
  },
});
