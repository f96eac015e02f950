/**
 * The milestones a manager has to look at: overdue (due before As Of), slipped (forecast more
 * than `slipWarnDays` past baseline) and due within `lookaheadDays`. Complete and cancelled
 * milestones are done with and left out; a milestone that is both overdue and slipped is listed
 * once, as overdue.
 */
import { addDays, type Iso } from "../dates";
import { slipDays } from "../metrics/calc-columns";
import type { Settings } from "../settings";
import { MILESTONE_STATES } from "./messages";
import type { MilestoneLine, MilestoneState, ReportScope } from "./model";
import { dateOf, keyOf, scopeRows, compareIds, compareText, type Registers } from "./rows";

export function milestoneLines(registers: Registers, scope: ReportScope, settings: Pick<Settings, "slipWarnDays" | "lookaheadDays">, asOf: Iso): MilestoneLine[] {
  const horizon = addDays(asOf, settings.lookaheadDays);
  const lines: (MilestoneLine & { due: Iso | null })[] = [];
  for (const r of scopeRows(registers, "milestones", "milestoneId", scope)) {
    const status = keyOf(r, "status");
    if (status === "complete" || status === "cancelled") continue;
    const baseline = dateOf(r, "baselineDate");
    const forecast = dateOf(r, "forecastDate");
    const due = forecast ?? baseline;
    const variance = slipDays(baseline, forecast, dateOf(r, "actualDate"));
    // Overdue needs a baseline, as the Schedule State column and the Milestones Overdue metric do.
    const state: MilestoneState | null =
      baseline !== null && due !== null && due < asOf
        ? "Overdue"
        : variance !== null && variance > settings.slipWarnDays
          ? "Slipped"
          : due !== null && due <= horizon
            ? "Due soon"
            : null;
    if (!state) continue;
    lines.push({
      state,
      id: r.textOf("milestoneId"),
      projectId: r.textOf("projectId"),
      title: r.textOf("milestone"),
      owner: r.textOf("owner"),
      status: r.textOf("status"),
      baseline,
      forecast,
      varianceDays: variance,
      due,
    });
  }
  const rank = (s: MilestoneState) => MILESTONE_STATES.indexOf(s);
  lines.sort((a, b) => rank(a.state) - rank(b.state) || compareText(a.due ?? "", b.due ?? "") || compareIds(a.id, b.id));
  return lines.map(({ due: _due, ...line }) => line);
}
