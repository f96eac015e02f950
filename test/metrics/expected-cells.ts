/**
 * What every cell of the Metrics and Trends sheets must show after a spreadsheet engine
 * recalculates them: the JS reference values laid out like the sheets, and a comparison that
 * lists each cell that differs. Numbers compare with a tolerance, because LibreOffice saves
 * 15 significant digits and rounds differences of nearly equal numbers to 0.
 */
import { colName } from "../../src/domain/a1";
import { isCellError, type CellValue } from "../../src/domain/cell";
import { isoToSerial, serialToIso } from "../../src/domain/dates";
import type { MetricsEvaluation, ScopeEvaluation } from "../../src/domain/metrics/evaluate";
import type { MetricInputs } from "../../src/domain/metrics/inputs";
import { metricsColumns, PORTFOLIO } from "../../src/domain/metrics/sheet-layout";
import { historyDates, mtaMilestones, mtaValue, portfolioTrendValue, PORTFOLIO_TREND_METRICS, ragCountValue, RAG_SERIES } from "../../src/domain/metrics/trend-data";
import type { WorkbookSnapshot } from "../../src/plan/snapshot";
import { findSheet } from "../../src/plan/snapshot";

export type Expected = number | string | null | { readonly date: string } | { readonly error: "#N/A" };

function scopeCells(e: ScopeEvaluation, id: string): Expected[] {
  return metricsColumns().map((c): Expected => {
    switch (c.kind) {
      case "project":
        return id;
      case "metric":
        return e.metrics[c.metric];
      case "rag":
        return e.rag[c.rag];
      case "previous":
        return e.trend.previousAsOf ? { date: e.trend.previousAsOf } : null;
      case "delta":
        return e.trend.metrics[c.metric].delta;
      case "arrow":
        return e.trend.metrics[c.metric].arrow;
      case "ragTrend":
        return e.trend.rag[c.rag];
    }
  });
}

export function expectedMetricsSheet(ev: MetricsEvaluation): Expected[][] {
  return [...ev.projects.map((p) => scopeCells(p, p.projectId)), scopeCells(ev.portfolio, PORTFOLIO)];
}

const TOL = 1e-9;

function same(actual: CellValue, expected: Expected, date1904: boolean): boolean {
  if (expected === null) return actual === null || actual === "";
  if (typeof expected === "number") return typeof actual === "number" && Math.abs(actual - expected) <= TOL * Math.max(1, Math.abs(expected));
  if (typeof expected === "string") return actual === expected;
  if ("error" in expected) return isCellError(actual) && actual.error === expected.error;
  return typeof actual === "number" && serialToIso(actual, date1904) === expected.date;
}

export interface Mismatch {
  readonly cell: string;
  readonly header: string;
  readonly actual: CellValue;
  readonly expected: Expected;
}

function compareGrid(wb: WorkbookSnapshot, sheetName: string, top: number, left: number, headers: readonly string[], expected: readonly (readonly Expected[])[]): Mismatch[] {
  const sheet = findSheet(wb, sheetName);
  if (!sheet) return [{ cell: `${sheetName}!A1`, header: "", actual: null, expected: "sheet" }];
  const out: Mismatch[] = [];
  expected.forEach((row, i) =>
    row.forEach((exp, j) => {
      const r = top + i;
      const c = left + j;
      const actual = sheet.values[r - sheet.originRow]?.[c - sheet.originCol] ?? null;
      if (!same(actual, exp, wb.date1904)) out.push({ cell: `${sheetName}!${colName(c)}${r + 1}`, header: headers[j] ?? "", actual, expected: exp });
    }),
  );
  return out;
}

/** Every Metrics cell (rows 2…) and every Trends grid cell that differs from the JS reference. */
export function compareWorkbook(wb: WorkbookSnapshot, ev: MetricsEvaluation, inputs: MetricInputs): Mismatch[] {
  const headers = metricsColumns().map((c) => c.header);
  const out = compareGrid(wb, "Metrics", 1, 0, headers, expectedMetricsSheet(ev));
  const statusDates = historyDates(inputs.statusHistory.map((h) => h.asOf));
  const dates = statusDates.length ? statusDates : [ev.asOf];
  out.push(...compareGrid(wb, "Trends", 1, 1, [...PORTFOLIO_TREND_METRICS], dates.map((d) => PORTFOLIO_TREND_METRICS.map((m) => portfolioTrendValue(inputs.statusHistory, m, d)))));
  out.push(...compareGrid(wb, "Trends", 1, 6, [...RAG_SERIES], dates.map((d) => RAG_SERIES.map((r) => ragCountValue(inputs.statusHistory, r, d)))));
  const msDates = historyDates(inputs.milestoneHistory.map((h) => h.asOf));
  const ids = mtaMilestones(inputs.milestoneHistory);
  out.push(
    ...compareGrid(wb, "Trends", 1, 11, ids, (msDates.length ? msDates : [ev.asOf]).map((d) => ids.map((id): Expected => {
      const v = mtaValue(inputs.milestoneHistory, id, d);
      return v ? { date: v } : { error: "#N/A" };
    }))),
  );
  return out;
}

export { isoToSerial };
