import { defineRule } from "../rule";
import { listOf } from "../rows";
import { cycles, schedule } from "./schedule";

export default defineRule({
  meta: {
    id: "milestone/dependency-cycle",
    register: "milestones",
    severity: "error",
    docs: {
      description: "No milestone depends, directly or through others, on itself.",
      why: "A cycle of predecessors can never start: every milestone on it waits for another one on it.",
    },
    messages: {
      self: "{{id}} is its own predecessor",
      cycle: "{{id}} is on a dependency cycle of {{count}} milestones: {{members}}",
    },
  },
  check(ctx, report) {
    const { milestones } = schedule(ctx);
    const found = cycles(ctx);
    // One label per cycle: a long cycle would otherwise cost its length for every member.
    const labels = new Map<readonly number[], string>();
    const out = [];
    for (const [i, component] of found) {
      const m = milestones[i]!;
      const cell = m.cell("predecessors")!;
      if (component.length === 1) {
        out.push(report("self", cell, m.key, { id: m.id || m.key }));
        continue;
      }
      let members = labels.get(component);
      if (members === undefined) {
        members = listOf(component.slice(0, 6).map((j) => milestones[j]!.id || milestones[j]!.key), 6, component.length);
        labels.set(component, members);
      }
      out.push(report("cycle", cell, m.key, { id: m.id || m.key, count: component.length, members }));
    }
    return out;
  },
});
