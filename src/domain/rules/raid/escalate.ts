import { defineRule } from "../rule";
import { rowCell } from "../rows";
import { raidItems } from "./items";

export default defineRule({
  meta: {
    id: "raid/escalate",
    register: "raid",
    severity: "info",
    docs: {
      description: "An open risk with a Score at or above Escalation Score (20) is marked Escalated = Yes.",
      why: "Risks this large are beyond the project's authority: the PMO lead must know about them.",
    },
    messages: {
      escalate: "Score {{score}} (at least {{threshold}}): escalate to the PMO lead (Escalated is {{escalated}})",
    },
  },
  check(ctx, report) {
    const threshold = ctx.settings.escalationScore;
    const out = [];
    const items = raidItems(ctx);
    for (let n = 0; n < items.length; n++) {
      const item = items[n]!;
      if (!item.isRisk || !item.open || item.score === null || item.score < threshold) continue;
      const escalated = item.row.readEnum("escalated", "Yes No");
      if (escalated.ok && escalated.value === "Yes") continue;
      out.push(report("escalate", rowCell(item.row, "escalated", "score", "id"), item.key, { score: item.score, threshold, escalated: item.row.textOf("escalated") || "blank" }));
    }
    return out;
  },
});
