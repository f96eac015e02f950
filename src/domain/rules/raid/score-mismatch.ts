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
    const out = [];
    const items = raidItems(ctx);
    for (let n = 0; n < items.length; n++) {
      const item = items[n]!;
      const score = item.typedScore;
      const p = item.probability;
      const i = item.impact;
      if (score === null || !onScale(p) || !onScale(i) || score === p * i) continue;
      out.push(report("mismatch", item.row.cell("score")!, item.key, { score, probability: p, impact: i, product: p * i }));
    }
    return out;
  },
});
