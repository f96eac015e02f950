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
      ["probability", "Probability"],
      ["impact", "Impact"],
    ] as const;
    return raidItems(ctx).flatMap((item) =>
      columns.flatMap(([field, column]) => {
        const f = item[field];
        if (!f.cell || (!f.invalid && (f.value === null || onScale(f.value)))) return [];
        return [report("outside", f.cell, item.key, { column, value: cellText(f.raw) })];
      }),
    );
  },
});
