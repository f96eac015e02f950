import { RuleTester } from "../rule-tester";
import rule from "./escalate";
import { RAID_HEADER as H, raidItem as item } from "../../../../test/validate/rule-fixtures";

new RuleTester({ describe, it }).run(rule, {
  valid: [{ name: "escalated, or below 20", rows: [H, item("R1", { p: 4, i: 5, escalated: "Yes" }), item("R2", { p: 4, i: 4 }), item("R3", { p: 5, i: 5, status: "Closed" })] }],
  invalid: [{ name: "20 not escalated", rows: [H, item("R1", { p: 4, i: 5, escalated: "No" })], findings: [{ cell: "O2", message: "Score 20 (at least 20): escalate to the PMO lead (Escalated is No)" }] }],
});
