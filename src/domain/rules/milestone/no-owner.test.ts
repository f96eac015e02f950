import { RuleTester } from "../rule-tester";
import rule from "./no-owner";
import { MILESTONE_HEADER as H } from "../../../../test/validate/rule-fixtures";

new RuleTester({ describe, it }).run(rule, {
  valid: [
    { name: "an owner", rows: [H, ["M1", "P1", "Kick-off", "Jane", "2026-06-01"]] },
    { name: "a detected table without an Owner column", structured: false, rows: [["Milestone ID", "Milestone", "Baseline Date"], ["M1", "Kick-off", "2026-06-01"]] },
  ],
  invalid: [{ name: "blank owner", rows: [H, ["M1", "P1", "Kick-off", " ", "2026-06-01"]], findings: [{ cell: "D2", message: 'no Owner for "Kick-off"' }] }],
});
