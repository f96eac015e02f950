import { RuleTester } from "../rule-tester";
import rule from "./version-format";
import { DOCUMENT_HEADER as H } from "../../../../test/validate/rule-fixtures";

new RuleTester({ describe, it }).run(rule, {
  valid: [{ name: "N.N and N.N.N, also as numbers", rows: [H, ["D1", "P1", "Charter", "1.0"], ["D1", "P1", "Charter", "2.3.1"], ["D2", "P1", "Plan", 1.2]] }],
  invalid: [
    {
      name: "words and single numbers",
      rows: [H, ["D1", "P1", "Charter", "final"], ["D2", "P1", "Plan", 2]],
      findings: [
        { cell: "D2", message: 'Version "final" is not of the form N.N (or N.N.N)' },
        { cell: "D3", message: 'Version "2" is not of the form N.N (or N.N.N)' },
      ],
    },
  ],
});
