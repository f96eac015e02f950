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
    // A register holds one small matrix per project: counting in one array, by person, costs
    // nothing per matrix.
    const people = ctx.people;
    const slot = new Map<number, number>(people.map((p, k) => [p.index, k]));
    const counts = new Int32Array(people.length);
    for (const activities of byMatrix(raciMatrix(ctx).activities)) {
      if (activities.length < min) continue;
      counts.fill(0);
      for (let n = 0; n < activities.length; n++) {
        const entries = activities[n]!.entries;
        for (let k = 0; k < entries.length; k++) {
          const e = entries[k]!;
          if (!e.parsed.codes.has("A")) continue;
          const at = slot.get(e.person.index)!;
          counts[at] = counts[at]! + 1;
        }
      }
      const label = activities[0]!.matrixLabel;
      for (let k = 0; k < people.length; k++) {
        const n = counts[k]!;
        if (!n || n / activities.length <= limit) continue;
        const index = people[k]!.index;
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
