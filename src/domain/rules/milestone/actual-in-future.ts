import { defineRule } from "../rule";
import { schedule } from "./schedule";

export default defineRule({
  meta: {
    id: "milestone/actual-in-future",
    register: "milestones",
    severity: "error",
    docs: {
      description: "An Actual Date is not after the as-of date.",
      why: "A milestone cannot have been met in the future; usually a forecast was typed into the wrong column.",
    },
    messages: {
      future: "Actual Date {{actual}} is after the as-of date {{asOf}}",
    },
  },
  check(ctx, report) {
    return schedule(ctx).milestones.flatMap((m) =>
      m.actual.value && m.actual.cell && m.actual.value > ctx.asOf
        ? [report("future", m.actual.cell, m.key, { actual: m.actual.value, asOf: ctx.asOf })]
        : [],
    );
  },
});
