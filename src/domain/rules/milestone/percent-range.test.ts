import { RuleTester } from "../rule-tester";
import rule from "./percent-range";
import { MILESTONE_HEADER as H } from "../../../../test/validate/rule-fixtures";

const row = (pct: string | number | null) => ["M1", "P1", "A", "Jane", "2026-06-01", null, null, pct, "In Progress"];

new RuleTester({ describe, it }).run(rule, {
  valid: [
    { name: "0 to 100", rows: [H, row(0), row(100), row("45%")] },
    { name: "fractions formatted as percentages", formats: { "% Complete": "0%" }, rows: [H, row(0.5), row(1)] },
  ],
  invalid: [
    {
      name: "over 100 and below 0",
      rows: [H, row(150), row(-5)],
      findings: [
        { cell: "H2", messageId: "outside", message: "% Complete 150% is outside 0–100%" },
        { cell: "H3", messageId: "outside", message: "% Complete -5% is outside 0–100%" },
      ],
    },
    {
      name: "a fraction column over 1",
      formats: { "% Complete": "0%" },
      rows: [H, row(0.5), row(1.2)],
      findings: [{ cell: "H3", message: "% Complete 120% is outside 0–100%" }],
    },
    {
      name: "text",
      rows: [H, row("half")],
      findings: [{ cell: "H2", messageId: "notNumber", message: '% Complete "half" is not a percentage' }],
    },
  ],
});
