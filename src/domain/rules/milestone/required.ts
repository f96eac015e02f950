import { a1 } from "../../a1";
import { register } from "../../registers/catalogue";
import { defineRule } from "../rule";
import { schedule } from "./schedule";

const REQUIRED = ["milestoneId", "milestone", "baselineDate"] as const;

export default defineRule({
  meta: {
    id: "milestone/required",
    register: "milestones",
    severity: "error",
    docs: {
      description: "Every milestone has a Milestone ID, a Milestone name and a Baseline Date.",
      why: "Without an ID it cannot be referenced, without a name nobody knows what it is, and without a baseline nobody can tell whether it slipped.",
    },
    messages: {
      blank: "{{column}} is empty",
      noColumn: "the table has no {{columns}} column",
    },
  },
  check(ctx, report) {
    const def = register("milestones");
    const header = (key: string) => def.columns.find((c) => c.key === key)!.header;
    const missing = REQUIRED.filter((k) => !ctx.data.columns.some((c) => c.key === k));
    // A structured register's missing column is register/missing-column's finding; a detected layout gets it here.
    const out =
      missing.length && !ctx.data.structured
        ? [
            report("noColumn", a1(ctx.data.headerRow, ctx.data.columns[0]?.col ?? 0), missing.map(header).join(", "), { columns: missing.map(header).join(", ") }),
          ]
        : [];
    const present = REQUIRED.filter((k) => ctx.data.columns.some((c) => c.key === k));
    const milestones = schedule(ctx).milestones;
    for (let n = 0; n < milestones.length; n++) {
      const m = milestones[n]!;
      for (let c = 0; c < present.length; c++) {
        const k = present[c]!;
        if (m.row.isBlank(k)) out.push(report("blank", m.cell(k)!, m.key, { column: header(k) }));
      }
    }
    return out;
  },
});
