import { cellText } from "../../cell";
import { defineRule } from "../rule";
import { onScale, raidItems } from "./items";

export default defineRule({
  meta: {
    id: "raid/score-range",
    register: "raid",
    severity: "error",
    docs: {
      description: "Probability and Impact are 1–5 (the words Very Low, Low, Medium, High, Very High read as 1–5).",
      why: "A score off the scale makes Probability × Impact meaningless, so the risk lands in the wrong band.",
    },
    messages: {
      outside: '{{column}} "{{value}}" is not on the 1–5 scale',
    },
  },
  check(ctx, report) {
    const columns = [
      ["probability", "Probability", "probabilityInvalid"],
      ["impact", "Impact", "impactInvalid"],
    ] as const;
    const out = [];
    const items = raidItems(ctx);
    for (let n = 0; n < items.length; n++) {
      const item = items[n]!;
      if (!item.probabilityInvalid && !item.impactInvalid && (item.probability === null || onScale(item.probability)) && (item.impact === null || onScale(item.impact))) continue;
      for (const [field, column, invalid] of columns) {
        const value = item[field];
        if (!item[invalid] && (value === null || onScale(value))) continue;
        out.push(report("outside", item.row.cell(field)!, item.key, { column, value: cellText(item.row.raw(field)) }));
      }
    }
    return out;
  },
});
