import { RuleTester } from "../rule-tester";
import rule from "./complete-without-actual";
import { MILESTONE_HEADER as H } from "../../../../test/validate/rule-fixtures";

new RuleTester({ describe, it }).run(rule, {
  valid: [
    { name: "complete with an actual date", rows: [H, ["M1", "P1", "A", "Jane", "2026-03-01", null, "2026-03-02", 100, "Complete"]] },
    { name: "in progress without one", rows: [H, ["M1", "P1", "A", "Jane", "2026-03-01", null, null, 50, "In Progress"]] },
  ],
  invalid: [
    {
      name: "complete (spelt Done) without an actual date",
      rows: [H, ["M1", "P1", "A", "Jane", "2026-03-01", null, null, 100, "Done"]],
      findings: [{ cell: "G2", message: "status Done but no Actual Date", key: "M1" }],
    },
  ],
});
