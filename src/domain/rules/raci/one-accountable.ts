import { defineRule } from "../rule";
import { listOf } from "../rows";
import { holders, raciMatrix } from "./matrix";

export default defineRule({
  meta: {
    id: "raci/one-accountable",
    register: "raci",
    severity: "error",
    docs: {
      description: "Every activity has exactly one A (Accountable).",
      why: "With no one accountable nobody signs the work off; with two, each waits for the other and decisions stall.",
    },
    messages: {
      none: 'no one is accountable (A) for "{{activity}}"',
      many: "{{count}} accountable: {{people}}",
    },
  },
  check(ctx, report) {
    return raciMatrix(ctx).activities.flatMap((a) => {
      const accountable = holders(a, "A");
      if (accountable.length === 1) return [];
      return accountable.length === 0
        ? [report("none", a.nameCell, a.key, { activity: a.name || a.key })]
        : [report("many", a.nameCell, a.key, { count: accountable.length, people: listOf(accountable) })];
    });
  },
});
