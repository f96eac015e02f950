import { daysBetween } from "../../dates";
import { defineRule } from "../rule";
import { rowKey } from "../rows";

export default defineRule({
  meta: {
    id: "project/stale",
    register: "projects",
    severity: "info",
    docs: {
      description: "A project that is not Closed was updated within Stale Days (14) of the as-of date.",
      why: "A status nobody has touched for weeks is a status nobody can trust.",
    },
    messages: {
      stale: "last updated {{updated}}, {{days}} days before the as-of date (more than {{max}})",
    },
  },
  check(ctx, report) {
    const max = ctx.settings.staleDays;
    const out = [];
    const rows = ctx.rows;
    for (let n = 0; n < rows.length; n++) {
      const row = rows[n]!;
      // A closed project is not updated any more, by design.
      const stage = row.readEnum("stage", "Stage");
      if (stage.ok && stage.value === "Closed") continue;
      const updated = row.readDate("lastUpdated");
      if (!updated.ok || !updated.value) continue;
      const days = daysBetween(updated.value, ctx.asOf);
      if (days > max) out.push(report("stale", row.cell("lastUpdated")!, rowKey(row, "projectName"), { updated: updated.value, days, max }));
    }
    return out;
  },
});
