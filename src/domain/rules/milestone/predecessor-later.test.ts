import { RuleTester } from "../rule-tester";
import rule from "./predecessor-later";
import { MILESTONE_HEADER as H } from "../../../../test/validate/rule-fixtures";

const row = (id: string, baseline: string, forecast: string | null, preds: string | null, actual: string | null = null) => [id, "P1", `Milestone ${id}`, "Jane", baseline, forecast, actual, null, null, preds];

new RuleTester({ describe, it }).run(rule, {
  valid: [
    { name: "predecessor before", rows: [H, row("M1", "2026-06-01", null, null), row("M2", "2026-06-30", null, "M1")] },
    { name: "the same day is fine", rows: [H, row("M1", "2026-06-30", null, null), row("M2", "2026-06-30", null, "M1")] },
    { name: "a cycle is dependency-cycle's finding", rows: [H, row("M1", "2026-06-01", null, "M2"), row("M2", "2026-06-30", null, "M1")] },
  ],
  invalid: [
    {
      name: "forecast before the predecessor's forecast",
      rows: [H, row("M1", "2026-06-01", "2026-06-30", null), row("M2", "2026-06-20", "2026-06-25", "M1")],
      findings: [{ cell: "J3", message: "forecast 2026-06-25 is before 2026-06-30, the forecast date of predecessor M1" }],
    },
    {
      name: "names the latest of several predecessors",
      rows: [H, row("M1", "2026-07-01", null, null), row("M2", "2026-06-01", null, null, "2026-07-05"), row("M3", "2026-06-15", null, "M1, M2")],
      findings: [{ cell: "J4", message: "baseline 2026-06-15 is before 2026-07-05, the actual date of predecessor M2" }],
    },
  ],
});
