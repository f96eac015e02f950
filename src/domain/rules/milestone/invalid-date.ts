import { cellText } from "../../cell";
import { defineRule } from "../rule";
import { schedule } from "./schedule";

export default defineRule({
  meta: {
    id: "milestone/invalid-date",
    register: "milestones",
    severity: "error",
    docs: {
      description: "Baseline, Forecast and Actual Date cells hold dates (real dates, serials or text such as 2026-03-15, 15/03/2026, 15 Mar 2026).",
      why: "A date that is not a date is silently left out of every schedule check and metric.",
    },
    messages: {
      notADate: '{{column}} "{{value}}" is not a date',
    },
  },
  check(ctx, report) {
    const columns = [
      ["baseline", "Baseline Date"],
      ["forecast", "Forecast Date"],
      ["actual", "Actual Date"],
    ] as const;
    return schedule(ctx).milestones.flatMap((m) =>
      columns.flatMap(([field, column]) => {
        const f = m[field];
        return f.invalid && f.cell ? [report("notADate", f.cell, m.key, { column, value: cellText(f.raw) })] : [];
      }),
    );
  },
});
