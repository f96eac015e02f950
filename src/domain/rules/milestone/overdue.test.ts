import { RuleTester } from "../rule-tester";
import rule from "./overdue";
import { MILESTONE_HEADER as H } from "../../../../test/validate/rule-fixtures";

const asOf = "2026-04-15";

new RuleTester({ describe, it }).run(rule, {
  valid: [
    { name: "due on the as-of date", asOf, rows: [H, ["M1", "P1", "A", "Jane", "2026-04-15", null, null, 50, "In Progress"]] },
    { name: "late baseline but a later forecast", asOf, rows: [H, ["M1", "P1", "A", "Jane", "2026-04-01", "2026-04-20", null, 50, "In Progress"]] },
    { name: "complete and cancelled milestones are not overdue", asOf, rows: [H, ["M1", "P1", "A", "Jane", "2026-04-01", null, "2026-04-02", 100, "Complete"], ["M2", "P1", "B", "Jane", "2026-04-01", null, null, 0, "Cancelled"]] },
  ],
  invalid: [
    {
      name: "forecast before as-of points at the forecast",
      asOf,
      rows: [H, ["M1", "P1", "A", "Jane", "2026-04-01", "2026-04-10", null, 50, "In Progress"]],
      findings: [{ cell: "F2", message: "due 2026-04-10 (forecast) is before the as-of date 2026-04-15; status In Progress" }],
    },
    {
      name: "no forecast points at the baseline; a blank status is open",
      asOf,
      rows: [H, ["M1", "P1", "A", "Jane", "2026-04-01"]],
      findings: [{ cell: "E2", message: "due 2026-04-01 (baseline) is before the as-of date 2026-04-15; status blank" }],
    },
  ],
});
