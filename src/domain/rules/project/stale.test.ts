import { RuleTester } from "../rule-tester";
import rule from "./stale";
import { PROJECT_HEADER as H, projectRow as project } from "../../../../test/validate/rule-fixtures";

const asOf = "2026-04-15";

new RuleTester({ describe, it }).run(rule, {
  valid: [{ name: "14 days is fresh; closed projects are not stale", asOf, rows: [H, project("P1", { updated: "2026-04-01" }), project("P2", { updated: "2025-01-01", stage: "Closed" })] }],
  invalid: [{ name: "15 days", asOf, rows: [H, project("P1", { updated: "2026-03-31" })], findings: [{ cell: "N2", message: "last updated 2026-03-31, 15 days before the as-of date (more than 14)" }] }],
});
