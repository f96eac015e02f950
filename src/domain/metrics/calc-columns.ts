/**
 * Formulas of the registers' calculated columns, with structured references to the row
 * ([@Column]) and defined names for the thresholds, so that a workbook opened without the
 * add-in computes them itself. The JS twins below are the reference the tests compare with.
 */
import type { CalcKey } from "../registers/types";
import type { Settings } from "../settings";
import { daysBetween, type Iso } from "../dates";

/** Excel formula text (with "=") for each calc column. */
export const CALC_FORMULAS: Readonly<Record<CalcKey, string>> = {
  // A milestone's date is Actual, else Forecast, else Baseline; slip is that minus Baseline.
  slipDays:
    '=IF(ISNUMBER([@[Baseline Date]]),IF(ISNUMBER([@[Actual Date]]),[@[Actual Date]],IF(ISNUMBER([@[Forecast Date]]),[@[Forecast Date]],[@[Baseline Date]]))-[@[Baseline Date]],"")',
  scheduleState:
    '=IF([@Status]="Cancelled","Cancelled",IF([@Status]="Complete","Complete",IF(AND(ISNUMBER([@[Baseline Date]]),IF(ISNUMBER([@[Forecast Date]]),[@[Forecast Date]],[@[Baseline Date]])<PMO_AsOf),"Overdue",IF(AND(ISNUMBER([@[Slip Days]]),N([@[Slip Days]])>0),"Late","On Track"))))',
  score: '=IF(AND(ISNUMBER([@Probability]),ISNUMBER([@Impact])),[@Probability]*[@Impact],"")',
  severity:
    '=IF(ISNUMBER([@Score]),IF([@Score]>=PMO_EscalationScore,"Critical",IF([@Score]>=PMO_HighRiskScore,"High",IF([@Score]>=PMO_MediumRiskScore,"Medium","Low"))),"")',
};

export function slipDays(baseline: Iso | null, forecast: Iso | null, actual: Iso | null): number | null {
  if (!baseline) return null;
  return daysBetween(baseline, actual ?? forecast ?? baseline);
}

export type ScheduleState = "Complete" | "Overdue" | "Late" | "On Track" | "Cancelled";

export function scheduleState(
  status: string | null,
  baseline: Iso | null,
  forecast: Iso | null,
  actual: Iso | null,
  asOf: Iso,
): ScheduleState {
  if (status === "Cancelled") return "Cancelled";
  if (status === "Complete") return "Complete";
  const due = forecast ?? baseline;
  if (baseline && due && due < asOf) return "Overdue";
  const slip = slipDays(baseline, forecast, actual);
  if (slip !== null && slip > 0) return "Late";
  return "On Track";
}

export function riskScore(probability: number | null, impact: number | null): number | null {
  return probability === null || impact === null ? null : probability * impact;
}

export type RiskSeverity = "Low" | "Medium" | "High" | "Critical";

export function riskSeverity(score: number | null, s: Pick<Settings, "escalationScore" | "highRiskScore" | "mediumRiskScore">): RiskSeverity | null {
  if (score === null) return null;
  if (score >= s.escalationScore) return "Critical";
  if (score >= s.highRiskScore) return "High";
  if (score >= s.mediumRiskScore) return "Medium";
  return "Low";
}
