import { defineRule } from "../rule";
import { norm } from "../rows";
import { byMatrix, raciMatrix } from "./matrix";

export default defineRule({
  meta: {
    id: "raci/duplicate-activity",
    register: "raci",
    severity: "warning",
    docs: {
      description: "An activity name appears once per matrix (compared trimmed and in any case).",
      why: "Two rows for one activity can give it two different owners, and people will follow whichever row they find first.",
    },
    messages: {
      duplicate: '"{{activity}}" is already on row {{firstRow}}',
    },
  },
  check(ctx, report) {
    const out = [];
    for (const activities of byMatrix(raciMatrix(ctx).activities)) {
      const first = new Map<string, number>();
      for (let n = 0; n < activities.length; n++) {
        const a = activities[n]!;
        if (!a.name) continue;
        const k = norm(a.name);
        const seen = first.get(k);
        if (seen === undefined) first.set(k, a.row.row + 1);
        else out.push(report("duplicate", a.nameCell, a.key, { activity: a.name, firstRow: seen }));
      }
    }
    return out;
  },
});
