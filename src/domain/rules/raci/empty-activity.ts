import { defineRule } from "../rule";
import { formatCodes } from "./codes";
import { raciMatrix } from "./matrix";

export default defineRule({
  meta: {
    id: "raci/empty-activity",
    register: "raci",
    severity: "error",
    docs: {
      description: "A row that assigns codes has an activity name.",
      why: "Responsibilities for an unnamed activity cannot be acted on: nobody knows what they are responsible for.",
    },
    messages: {
      unnamed: "codes on row {{row}} but no activity name ({{codes}})",
    },
  },
  check(ctx, report) {
    if (!ctx.data.columns.some((c) => c.key === "activity")) return [];
    return raciMatrix(ctx).activities.flatMap((a) => {
      if (a.name) return [];
      const codes = a.entries
        .filter((e) => e.parsed.codes.size)
        .map((e) => `${formatCodes(e.parsed.codes)} ${e.person.column.header.trim()}`)
        .join(", ");
      return [report("unnamed", a.nameCell, a.key, { row: a.row.row + 1, codes })];
    });
  },
});
