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
    const out = [];
    const rows = ctx.rows;
    for (let n = 0; n < rows.length; n++) {
      const row = rows[n]!;
      const read = row.readDate("startDate");
      const start = read.ok ? read.value : null;
      if (!start) continue;
      for (let e = 0; e < ends.length; e++) {
        const [key, column] = ends[e]!;
        const end = row.readDate(key);
        if (end.ok && end.value && end.value < start) out.push(report("before", row.cell(key)!, rowKey(row, "projectName"), { column, end: end.value, start }));
      }
    }
    return out;
  },
});
