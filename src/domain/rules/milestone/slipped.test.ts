import { RuleTester } from "../rule-tester";
import rule from "./slipped";
import { MILESTONE_HEADER as H } from "../../../../test/validate/rule-fixtures";

new RuleTester({ describe, it }).run(rule, {
  valid: [
    { name: "five days is the limit", rows: [H, ["M1", "P1", "A", "Jane", "2026-06-01", "2026-06-06"]] },
    { name: "early is not slipped", rows: [H, ["M1", "P1", "A", "Jane", "2026-06-01", "2026-05-01"]] },
    { name: "the actual date counts before the forecast", rows: [H, ["M1", "P1", "A", "Jane", "2026-06-01", "2026-06-30", "2026-06-02", 100, "Complete"]] },
  ],
  invalid: [
    {
      name: "forecast six days late",
      rows: [H, ["M1", "P1", "A", "Jane", "2026-06-01", "2026-06-07"]],
      findings: [{ cell: "F2", message: "forecast 2026-06-07 is 6 days after baseline 2026-06-01 (more than 5)" }],
    },
    {
      name: "actual late, with a tighter threshold",
      settings: { slipWarnDays: 1 },
      rows: [H, ["M1", "P1", "A", "Jane", "2026-06-01", null, "2026-06-03", 100, "Complete"]],
      findings: [{ cell: "G2", message: "actual 2026-06-03 is 2 days after baseline 2026-06-01 (more than 1)" }],
    },
  ],
});
