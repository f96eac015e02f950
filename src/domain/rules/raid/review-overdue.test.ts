import { RuleTester } from "../rule-tester";
import rule from "./review-overdue";
import { RAID_HEADER as H, raidItem as item } from "../../../../test/validate/rule-fixtures";

const asOf = "2026-04-15";

new RuleTester({ describe, it }).run(rule, {
  valid: [{ name: "review due today, or closed", asOf, rows: [H, item("R1", { review: "2026-04-15" }), item("R2", { review: "2026-01-01", status: "Closed" })] }],
  invalid: [{ name: "review date passed", asOf, rows: [H, item("R1", { review: "14/04/2026" })], findings: [{ cell: "N2", message: "Review Date 2026-04-14 is before the as-of date 2026-04-15" }] }],
});
