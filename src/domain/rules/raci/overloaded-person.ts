import { a1 } from "../../a1";
import { defineRule } from "../rule";
import { byMatrix, raciMatrix } from "./matrix";

export default defineRule({
  meta: {
    id: "raci/overloaded-person",
    register: "raci",
    severity: "warning",
    docs: {
      description: "Nobody is accountable for more than Max Accountable Share (50 %) of a matrix of at least Min Activities For Overload (6) activities.",
      why: "One person accountable for most of the work is a bottleneck and a single point of failure.",
    },
    messages: {
      overloaded: "{{person}} is accountable for {{detail}} (more than {{share}})",
    },
  },
  check(ctx, report) {
    const { maxAccountableShare: limit, minActivitiesForOverload: min } = ctx.settings;
    const details = new Map<number, string[]>();
    for (const activities of byMatrix(raciMatrix(ctx).activities)) {
      if (activities.length < min) continue;
      const counts = new Map<number, number>();
      for (const a of activities) for (const e of a.entries) if (e.parsed.codes.has("A")) counts.set(e.person.index, (counts.get(e.person.index) ?? 0) + 1);
      const label = activities[0]!.matrixLabel;
      for (const [index, n] of counts) {
        if (n / activities.length <= limit) continue;
        details.set(index, [...(details.get(index) ?? []), `${n} of ${activities.length} activities${label ? ` in ${label}` : ""}`]);
      }
    }
    return ctx.people.flatMap((p) => {
      const d = details.get(p.index);
      if (!d) return [];
      const person = p.column.header.trim();
      return [report("overloaded", a1(ctx.data.headerRow, p.column.col), person, { person, detail: d.join(", "), share: `${Math.round(limit * 100)}%` })];
    });
  },
});
