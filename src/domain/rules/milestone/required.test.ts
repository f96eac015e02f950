import { RuleTester } from "../rule-tester";
import rule from "./required";
import { MILESTONE_HEADER as H } from "../../../../test/validate/rule-fixtures";

new RuleTester({ describe, it }).run(rule, {
  valid: [
    { name: "ID, name and baseline", rows: [H, ["M1", "P1", "Kick-off", "Jane", "2026-03-01", null, null, null, "Not Started", null]] },
    { name: "a blank row between milestones is no milestone", rows: [H, ["M1", "P1", "Kick-off", "Jane", "2026-03-01"], [], ["M2", "P1", "Go-live", "Jane", "2026-05-01"]] },
    { name: "a row with only calculated values is no milestone", rows: [[...H, "Slip Days", "Schedule State"], [null, null, null, null, null, null, null, null, null, null, 0, "On Track"]] },
    { name: "a structured register's missing column is register/missing-column's", rows: [["Milestone ID", "Milestone"], ["M1", "Kick-off"]] },
  ],
  invalid: [
    {
      name: "each missing value at its cell",
      rows: [H, ["", "P1", "Kick-off", "Jane", "2026-03-01"], ["M2", "P1", "  ", "Jane", null]],
      findings: [
        { cell: "A2", messageId: "blank", message: "Milestone ID is empty", key: "Kick-off" },
        { cell: "C3", message: "Milestone is empty", key: "M2" },
        { cell: "E3", message: "Baseline Date is empty" },
      ],
    },
    {
      name: "a detected table without a baseline column: one finding on the header row",
      structured: false,
      anchor: "B4",
      rows: [["Milestone ID", "Milestone", "Owner"], ["M1", "Kick-off", "Jane"]],
      findings: [{ cell: "B4", messageId: "noColumn", message: "the table has no Baseline Date column" }],
    },
  ],
});
