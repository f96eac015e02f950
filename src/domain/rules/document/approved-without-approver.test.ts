import { RuleTester } from "../rule-tester";
import rule from "./approved-without-approver";
import { DOCUMENT_HEADER as H } from "../../../../test/validate/rule-fixtures";

new RuleTester({ describe, it }).run(rule, {
  valid: [{ name: "approved with approver, draft without", rows: [H, ["D1", "P1", "Charter", "1.0", "Approved", "Jane", "Tom"], ["D2", "P1", "Plan", "0.1", "Draft", "Jane", null]] }],
  invalid: [{ name: "approved, no approver", rows: [H, ["D1", "P1", "Charter", "1.0", "Approved", "Jane", null]], findings: [{ cell: "G2", message: '"Charter" is Approved but has no Approver', key: "D1" }] }],
});
