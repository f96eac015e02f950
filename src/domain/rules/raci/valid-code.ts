import { cellText } from "../../cell";
import { defineRule } from "../rule";
import { parseRaciValue } from "./codes";
import { raciMatrix } from "./matrix";

export default defineRule({
  meta: {
    id: "raci/valid-code",
    register: "raci",
    severity: "error",
    docs: {
      description: "Every cell of a person column is R, A, C, I (S in RASCI), a combination such as A/R, or blank / - / N/A.",
      why: "A mark the method does not define (X, a tick, a name) cannot be counted, so the other RACI checks cannot vouch for the activity.",
    },
    messages: {
      invalid: '"{{value}}" under {{person}} is not a RACI code ({{codes}}, or a combination such as A/R)',
      support: '"{{value}}" under {{person}}: S (Support) is only a code when the RACI Variant setting is RASCI',
    },
  },
  check(ctx, report) {
    const codes = ctx.settings.raciVariant === "RASCI" ? "R, A, S, C, I" : "R, A, C, I";
    return raciMatrix(ctx).activities.flatMap((a) =>
      a.entries
        .filter((e) => !e.parsed.valid)
        .map((e) => {
          const value = cellText(e.raw);
          const person = e.person.column.header.trim();
          const supportOnly = ctx.settings.raciVariant !== "RASCI" && parseRaciValue(e.raw, "RASCI").valid;
          return supportOnly
            ? report("support", e.cell, a.key, { value, person })
            : report("invalid", e.cell, a.key, { value, person, codes });
        }),
    );
  },
});
