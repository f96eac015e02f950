import { RuleTester } from "../rule-tester";
import rule from "./idle-person";

const header = ["Activity ID", "Activity", "Jane", "Tom", "Ada"];

new RuleTester({ describe, it }).run(rule, {
  valid: [
    { name: "everyone has a code", rows: [header, ["1", "Design", "A", "R", ""], ["2", "Build", "A", "", "I"]] },
    { name: "a matrix with no activities yet", rows: [header, ["", "", "", "", ""]] },
  ],
  invalid: [
    {
      name: "a column of blanks and dashes",
      rows: [header, ["1", "Design", "A", "R", "-"], ["2", "Build", "A", "R", ""]],
      findings: [{ cell: "E1", message: "Ada has no code in any of the 2 activities", key: "Ada" }],
    },
  ],
});
