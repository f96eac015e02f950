import { RuleTester } from "../rule-tester";
import rule from "./end-before-start";
import { PROJECT_HEADER as H, projectRow as project } from "../../../../test/validate/rule-fixtures";

new RuleTester({ describe, it }).run(rule, {
  valid: [{ name: "end on or after start", rows: [H, project("P1", { start: "2026-01-01", end: "2026-01-01", forecastEnd: "2026-06-01" })] }],
  invalid: [
    {
      name: "end and forecast end before start",
      rows: [H, project("P1", { start: "2026-03-01", end: "2026-02-01", forecastEnd: "2026-02-15" })],
      findings: [
        { cell: "H2", message: "End Date 2026-02-01 is before Start Date 2026-03-01" },
        { cell: "I2", message: "Forecast End 2026-02-15 is before Start Date 2026-03-01" },
      ],
    },
  ],
});
