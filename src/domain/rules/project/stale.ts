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
    return ctx.rows.flatMap((row) => {
      // A closed project is not updated any more, by design.
      if (row.enumValue("stage", "Stage").value === "Closed") return [];
      const updated = row.date("lastUpdated");
      if (!updated.value || !updated.cell) return [];
      const days = daysBetween(updated.value, ctx.asOf);
      return days > max ? [report("stale", updated.cell, rowKey(row, "projectName"), { updated: updated.value, days, max })] : [];
    });
  },
});
