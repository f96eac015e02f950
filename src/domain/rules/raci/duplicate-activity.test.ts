import { RuleTester } from "../rule-tester";
import rule from "./duplicate-activity";

const header = ["Activity ID", "Project ID", "Activity", "Jane", "Tom"];

new RuleTester({ describe, it }).run(rule, {
  valid: [
    { name: "different activities", rows: [header, ["1", "P1", "Design", "A", "R"], ["2", "P1", "Build", "A", "R"]] },
    { name: "the same activity in two projects' matrices", rows: [header, ["1", "P1", "Design", "A", "R"], ["2", "P2", "Design", "A", "R"]] },
  ],
  invalid: [
    {
      name: "same text in another case and with spaces",
      rows: [header, ["1", "P1", "Design", "A", "R"], ["2", "P1", "Build", "A", "R"], ["3", "P1", "  design ", "A", "R"]],
      findings: [{ cell: "C4", message: '"design" is already on row 2', key: "3" }],
    },
    {
      name: "without a Project ID column the sheet is one matrix",
      rows: [["Activity", "Jane", "Tom"], ["Design", "A", "R"], ["Design", "R", "A"]],
      findings: [{ cell: "A3", messageId: "duplicate" }],
    },
  ],
});
