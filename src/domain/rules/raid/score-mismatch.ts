import { defineRule } from "../rule";
import { onScale, raidItems } from "./items";

export default defineRule({
  meta: {
    id: "raid/score-mismatch",
    register: "raid",
    severity: "warning",
    docs: {
      description: "A Score typed by hand equals Probability × Impact.",
      why: "A hand-typed score that disagrees with its own Probability and Impact ranks the risk wrongly; the register's Score column is a formula for this reason.",
    },
    messages: {
      mismatch: "Score {{score}} is not Probability × Impact = {{probability}} × {{impact}} = {{product}}",
    },
  },
  check(ctx, report) {
    return raidItems(ctx).flatMap((item) => {
      const score = item.typedScore.value;
      const p = item.probability.value;
      const i = item.impact.value;
      if (score === null || !item.typedScore.cell || !onScale(p) || !onScale(i) || score === p * i) return [];
      return [report("mismatch", item.typedScore.cell, item.key, { score, probability: p, impact: i, product: p * i })];
    });
  },
});
