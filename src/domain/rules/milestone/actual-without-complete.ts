import { defineRule } from "../rule";
import { schedule } from "./schedule";

export default defineRule({
  meta: {
    id: "milestone/actual-without-complete",
    register: "milestones",
    severity: "warning",
    docs: {
      description: "A milestone with an Actual Date has status Complete (or no status yet).",
      why: "An actual date says the milestone was met while the status says it was not: one of them is wrong, and the report will show both.",
    },
    messages: {
      notComplete: "Actual Date {{actual}} is set but status is {{status}}",
    },
  },
  check(ctx, report) {
    const out = [];
    const milestones = schedule(ctx).milestones;
    for (let n = 0; n < milestones.length; n++) {
      const m = milestones[n]!;
      if (!m.actual || !m.statusText || m.status === "Complete") continue;
      out.push(report("notComplete", m.cell("status")!, m.key, { actual: m.actual, status: m.statusText }));
    }
    return out;
  },
});
