import { RuleTester } from "../rule-tester";
import rule from "./unknown-project";
import { MILESTONE_HEADER as H } from "../../../../test/validate/rule-fixtures";

const projects = [["Project ID", "Project Name"], ["P1", "CRM"]];

new RuleTester({ describe, it }).run(rule, {
  valid: [
    { name: "a known project", workbook: { projects }, rows: [H, ["M1", "p1", "A", "Jane", "2026-06-01"]] },
    { name: "without Projects nothing is unknown", rows: [H, ["M1", "P7", "A", "Jane", "2026-06-01"]] },
  ],
  invalid: [{ name: "an unknown project", workbook: { projects }, rows: [H, ["M1", "P7", "A", "Jane", "2026-06-01"]], findings: [{ cell: "B2", message: "Project ID P7 is not in Projects" }] }],
});
