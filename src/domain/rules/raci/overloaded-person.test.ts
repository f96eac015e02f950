import { RuleTester } from "../rule-tester";
import rule from "./overloaded-person";

const header = ["Activity ID", "Project ID", "Activity", "Jane", "Tom"];
const matrix = (project: string, janeA: number, n: number) =>
  Array.from({ length: n }, (_v, i) => [`${project}-${i + 1}`, project, `Activity ${i + 1}`, i < janeA ? "A" : "R", i < janeA ? "R" : "A"]);

new RuleTester({ describe, it }).run(rule, {
  valid: [
    { name: "half of six is not more than half", rows: [header, ...matrix("P1", 3, 6)] },
    { name: "too few activities to judge", rows: [header, ...matrix("P1", 5, 5)] },
    { name: "a higher share allowed in Settings", settings: { maxAccountableShare: 0.8 }, rows: [header, ...matrix("P1", 4, 6)] },
  ],
  invalid: [
    {
      name: "four of six",
      rows: [header, ...matrix("P1", 4, 6)],
      findings: [{ cell: "D1", message: "Jane is accountable for 4 of 6 activities in P1 (more than 50%)", key: "Jane" }],
    },
    {
      name: "one finding per person over every matrix",
      rows: [header, ...matrix("P1", 5, 6), ...matrix("P2", 6, 7)],
      findings: [{ cell: "D1", message: "Jane is accountable for 5 of 6 activities in P1, 6 of 7 activities in P2 (more than 50%)" }],
    },
  ],
});
