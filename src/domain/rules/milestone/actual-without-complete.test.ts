import { RuleTester } from "../rule-tester";
import rule from "./actual-without-complete";
import { MILESTONE_HEADER as H } from "../../../../test/validate/rule-fixtures";

new RuleTester({ describe, it }).run(rule, {
  valid: [
    { name: "actual and Complete", rows: [H, ["M1", "P1", "A", "Jane", "2026-03-01", null, "2026-03-02", 100, "Complete"]] },
    { name: "actual and no status yet", rows: [H, ["M1", "P1", "A", "Jane", "2026-03-01", null, "2026-03-02", 100, null]] },
  ],
  invalid: [
    {
      name: "actual while In Progress",
      rows: [H, ["M1", "P1", "A", "Jane", "2026-03-01", null, "2026-03-02", 90, "In Progress"]],
      findings: [{ cell: "I2", message: "Actual Date 2026-03-02 is set but status is In Progress" }],
    },
  ],
});
