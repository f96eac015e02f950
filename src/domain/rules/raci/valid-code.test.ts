import { RuleTester } from "../rule-tester";
import rule from "./valid-code";

const header = ["Activity ID", "Activity", "TPM", "SDM", "SDE"];

new RuleTester({ describe, it }).run(rule, {
  valid: [
    { name: "letters, combinations and not-involved marks", rows: [header, ["1", "Design", "A/R", "-", "N/A"], ["2", "Build", "r, c", "A", "–"]] },
    { name: "S in RASCI", settings: { raciVariant: "RASCI" }, rows: [header, ["1", "Design", "A", "R", "S"]] },
    { name: "a legend row without an activity name is not an activity", rows: [header, ["1", "Design", "A", "R", ""], ["", "", "R - Responsible", "", ""]] },
  ],
  invalid: [
    {
      name: "an X",
      rows: [header, ["1", "Design", "A", "R", "X"]],
      findings: [{ cell: "E2", messageId: "invalid", message: '"X" under SDE is not a RACI code (R, A, C, I, or a combination such as A/R)', key: "1" }],
    },
    {
      name: "S without RASCI",
      rows: [header, ["1", "Design", "A", "R", "S"]],
      findings: [{ cell: "E2", messageId: "support", message: '"S" under SDE: S (Support) is only a code when the RACI Variant setting is RASCI' }],
    },
    {
      name: "a number, and a row of marks only",
      rows: [header, ["1", "Design", "A", "R", 1], ["2", "Build", "x", "x", ""]],
      findings: [{ cell: "E2" }, { cell: "C3" }, { cell: "D3" }],
    },
  ],
});
