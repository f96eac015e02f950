import { RuleTester } from "../rule-tester";
import rule from "./too-many-consulted";

const header = ["Activity ID", "Activity", "P1", "P2", "P3", "P4", "P5", "P6"];

new RuleTester({ describe, it }).run(rule, {
  valid: [
    { name: "four C is the limit", rows: [header, ["1", "Design", "A", "R", "C", "C", "C", "C"]] },
    { name: "a higher limit from Settings", settings: { maxConsulted: 5 }, rows: [header, ["1", "Design", "A", "C", "C", "C", "C", "C"]] },
  ],
  invalid: [
    {
      name: "five C",
      rows: [header, ["1", "Project Planning", "A", "C", "C", "C", "C", "C"]],
      findings: [{ cell: "B2", message: '5 consulted on "Project Planning" (more than 4): P2, P3, P4, P5, P6' }],
    },
    {
      name: "a lower limit from Settings",
      settings: { maxConsulted: 1 },
      rows: [header, ["1", "Design", "A", "R", "C", "A/C", "", ""]],
      findings: [{ cell: "B2", messageId: "tooMany" }],
    },
  ],
});
