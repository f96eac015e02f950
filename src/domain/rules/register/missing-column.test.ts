import { RuleTester } from "../rule-tester";
import rule from "./missing-column";

new RuleTester({ describe, it }).run(rule, {
  valid: [
    { name: "every required column, in another order", register: "raid", rows: [["Title", "Type", "ID"], ["Late vendor", "Risk", "R1"]] },
    { name: "a detected layout is not a register sheet", register: "raid", structured: false, rows: [["Risk", "Owner"], ["Late vendor", "Jane"]] },
  ],
  invalid: [
    {
      name: "one missing",
      register: "raci",
      anchor: "B3",
      rows: [["Activity ID", "Jane"], ["A1", "A"]],
      findings: [{ cell: "B3", messageId: "missing", message: "tblRACI has no Activity column", key: "Activity" }],
    },
    {
      name: "several missing",
      register: "milestones",
      rows: [["Milestone ID", "Owner"], ["M1", "Jane"]],
      findings: [{ cell: "A1", messageId: "missingMany", message: "tblMilestones has no Milestone, Baseline Date columns" }],
    },
  ],
});
