/**
 * The one-line reason behind each RAG ("2 milestones overdue"). Each reason follows the same
 * tests, in the same order and with the same thresholds, as the colour in metrics/rag.ts, so
 * that the line always names what actually made the colour.
 */
import type { MetricValues, RagColour, RagKey, Rags } from "../metrics/definitions";
import type { Settings } from "../settings";
import { displayDays, displayPercent } from "./display";
import { AREA_NAMES, REASON_TEXT } from "./messages";

export type ReasonSettings = Pick<Settings, "redSlipDays" | "slipWarnDays" | "redCostVariance" | "amberCostVariance" | "highRiskScore" | "escalationScore">;

export interface ReasonInputs {
  readonly metrics: MetricValues;
  readonly rag: Rags;
  /** Open risks with a Score at or above the escalation score (what turns Risk red). */
  readonly escalated: number;
  /** The project's RAG Override when it is a colour. */
  readonly override: RagColour | null;
}

function scheduleReason(m: MetricValues, rag: RagColour | null, s: ReasonSettings): string {
  const overdue = m["Milestones Overdue"] ?? 0;
  const maxSlip = m["Max Slip Days"];
  if ((m["Milestones Total"] ?? 0) === 0) return REASON_TEXT.noMilestones;
  if (rag === "Red") {
    const parts: string[] = [];
    if (overdue >= 1) parts.push(REASON_TEXT.overdue(overdue));
    if (maxSlip !== null && maxSlip > s.redSlipDays) parts.push(REASON_TEXT.slipOverRed(displayDays(maxSlip), s.redSlipDays));
    return parts.join("; ");
  }
  if (rag === "Amber" && maxSlip !== null) return REASON_TEXT.slipOverWarn(displayDays(maxSlip), s.slipWarnDays);
  return REASON_TEXT.onSchedule(maxSlip !== null && maxSlip > 0 ? displayDays(maxSlip) : null);
}

function costReason(m: MetricValues, rag: RagColour | null, s: ReasonSettings): string {
  const cv = m["Cost Variance %"];
  if (cv === null || rag === null) return REASON_TEXT.noBudget;
  const pct = displayPercent(Math.abs(cv));
  if (rag === "Red") return REASON_TEXT.overBudgetRed(pct, displayPercent(s.redCostVariance, 0));
  if (rag === "Amber") return REASON_TEXT.overBudgetAmber(pct, displayPercent(s.amberCostVariance, 0));
  if (cv > 0) return REASON_TEXT.overBudgetGreen(pct, displayPercent(s.amberCostVariance, 0));
  return cv < 0 ? REASON_TEXT.withinBudget(pct) : REASON_TEXT.onBudget;
}

function riskReason(m: MetricValues, escalated: number, s: ReasonSettings): string {
  const high = m["High Risks"] ?? 0;
  const parts: string[] = [];
  if (escalated > 0) parts.push(REASON_TEXT.escalated(escalated, s.escalationScore));
  if (high >= 1 && (escalated === 0 || high >= 3)) parts.push(REASON_TEXT.highRisks(high, s.highRiskScore));
  return parts.length ? parts.join("; ") : REASON_TEXT.noHighRisks(m["Open Risks"] ?? 0);
}

/** The worst colour of the three areas, as Overall is when there is no override. */
function computedOverall(rag: Rags): RagColour {
  const held = [rag.schedule, rag.cost, rag.risk];
  return held.includes("Red") ? "Red" : held.includes("Amber") ? "Amber" : "Green";
}

export function ragReasons(input: ReasonInputs, s: ReasonSettings): Readonly<Record<RagKey, string>> {
  const { metrics: m, rag } = input;
  const schedule = scheduleReason(m, rag.schedule, s);
  const cost = costReason(m, rag.cost, s);
  const risk = riskReason(m, input.escalated, s);
  const byArea = { schedule, cost, risk } as const;
  const computed = computedOverall(rag);
  let overall: string;
  if (input.override && input.override === rag.overall) {
    overall = REASON_TEXT.override(input.override, computed);
  } else if (rag.overall === "Green" || rag.overall === null) {
    overall = REASON_TEXT.allGreen;
  } else {
    // The areas that set the overall colour, each with its own reason.
    const drivers = (["schedule", "cost", "risk"] as const).filter((k) => rag[k] === rag.overall);
    overall = drivers.map((k) => REASON_TEXT.area(AREA_NAMES[k], byArea[k])).join("; ");
  }
  return { overall, schedule, cost, risk };
}
