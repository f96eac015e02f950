import { RuleTester } from "../rule-tester";
import rule from "./unknown-dependency";
import { MILESTONE_HEADER as H } from "../../../../test/validate/rule-fixtures";

const row = (id: string, preds: string | null) => [id, "P1", `Milestone ${id}`, "Jane", "2026-06-01", null, null, null, null, preds];

new RuleTester({ describe, it }).run(rule, {
  valid: [
    { name: "known predecessors, any case, ; or , separated", rows: [H, row("M1", null), row("M2", "m1"), row("M3", "M1; M2")] },
    { name: "scheduling suffixes such as 1FS", rows: [H, row("1", null), row("2", "1FS"), row("3", "2fs+2d, 1SS")] },
  ],
  invalid: [
    {
      name: "one unknown",
      rows: [H, row("M1", null), row("M2", "M1, M9")],
      findings: [{ cell: "J3", messageId: "unknown", message: "predecessor M9 is not a milestone ID" }],
    },
    {
      name: "several unknown",
      rows: [H, row("M1", "X1;X2")],
      findings: [{ cell: "J2", messageId: "unknownMany", message: "predecessors X1, X2 are not milestone IDs" }],
    },
  ],
});
