import { defineRule } from "../rule";
import { listOf } from "../rows";
import { holderCount, holders, raciMatrix } from "./matrix";

export default defineRule({
  meta: {
    id: "raci/has-responsible",
    register: "raci",
    severity: "warning",
    docs: {
      description: "Every activity has at least one R (Responsible); A/R counts as R.",
      why: "An activity nobody is responsible for is an activity nobody does: the accountable person finds out at the deadline.",
    },
    messages: {
      missing: 'no one is responsible (R) for "{{activity}}" (accountable: {{accountable}})',
    },
  },
  check(ctx, report) {
    const out = [];
    const activities = raciMatrix(ctx).activities;
    for (let n = 0; n < activities.length; n++) {
      const a = activities[n]!;
      if (holderCount(a, "R")) continue;
      out.push(report("missing", a.nameCell, a.key, { activity: a.name || a.key, accountable: listOf(holders(a, "A")) || "none" }));
    }
    return out;
  },
});
