import { RuleTester } from "../rule-tester";
import rule from "./one-accountable";

const header = ["Activity ID", "Activity", "Jane Okafor", "Lena Fischer", "Tom Becker"];

new RuleTester({ describe, it }).run(rule, {
  valid: [
    { name: "one A", rows: [header, ["A1", "Design", "A", "R", "C"]] },
    { name: "A/R counts as the one A", rows: [header, ["A1", "Design", "A/R", "C", ""]] },
    { name: "a heading row with no codes is not an activity", rows: [header, ["", "Phase 1", null, null, null], ["A1", "Design", "R", "A", "-"]] },
    { name: "N/A is not an A", rows: [header, ["A1", "Design", "A", "N/A", "n/a"]] },
  ],
  invalid: [
    {
      name: "two A name both people",
      rows: [header, ["A1", "Design", "A", "A", "R"]],
      findings: [{ cell: "B2", messageId: "many", message: "2 accountable: Jane Okafor, Lena Fischer", key: "A1" }],
    },
    {
      name: "no A",
      rows: [header, ["A1", "Design", "R", "C", "I"]],
      findings: [{ cell: "B2", messageId: "none", message: 'no one is accountable (A) for "Design"' }],
    },
    {
      name: "A inside a combination counts",
      rows: [header, ["A1", "Build", "A/R", "a", ""]],
      findings: [{ cell: "B2", messageId: "many" }],
    },
    {
      name: "points at the activity cell of a sheet that starts lower",
      anchor: "C5",
      rows: [header, ["A1", "Design", "R", "", ""], ["A2", "Test", "A", "R", ""]],
      findings: [{ cell: "D6", messageId: "none" }],
    },
  ],
});
