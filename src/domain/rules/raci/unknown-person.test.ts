import { RuleTester } from "../rule-tester";
import rule from "./unknown-person";

const header = ["Activity ID", "Activity", "Jane Okafor", "Tech Lead", "Bob"];
const stakeholders = [
  ["Name", "Role"],
  ["Jane Okafor", "Sponsor"],
  ["Tom Becker", "Tech Lead"],
  ["Bob", ""],
];
const rows = [header, ["1", "Design", "A", "R", "C"]];

new RuleTester({ describe, it }).run(rule, {
  valid: [
    { name: "names and roles of Stakeholders", rows, workbook: { stakeholders } },
    { name: "no Stakeholders register: nothing to compare with", rows },
  ],
  invalid: [
    {
      name: "a person Stakeholders does not know",
      rows,
      workbook: { stakeholders: stakeholders.slice(0, 3) },
      findings: [{ cell: "E1", message: "Bob is not in Stakeholders (by name or role)", key: "Bob" }],
    },
  ],
});
