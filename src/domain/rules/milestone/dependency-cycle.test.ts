import { RuleTester } from "../rule-tester";
import { runCase } from "../rule-tester";
import rule from "./dependency-cycle";
import { MILESTONE_HEADER as H } from "../../../../test/validate/rule-fixtures";

const row = (id: string, preds: string | null) => [id, "P1", `Milestone ${id}`, "Jane", "2026-06-01", null, null, null, null, preds];

new RuleTester({ describe, it }).run(rule, {
  valid: [
    { name: "a chain", rows: [H, row("M1", null), row("M2", "M1"), row("M3", "M2")] },
    { name: "a diamond", rows: [H, row("M1", null), row("M2", "M1"), row("M3", "M1"), row("M4", "M2, M3")] },
  ],
  invalid: [
    {
      name: "a cycle of length 1",
      rows: [H, row("M1", "M1")],
      findings: [{ cell: "J2", messageId: "self", message: "M1 is its own predecessor" }],
    },
    {
      name: "a cycle of length 2: one finding per member",
      rows: [H, row("M1", "M2"), row("M2", "M1"), row("M3", "M2")],
      findings: [
        { cell: "J2", message: "M1 is on a dependency cycle of 2 milestones: M1, M2" },
        { cell: "J3", message: "M2 is on a dependency cycle of 2 milestones: M1, M2" },
      ],
    },
    {
      name: "a longer cycle is named by its first members",
      rows: [H, ...Array.from({ length: 8 }, (_v, i) => row(`M${i + 1}`, `M${((i + 7) % 8) + 1}`))],
      findings: Array.from({ length: 8 }, (_v, i) => ({ cell: `J${i + 2}`, message: `M${i + 1} is on a dependency cycle of 8 milestones: M1, M2, M3, M4, M5, M6 and 2 more` })),
    },
  ],
});

describe("milestone/dependency-cycle on long chains", () => {
  const n = 50_000;
  it(`handles a chain of ${n} without recursion, and its closing link`, () => {
    const chain = Array.from({ length: n }, (_v, i) => row(`M${i + 1}`, i ? `M${i}` : null));
    expect(runCase(rule, { rows: [H, ...chain] })).toEqual([]);
    chain[0] = row("M1", `M${n}`);
    const found = runCase(rule, { rows: [H, ...chain] });
    expect(found).toHaveLength(n);
    expect(found[0]!.message).toBe(`M1 is on a dependency cycle of ${n} milestones: M1, M2, M3, M4, M5, M6 and ${n - 6} more`);
  });
});
