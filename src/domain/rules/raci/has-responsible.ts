import { defineRule } from "../rule";
import { listOf } from "../rows";
import { holders, raciMatrix } from "./matrix";

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
    return raciMatrix(ctx).activities.flatMap((a) =>
      holders(a, "R").length
        ? []
        : [report("missing", a.nameCell, a.key, { activity: a.name || a.key, accountable: listOf(holders(a, "A")) || "none" })],
    );
  },
});
