import { RuleTester } from "../rule-tester";
import rule from "./high-risk-unmitigated";
import { RAID_HEADER as H, raidItem as item } from "../../../../test/validate/rule-fixtures";

new RuleTester({ describe, it }).run(rule, {
  valid: [
    { name: "a high risk with a response", rows: [H, item("R1", { p: 4, i: 5, response: "Second supplier" })] },
    { name: "below the threshold", rows: [H, item("R1", { p: 2, i: 5 }), item("R2", { p: 3, i: 4 })] },
    { name: "closed, or an issue", rows: [H, item("R1", { p: 5, i: 5, status: "Closed" }), item("R2", { p: 5, i: 5, type: "Issue" })] },
  ],
  invalid: [
    {
      name: "score 15 with no response, Monitoring is open",
      rows: [H, item("R1", { p: 3, i: 5, status: "Monitoring" })],
      findings: [{ cell: "L2", message: "open risk with Score 15 (at least 15) has no Response", key: "R1" }],
    },
    {
      name: "a lower threshold from Settings",
      settings: { highRiskScore: 6 },
      rows: [H, item("R1", { p: "Medium", i: "Low", response: " " })],
      findings: [{ cell: "L2", messageId: "noResponse" }],
    },
  ],
});
