import { RuleTester } from "../rule-tester";
import rule from "./version-regression";
import { DOCUMENT_HEADER as H } from "../../../../test/validate/rule-fixtures";

new RuleTester({ describe, it }).run(rule, {
  valid: [{ name: "versions rise with their dates, in any row order", rows: [H, ["D1", "P1", "Charter", "1.10", "Draft", null, null, "2026-03-01"], ["D1", "P1", "Charter", "1.2", "Draft", null, null, "2026-02-01"]] }],
  invalid: [
    {
      name: "a later date with a lower version",
      rows: [H, ["D1", "P1", "Charter", "2.0", "Approved", "Jane", "Tom", "2026-03-01"], ["D1", "P1", "Charter", "1.5", "Draft", "Jane", null, "2026-03-10"]],
      findings: [{ cell: "D3", message: "version 1.5 dated 2026-03-10 is lower than version 2.0 dated 2026-03-01" }],
    },
  ],
});
