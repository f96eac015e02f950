/** Decisions waiting to be taken: status Proposed, the earliest dated first. */
import type { DecisionLine, ReportScope } from "./model";
import { dateOf, keyOf, scopeRows, compareIds, compareText, type Registers } from "./rows";

export function decisionLines(registers: Registers, scope: ReportScope): DecisionLine[] {
  const out: DecisionLine[] = [];
  for (const r of scopeRows(registers, "decisions", "decisionId", scope)) {
    if (keyOf(r, "status") !== "proposed") continue;
    out.push({
      id: r.textOf("decisionId"),
      projectId: r.textOf("projectId"),
      decision: r.textOf("decision"),
      owner: r.textOf("decidedBy"),
      date: dateOf(r, "decisionDate"),
      meetingId: r.textOf("meetingId"),
    });
  }
  return out.sort((a, b) => compareText(a.date ?? "9999", b.date ?? "9999") || compareIds(a.id, b.id));
}
