import { a1 } from "../../a1";
import { knownPeople, namesKnown } from "../lookups";
import { defineRule } from "../rule";

export default defineRule({
  meta: {
    id: "raci/unknown-person",
    register: "raci",
    severity: "warning",
    docs: {
      description: "Every person column is a name or a role of the Stakeholders register (when the workbook has one).",
      why: "A column nobody can map to a stakeholder has no one to ask, inform or hold to account.",
    },
    messages: {
      unknown: "{{person}} is not in Stakeholders (by name or role)",
    },
  },
  check(ctx, report) {
    const known = knownPeople(ctx);
    if (!known) return [];
    return ctx.people
      .filter((p) => p.column.header.trim() !== "" && !namesKnown(p.column.header, known))
      .map((p) => (report("unknown", a1(ctx.data.headerRow, p.column.col), p.column.header.trim(), { person: p.column.header.trim() })));
  },
});
