import { RuleTester } from "../rule-tester";
import rule from "./invalid-date";
import { MILESTONE_HEADER as H } from "../../../../test/validate/rule-fixtures";

new RuleTester({ describe, it }).run(rule, {
  valid: [
    { name: "ISO, d/m/y, d.m.y and month-name text dates", rows: [H, ["M1", "P1", "A", "Jane", "2026-03-01", "15/03/2026", "15.03.2026"], ["M2", "P1", "B", "Jane", "15 Mar 2026", "Mar 16, 2026", null]] },
    { name: "serials of the 1904 date system", date1904: true, formats: { "Baseline Date": "dd-mmm-yyyy" }, rows: [H, ["M1", "P1", "A", "Jane", 44620]] },
    { name: "TBD and n/a mean no date yet", rows: [H, ["M1", "P1", "A", "Jane", "2026-03-01", "TBD", "n/a"]] },
  ],
  invalid: [
    {
      name: "text that is no date, and an impossible day",
      rows: [H, ["M1", "P1", "A", "Jane", "2026-03-01", "next week", "31.02.2026"]],
      findings: [
        { cell: "F2", message: 'Forecast Date "next week" is not a date', key: "M1" },
        { cell: "G2", message: 'Actual Date "31.02.2026" is not a date' },
      ],
    },
    {
      name: "a number that is no plausible date",
      rows: [H, ["M1", "P1", "A", "Jane", 17]],
      findings: [{ cell: "E2", messageId: "notADate" }],
    },
  ],
});
