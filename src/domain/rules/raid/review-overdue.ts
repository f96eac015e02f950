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
    return raidItems(ctx).flatMap((item) => {
      const review = item.row.date("reviewDate");
      if (!item.open || !review.value || !review.cell || review.value >= ctx.asOf) return [];
      return [report("overdue", review.cell, item.key, { review: review.value, asOf: ctx.asOf })];
    });
  },
});
