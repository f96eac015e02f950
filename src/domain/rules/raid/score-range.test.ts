import { RuleTester } from "../rule-tester";
import rule from "./score-range";
import { RAID_HEADER as H, raidItem as item } from "../../../../test/validate/rule-fixtures";

new RuleTester({ describe, it }).run(rule, {
  valid: [{ name: "1–5, words and blanks", rows: [H, item("R1", { p: 1, i: 5 }), item("R2", { p: "Very High", i: "low" }), item("R3", {})] }],
  invalid: [
    {
      name: "0, 6 and a word off the scale",
      rows: [H, item("R1", { p: 0, i: 6 }), item("R2", { p: "Huge", i: 3 })],
      findings: [
        { cell: "H2", message: 'Probability "0" is not on the 1–5 scale' },
        { cell: "I2", message: 'Impact "6" is not on the 1–5 scale' },
        { cell: "H3", message: 'Probability "Huge" is not on the 1–5 scale' },
      ],
    },
  ],
});
