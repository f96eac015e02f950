import { RuleTester } from "../rule-tester";
import rule from "./empty-activity";

const header = ["Activity ID", "Activity", "Jane", "Tom"];

new RuleTester({ describe, it }).run(rule, {
  valid: [
    { name: "named activities", rows: [header, ["1", "Design", "A", "R"]] },
    { name: "a blank row with no codes", rows: [header, ["1", "Design", "A", "R"], ["2", "", "", "-"]] },
  ],
  invalid: [
    {
      name: "codes without a name",
      rows: [header, ["1", "Design", "A", "R"], ["2", "", "A", "R/C"]],
      findings: [{ cell: "B3", message: "codes on row 3 but no activity name (A Jane, R/C Tom)", key: "2" }],
    },
  ],
});
