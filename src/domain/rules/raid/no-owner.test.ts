import { RuleTester } from "../rule-tester";
import rule from "./no-owner";
import { RAID_HEADER as H, raidItem as item } from "../../../../test/validate/rule-fixtures";

new RuleTester({ describe, it }).run(rule, {
  valid: [{ name: "owned, or closed", rows: [H, item("R1", {}), item("R2", { owner: null, status: "Closed" })] }],
  invalid: [{ name: "an open issue without owner", rows: [H, item("I1", { type: "Issue", owner: null })], findings: [{ cell: "F2", message: "open issue has no Owner" }] }],
});
