import { defineRule } from "../rule";
import { rowCell } from "../rows";
import { raidItems } from "./items";

export default defineRule({
  meta: {
    id: "raid/high-risk-unmitigated",
    register: "raid",
    severity: "error",
    docs: {
      description: "An open risk with a Score at or above High Risk Score (15) has a Response.",
      why: "A high risk with no planned response is a decision nobody has taken; it becomes an issue with no plan.",
    },
    messages: {
      noResponse: "open risk with Score {{score}} (at least {{threshold}}) has no Response",
    },
  },
  check(ctx, report) {
    const threshold = ctx.settings.highRiskScore;
    const out = [];
    const items = raidItems(ctx);
    for (let n = 0; n < items.length; n++) {
      const item = items[n]!;
      if (!item.isRisk || !item.open || item.score === null || item.score < threshold || !item.row.isBlank("response")) continue;
      out.push(report("noResponse", rowCell(item.row, "response", "title", "id"), item.key, { score: item.score, threshold }));
    }
    return out;
  },
});
