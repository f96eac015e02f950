import { defineRule } from "../rule";
import { listOf } from "../rows";
import { holderCount, holders, raciMatrix } from "./matrix";

export default defineRule({
  meta: {
    id: "raci/too-many-consulted",
    register: "raci",
    severity: "warning",
    docs: {
      description: "An activity consults at most Max Consulted (4) people.",
      why: "Every C is a two-way conversation before the work moves; too many turn an activity into a committee.",
    },
    messages: {
      tooMany: '{{count}} consulted on "{{activity}}" (more than {{max}}): {{people}}',
    },
  },
  check(ctx, report) {
    const max = ctx.settings.maxConsulted;
    const out = [];
    const activities = raciMatrix(ctx).activities;
    for (let n = 0; n < activities.length; n++) {
      const a = activities[n]!;
      if (holderCount(a, "C") <= max) continue;
      const consulted = holders(a, "C");
      out.push(report("tooMany", a.nameCell, a.key, { count: consulted.length, activity: a.name || a.key, max, people: listOf(consulted, 10) }));
    }
    return out;
  },
});
