import { RuleTester } from "../rule-tester";
import rule from "./duplicate-id";
import { PROJECT_HEADER as H, projectRow as project } from "../../../../test/validate/rule-fixtures";

new RuleTester({ describe, it }).run(rule, {
  valid: [{ name: "unique", rows: [H, project("P1", {}), project("P2", {})] }],
  invalid: [{ name: "again, in another case", rows: [H, project("P1", {}), project("p1", {})], findings: [{ cell: "A3", message: "Project ID p1 is already on row 2", key: "p1" }] }],
});
