import { cellText } from "../../cell";
import { defineRule } from "../rule";
import { DATE_KEYS, schedule } from "./schedule";

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
    const out = [];
    const milestones = schedule(ctx).milestones;
    for (let n = 0; n < milestones.length; n++) {
      const m = milestones[n]!;
      if (!m.anyDateInvalid) continue;
      for (const [field, column] of columns) {
        if (!m.dateInvalid(field)) continue;
        const key = DATE_KEYS[field];
        out.push(report("notADate", m.cell(key)!, m.key, { column, value: cellText(m.raw(key)) }));
      }
    }
    return out;
  },
});
