import { RuleTester } from "../rule-tester";
import rule from "./percent-status-mismatch";
import { MILESTONE_HEADER as H } from "../../../../test/validate/rule-fixtures";

const row = (pct: number | null, status: string | null) => ["M1", "P1", "A", "Jane", "2026-06-01", null, "2026-06-01", pct, status];

new RuleTester({ describe, it }).run(rule, {
  valid: [{ name: "100 and Complete, 50 and In Progress", rows: [H, row(100, "Complete"), row(50, "In Progress"), row(null, "Complete")] }],
  invalid: [
    {
      name: "Complete at 90",
      rows: [H, row(90, "Complete")],
      findings: [{ cell: "H2", messageId: "completeBelow", message: "status Complete but % Complete is 90%" }],
    },
    {
      name: "100 % while In Progress",
      formats: { "% Complete": "0%" },
      rows: [H, row(1, "In Progress")],
      findings: [{ cell: "H2", messageId: "fullNotComplete", message: "% Complete is 100% but status is In Progress" }],
    },
  ],
});
