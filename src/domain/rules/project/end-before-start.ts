import { defineRule } from "../rule";
import { rowKey } from "../rows";

export default defineRule({
  meta: {
    id: "project/end-before-start",
    register: "projects",
    severity: "error",
    docs: {
      description: "End Date and Forecast End are not before Start Date.",
      why: "A project that ends before it starts has a typing error in its plan, and its duration and schedule metrics are nonsense.",
    },
    messages: {
      before: "{{column}} {{end}} is before Start Date {{start}}",
    },
  },
  check(ctx, report) {
    const ends = [
      ["endDate", "End Date"],
      ["forecastEnd", "Forecast End"],
    ] as const;
    return ctx.rows.flatMap((row) => {
      const start = row.date("startDate").value;
      if (!start) return [];
      return ends.flatMap(([key, column]) => {
        const end = row.date(key);
        return end.value && end.cell && end.value < start
          ? [report("before", end.cell, rowKey(row, "projectName"), { column, end: end.value, start })]
          : [];
      });
    });
  },
});
