import { defineRule } from "../rule";
import { raidItems } from "./items";

export default defineRule({
  meta: {
    id: "raid/review-overdue",
    register: "raid",
    severity: "warning",
    docs: {
      description: "An open RAID item's Review Date is not before the as-of date.",
      why: "A review date that has passed means the item has not been looked at when it was due: its score and response may be stale.",
    },
    messages: {
      overdue: "Review Date {{review}} is before the as-of date {{asOf}}",
    },
  },
  check(ctx, report) {
    const out = [];
    const items = raidItems(ctx);
    for (let n = 0; n < items.length; n++) {
      const item = items[n]!;
      if (!item.open) continue;
      const review = item.row.readDate("reviewDate");
      if (!review.ok || !review.value || review.value >= ctx.asOf) continue;
      out.push(report("overdue", item.row.cell("reviewDate")!, item.key, { review: review.value, asOf: ctx.asOf }));
    }
    return out;
  },
});
