import { a1 } from "../../a1";
import { register } from "../../registers/catalogue";
import { defineRule } from "../rule";

export default defineRule({
  meta: {
    id: "register/missing-column",
    register: "any",
    severity: "error",
    docs: {
      description: "A register sheet's table has every required column of the catalogue.",
      why: "Formulas, rules, metrics and the report find data by column header; without a required column they cannot work on the register at all.",
    },
    messages: {
      missing: "{{table}} has no {{columns}} column",
      missingMany: "{{table}} has no {{columns}} columns",
    },
  },
  check(ctx, report) {
    // Only structured registers: a detected layout is someone's own sheet, checked by its register's rules.
    if (!ctx.data.structured) return [];
    const def = register(ctx.data.register);
    const have = new Set(ctx.data.columns.map((c) => c.key));
    const missing = def.columns.filter((c) => c.required && !have.has(c.key)).map((c) => c.header);
    if (!missing.length) return [];
    return [
      report(missing.length === 1 ? "missing" : "missingMany", a1(ctx.data.headerRow, ctx.data.columns[0]?.col ?? 0), missing.join(", "), { table: ctx.data.table ?? def.table, columns: missing.join(", ") }),
    ];
  },
});
