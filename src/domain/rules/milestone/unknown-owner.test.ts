import { RuleTester } from "../rule-tester";
import rule from "./unknown-owner";
import { MILESTONE_HEADER as H } from "../../../../test/validate/rule-fixtures";

const stakeholders = [["Name", "Role"], ["Jane Okafor", "Sponsor"], ["Tom Becker", "Tech Lead"]];

new RuleTester({ describe, it }).run(rule, {
  valid: [
    { name: "a known name, role, or pair", workbook: { stakeholders }, rows: [H, ["M1", "P1", "A", "jane okafor", "2026-06-01"], ["M2", "P1", "B", "Tech Lead", "2026-06-01"], ["M3", "P1", "C", "Jane Okafor / Tom Becker", "2026-06-01"]] },
    { name: "without Stakeholders nothing is unknown", rows: [H, ["M1", "P1", "A", "Someone", "2026-06-01"]] },
  ],
  invalid: [{ name: "a name nobody knows", workbook: { stakeholders }, rows: [H, ["M1", "P1", "A", "Jan Okafor", "2026-06-01"]], findings: [{ cell: "D2", message: "Owner Jan Okafor is not in Stakeholders" }] }],
});
