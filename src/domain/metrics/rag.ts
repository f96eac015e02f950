/**
 * RAG statuses of metrics.md, every threshold a setting. The JS reference here; the formula text
 * that computes the same on the Metrics sheet is in sheet-formulas.ts.
 */
import type { CellValue } from "../cell";
import type { Settings } from "../settings";
import type { MetricValues, RagColour, Rags } from "./definitions";
import { RAG_RANK } from "./definitions";
import { key } from "./text-match";

type RagSettings = Pick<Settings, "redSlipDays" | "slipWarnDays" | "redCostVariance" | "amberCostVariance">;

export function scheduleRag(m: MetricValues, s: RagSettings): RagColour {
  // A blank Max Slip (no dated milestones) reads as 0, as N() does in the formula.
  const maxSlip = m["Max Slip Days"] ?? 0;
  if ((m["Milestones Overdue"] ?? 0) >= 1 || maxSlip > s.redSlipDays) return "Red";
  if (maxSlip > s.slipWarnDays) return "Amber";
  return "Green";
}

export function costRag(m: MetricValues, s: RagSettings): RagColour | null {
  const cv = m["Cost Variance %"];
  if (cv === null) return null;
  if (cv > s.redCostVariance) return "Red";
  if (cv > s.amberCostVariance) return "Amber";
  return "Green";
}

/** `escalated`: open risks with a Score at or above the escalation score. */
export function riskRag(m: MetricValues, escalated: number): RagColour {
  const high = m["High Risks"] ?? 0;
  if (escalated > 0 || high >= 3) return "Red";
  if (high >= 1) return "Amber";
  return "Green";
}

export function worstRag(rags: readonly (RagColour | null)[]): RagColour {
  let worst: RagColour = "Green";
  for (const r of rags) if (r && RAG_RANK[r] < RAG_RANK[worst]) worst = r;
  return worst;
}

/** A RAG Override counts only when it is exactly Red, Amber or Green (any case), as MATCH reads it. */
export function ragOverride(v: CellValue): RagColour | null {
  const k = key(v);
  return k === "red" ? "Red" : k === "amber" ? "Amber" : k === "green" ? "Green" : null;
}

export function rags(m: MetricValues, escalated: number, override: CellValue, s: RagSettings): Rags {
  const schedule = scheduleRag(m, s);
  const cost = costRag(m, s);
  const risk = riskRag(m, escalated);
  return { schedule, cost, risk, overall: ragOverride(override) ?? worstRag([schedule, cost, risk]) };
}
