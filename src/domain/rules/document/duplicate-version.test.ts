import { RuleTester } from "../rule-tester";
import rule from "./duplicate-version";
import { DOCUMENT_HEADER as H } from "../../../../test/validate/rule-fixtures";

new RuleTester({ describe, it }).run(rule, {
  valid: [{ name: "different versions, or documents", rows: [H, ["D1", "P1", "Charter", "1.0"], ["D1", "P1", "Charter", "1.1"], ["D2", "P1", "Plan", "1.0"]] }],
  invalid: [{ name: "1.0 twice", rows: [H, ["D1", "P1", "Charter", "1.0"], ["D1", "P1", "Charter", "1.0"]], findings: [{ cell: "D3", message: "D1 version 1.0 is already on row 2", key: "D1" }] }],
});
