import { RuleTester } from "../rule-tester";
import rule from "./has-responsible";

const header = ["Activity ID", "Activity", "TPM", "SDM", "SDE"];

new RuleTester({ describe, it }).run(rule, {
  valid: [
    { name: "an R", rows: [header, ["1", "Design", "A", "R", "C"]] },
    { name: "A/R counts as R", rows: [header, ["1", "Design", "A/R", "C", ""]] },
    { name: "RA written together counts as R", rows: [header, ["1", "Design", "ra", "", ""]] },
  ],
  invalid: [
    {
      name: "A but no R",
      rows: [header, ["2", "Project Planning", "A", "C", "C"]],
      findings: [{ cell: "B2", messageId: "missing", message: 'no one is responsible (R) for "Project Planning" (accountable: TPM)', key: "2" }],
    },
    {
      name: "no R and no A",
      rows: [header, ["2", "Review", "C", "I", ""]],
      findings: [{ cell: "B2", message: 'no one is responsible (R) for "Review" (accountable: none)' }],
    },
  ],
});
