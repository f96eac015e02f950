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
    const out = [];
    const milestones = schedule(ctx).milestones;
    for (let n = 0; n < milestones.length; n++) {
      const m = milestones[n]!;
      if (m.actual && m.actual > ctx.asOf) out.push(report("future", m.cell("actualDate")!, m.key, { actual: m.actual, asOf: ctx.asOf }));
    }
    return out;
  },
});
