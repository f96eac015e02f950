import { RuleTester } from "../rule-tester";
import rule from "./actual-in-future";
import { MILESTONE_HEADER as H } from "../../../../test/validate/rule-fixtures";

new RuleTester({ describe, it }).run(rule, {
  valid: [{ name: "actual on the as-of date", asOf: "2026-03-02", rows: [H, ["M1", "P1", "A", "Jane", "2026-03-01", null, "2026-03-02", 100, "Complete"]] }],
  invalid: [
    {
      name: "actual the day after",
      asOf: "2026-03-01",
      rows: [H, ["M1", "P1", "A", "Jane", "2026-03-01", null, "2026-03-02", 100, "Complete"]],
      findings: [{ cell: "G2", message: "Actual Date 2026-03-02 is after the as-of date 2026-03-01" }],
    },
  ],
});
