import { defineRule } from "../rule";
import { listOf } from "../rows";
import { holderCount, holders, raciMatrix } from "./matrix";

export default defineRule({
  meta: {
    id: "raci/one-accountable",
    register: "raci",
    severity: "error",
    docs: {
      description: "Every activity has exactly one A (Accountable).",
      why: "With no one accountable nobody signs the work off; with two, each waits for the other and decisions stall.",
    },
    messages: {
      none: 'no one is accountable (A) for "{{activity}}"',
      many: "{{count}} accountable: {{people}}",
    },
  },
  check(ctx, report) {
    const out = [];
    const activities = raciMatrix(ctx).activities;
    for (let n = 0; n < activities.length; n++) {
      const a = activities[n]!;
      const count = holderCount(a, "A");
      if (count === 1) continue;
      if (count === 0) out.push(report("none", a.nameCell, a.key, { activity: a.name || a.key }));
      else {
        const accountable = holders(a, "A");
        out.push(report("many", a.nameCell, a.key, { count: accountable.length, people: listOf(accountable) }));
      }
    }
    return out;
  },
});
