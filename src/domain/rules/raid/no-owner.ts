import { defineRule } from "../rule";
import { raidItems } from "./items";

export default defineRule({
  meta: {
    id: "raid/no-owner",
    register: "raid",
    severity: "warning",
    docs: {
      description: "Every open RAID item has an Owner.",
      why: "A risk or issue nobody owns is watched by nobody and resolved by nobody.",
    },
    messages: {
      noOwner: "open {{type}} has no Owner",
    },
  },
  check(ctx, report) {
    return raidItems(ctx).flatMap((item) => {
      const cell = item.row.cell("owner");
      if (!item.open || !cell || !item.row.isBlank("owner")) return [];
      return [report("noOwner", cell, item.key, { type: (item.row.enumValue("type", "RAID Type").value ?? "item").toLowerCase() })];
    });
  },
});
