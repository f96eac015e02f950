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
    if (!ctx.data.columns.some((c) => c.key === "owner")) return [];
    const out = [];
    const items = raidItems(ctx);
    for (let n = 0; n < items.length; n++) {
      const item = items[n]!;
      if (!item.open || !item.row.isBlank("owner")) continue;
      const type = item.row.readEnum("type", "RAID Type");
      out.push(report("noOwner", item.row.cell("owner")!, item.key, { type: ((type.ok ? type.value : null) ?? "item").toLowerCase() }));
    }
    return out;
  },
});
