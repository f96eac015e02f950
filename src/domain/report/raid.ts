/**
 * Risks and issues for the report: the five open ones with the highest Score, and the ones to
 * escalate. Score and "open" are read as the metrics read them (Probability × Impact of numeric
 * cells; any Status but Closed), so the escalations listed are the ones that turned Risk red.
 */
import { riskSeverity } from "../metrics/calc-columns";
import type { Settings } from "../settings";
import type { RaidLine, ReportScope } from "./model";
import { keyOf, numberOf, scopeRows, compareIds, type Registers } from "./rows";

export const TOP_RAID = 5;

type RaidSettings = Pick<Settings, "escalationScore" | "highRiskScore" | "mediumRiskScore">;

interface OpenItem {
  readonly line: RaidLine;
  readonly type: string;
}

function openItems(registers: Registers, scope: ReportScope, settings: RaidSettings): OpenItem[] {
  const out: OpenItem[] = [];
  for (const r of scopeRows(registers, "raid", "id", scope)) {
    if (keyOf(r, "status") === "closed") continue;
    const p = numberOf(r, "probability");
    const i = numberOf(r, "impact");
    const score = p !== null && i !== null ? p * i : null;
    out.push({
      type: keyOf(r, "type"),
      line: {
        id: r.textOf("id"),
        projectId: r.textOf("projectId"),
        type: r.textOf("type"),
        title: r.textOf("title"),
        owner: r.textOf("owner"),
        score,
        severity: riskSeverity(score, settings),
        response: r.textOf("response"),
        status: r.textOf("status"),
        escalated: keyOf(r, "escalated") === "yes",
      },
    });
  }
  return out;
}

/** Highest Score first; items without a Score last; then by ID. */
function byScore(a: RaidLine, b: RaidLine): number {
  return (b.score ?? -Infinity) - (a.score ?? -Infinity) || compareIds(a.id, b.id);
}

export function raidLines(registers: Registers, scope: ReportScope, settings: RaidSettings): { top: RaidLine[]; escalations: RaidLine[] } {
  const items = openItems(registers, scope, settings);
  const top = items
    .filter((x) => x.type === "risk" || x.type === "issue")
    .map((x) => x.line)
    .sort(byScore)
    .slice(0, TOP_RAID);
  const escalations = items
    .filter((x) => x.line.escalated || (x.type === "risk" && x.line.score !== null && x.line.score >= settings.escalationScore))
    .map((x) => x.line)
    .sort(byScore);
  return { top, escalations };
}
