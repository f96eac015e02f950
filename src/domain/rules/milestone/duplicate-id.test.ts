import { RuleTester } from "../rule-tester";
import rule from "./duplicate-id";
import { MILESTONE_HEADER as H } from "../../../../test/validate/rule-fixtures";

new RuleTester({ describe, it }).run(rule, {
  valid: [{ name: "unique IDs", rows: [H, ["M1", "P1", "A", "Jane", "2026-03-01"], ["M10", "P1", "B", "Jane", "2026-03-01"]] }],
  invalid: [
    {
      name: "the later ID, compared trimmed in any case",
      rows: [H, ["M1", "P1", "A", "Jane", "2026-03-01"], ["M2", "P1", "B", "Jane", "2026-03-01"], [" m1 ", "P1", "C", "Jane", "2026-03-01"]],
      findings: [{ cell: "A4", message: "ID m1 is already on row 2", key: "m1" }],
    },
  ],
});
