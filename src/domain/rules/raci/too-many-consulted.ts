import { defineRule } from "../rule";
import { listOf } from "../rows";
import { holders, raciMatrix } from "./matrix";

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
    return raciMatrix(ctx).activities.flatMap((a) => {
      const consulted = holders(a, "C");
      return consulted.length > max
        ? [report("tooMany", a.nameCell, a.key, { count: consulted.length, activity: a.name || a.key, max, people: listOf(consulted, 10) })]
        : [];
    });
  },
});
