import { RuleTester } from "../rule-tester";
import rule from "./overdue";

const H = ["Action ID", "Project ID", "Meeting ID", "Action", "Owner", "Raised Date", "Due Date", "Status"];
const asOf = "2026-04-15";

new RuleTester({ describe, it }).run(rule, {
  valid: [{ name: "due today, done or cancelled", asOf, rows: [H, ["A1", "P1", null, "Book rooms", "Jane", null, "2026-04-15", "Open"], ["A2", "P1", null, "Send plan", "Jane", null, "2026-04-01", "Done"], ["A3", "P1", null, "Chase", "Jane", null, "2026-04-01", "Cancelled"]] }],
  invalid: [{ name: "open and past due", asOf, rows: [H, ["A1", "P1", null, "Book rooms", "Jane", null, "2026-04-14", "In Progress"]], findings: [{ cell: "G2", message: "due 2026-04-14 is before the as-of date 2026-04-15; status In Progress", key: "A1" }] }],
});
