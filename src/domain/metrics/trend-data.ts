/**
 * The small grids the trend charts draw from (the Trends sheet): the portfolio trend by As Of,
 * the Overall RAG distribution by As Of, and the Milestone Trend Analysis grid (report dates
 * down, one column per milestone, its forecast date in each cell). Cells are formulas over the
 * history tables; the JS twins give the values they must show.
 */
import type { Iso } from "../dates";
import { register } from "../registers/catalogue";
import type { MetricName } from "./definitions";
import type { MilestoneHistoryFact, StatusHistoryFact } from "./inputs";
import { tableColumn } from "./structured-ref";
import { key } from "./text-match";

const SH = register("statusHistory").table;
const MH = register("milestoneHistory").table;
const sh = (h: string) => tableColumn(SH, h);
const mh = (h: string) => tableColumn(MH, h);

/** The metrics of the portfolio trend chart (metrics.md). */
export const PORTFOLIO_TREND_METRICS: readonly MetricName[] = ["Open Risks", "High Risks", "Milestones Overdue"];
export const RAG_SERIES = ["Red", "Amber", "Green"] as const;
/** Lines of the MTA chart: more than this and the chart is unreadable; the MTA pivot has all. */
export const MTA_MAX_LINES = 10;

/** Distinct dates, oldest first. */
export function historyDates(dates: readonly (Iso | null)[]): Iso[] {
  return [...new Set(dates.filter((d): d is Iso => d !== null))].sort();
}

export function portfolioTrendFormula(metric: MetricName, dateCell: string): string {
  return `=SUMIFS(${sh(metric)},${sh("As Of")},${dateCell})`;
}
export function portfolioTrendValue(history: readonly StatusHistoryFact[], metric: MetricName, date: Iso): number {
  return history.filter((h) => h.asOf === date).reduce((s, h) => s + (h.values[metric] ?? 0), 0);
}

export function ragCountFormula(rag: string, dateCell: string): string {
  return `=COUNTIFS(${sh("As Of")},${dateCell},${sh("Overall RAG")},"${rag}")`;
}
export function ragCountValue(history: readonly StatusHistoryFact[], rag: string, date: Iso): number {
  return history.filter((h) => h.asOf === date && h.rags["Overall RAG"] === rag.toLowerCase()).length;
}

/**
 * A milestone's MTA point at a report date: its forecast date then, else its baseline; #N/A
 * (a gap in the line, where "" would plot as zero) when the snapshot does not have it.
 */
export function mtaFormula(dateCell: string, idCell: string): string {
  const at = `${mh("As Of")},${dateCell},${mh("Milestone ID")},${idCell}`;
  return `=IF(COUNTIFS(${at})=0,NA(),IF(COUNTIFS(${at},${mh("Forecast Date")},">0")>0,MAXIFS(${mh("Forecast Date")},${at}),MAXIFS(${mh("Baseline Date")},${at})))`;
}
/** ISO date of the point, or null for #N/A. */
export function mtaValue(history: readonly MilestoneHistoryFact[], milestoneId: string, date: Iso): Iso | null {
  const rows = history.filter((h) => h.asOf === date && key(h.milestoneId) === milestoneId.toLowerCase());
  if (!rows.length) return null;
  const forecasts = rows.map((r) => r.forecast).filter((d): d is Iso => d !== null).sort();
  if (forecasts.length) return forecasts[forecasts.length - 1]!;
  const baselines = rows.map((r) => r.baseline).filter((d): d is Iso => d !== null).sort();
  return baselines.length ? baselines[baselines.length - 1]! : null;
}

/**
 * The milestones the MTA chart draws: those whose forecast moved most over the snapshots (a
 * flat line says nothing), cancelled ones left out, ties by id; at most MTA_MAX_LINES.
 */
export function mtaMilestones(history: readonly MilestoneHistoryFact[]): string[] {
  const span = new Map<string, { id: string; min: Iso; max: Iso; cancelled: boolean }>();
  for (const h of history) {
    if (!h.milestoneId) continue;
    const d = h.forecast ?? h.baseline;
    const k = h.milestoneId.toLowerCase();
    const s = span.get(k) ?? { id: h.milestoneId, min: d ?? "9999-12-31", max: d ?? "0000-01-01", cancelled: false };
    if (d && d < s.min) s.min = d;
    if (d && d > s.max) s.max = d;
    if (h.status.toLowerCase() === "cancelled") s.cancelled = true;
    span.set(k, s);
  }
  const moved = (s: { min: Iso; max: Iso }) => (s.max >= s.min ? Date.parse(s.max) - Date.parse(s.min) : 0);
  return [...span.values()]
    .filter((s) => !s.cancelled)
    .sort((a, b) => moved(b) - moved(a) || a.id.localeCompare(b.id))
    .slice(0, MTA_MAX_LINES)
    .map((s) => s.id)
    .sort((a, b) => a.localeCompare(b));
}
