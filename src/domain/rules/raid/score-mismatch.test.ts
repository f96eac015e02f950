import { RuleTester } from "../rule-tester";
import rule from "./score-mismatch";
import { RAID_HEADER as H, raidItem as item } from "../../../../test/validate/rule-fixtures";

new RuleTester({ describe, it }).run(rule, {
  valid: [{ name: "score equal to P × I, or not typed", rows: [H, item("R1", { p: 4, i: 5, score: 20 }), item("R2", { p: "High", i: 2, score: 8 }), item("R3", { p: 2, i: 2 })] }],
  invalid: [{ name: "a typed score off", rows: [H, item("R1", { p: 4, i: 5, score: 12 })], findings: [{ cell: "J2", message: "Score 12 is not Probability × Impact = 4 × 5 = 20" }] }],
});
