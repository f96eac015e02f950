/**
 * metrics: snapshot + settings + asOf → the Metrics sheet (formulas), the Trends sheet (chart
 * data as formulas, and the three charts), the Pivots sheet (the four PivotTables of
 * metrics.md), and the JS reference values as the JSON of cli-and-report.md. Generated sheets
 * are cleared and written again, so running it twice gives the same workbook.
 */
import { absRangeA1, colName, parseRange, sheetRef } from "../domain/a1";
import { serialToIso, type Iso } from "../domain/dates";
import { METRICS_SHEET, register } from "../domain/registers/catalogue";
import type { RegisterKey } from "../domain/registers/types";
import { METRIC_DEFS, type MetricName, type RagColour, type RagKey } from "../domain/metrics/definitions";
import { evaluateMetrics, type MetricsEvaluation, type ScopeEvaluation } from "../domain/metrics/evaluate";
import { readMetricInputs, type MetricInputs } from "../domain/metrics/inputs";
import { metricsColumns, metricsRow, type MetricsColumn } from "../domain/metrics/sheet-layout";
import {
  historyDates,
  mtaFormula,
  mtaMilestones,
  portfolioTrendFormula,
  PORTFOLIO_TREND_METRICS,
  ragCountFormula,
  RAG_SERIES,
} from "../domain/metrics/trend-data";
import type { Arrow, RagTrend } from "../domain/metrics/trend";
import type { Settings } from "../domain/settings";
import type { PlanCell, PlanOp, WorkbookPlan } from "../plan/plan";
import { DATE_FORMAT, RAG_COLOURS } from "../plan/register-layout";
import { structuredRegisters } from "../plan/structured";
import { cellAt, findSheet, findTable, formulaAt, type WorkbookSnapshot } from "../plan/snapshot";

export { TRENDS_SHEET, PIVOTS_SHEET } from "../domain/registers/catalogue";
import { TRENDS_SHEET, PIVOTS_SHEET } from "../domain/registers/catalogue";

/** The JSON of `pmo metrics --format json` (cli-and-report.md). */
export interface MetricsJson {
  readonly asOf: Iso;
  readonly projects: readonly (ScopeJson & { readonly projectId: string })[];
  readonly portfolio: ScopeJson;
}
export interface ScopeJson {
  readonly metrics: Readonly<Record<MetricName, number | null>>;
  readonly rag: Readonly<Record<RagKey, RagColour | null>>;
  readonly trend: {
    readonly previousAsOf: Iso | null;
    readonly metrics: Readonly<Record<MetricName, { readonly delta: number | null; readonly arrow: Arrow | null }>>;
    readonly rag: Readonly<Record<RagKey, RagTrend | null>>;
  };
}

export interface MetricsSummary {
  readonly projects: number;
  readonly pivots: number;
  readonly charts: number;
  /** Things the user should know, e.g. the workbook's As Of is not the asOf of the JSON. */
  readonly warnings: readonly string[];
}

export type MetricsResult =
  | { readonly ok: true; readonly plan: WorkbookPlan; readonly json: MetricsJson; readonly summary: MetricsSummary; readonly evaluation: MetricsEvaluation }
  | { readonly ok: false; readonly missing: readonly string[] };

const NEEDED: readonly RegisterKey[] = ["projects", "milestones", "raid", "raci", "actions", "statusHistory", "milestoneHistory"];

function scopeJson(e: ScopeEvaluation): ScopeJson {
  return { metrics: e.metrics, rag: e.rag, trend: e.trend };
}

/** The workbook's own As Of (the PMO_AsOf cell): a date, a formula such as =TODAY(), or neither. */
export function workbookAsOf(wb: WorkbookSnapshot): { iso: Iso | null; formula: string | null } {
  const name = wb.names.find((n) => n.name.toLowerCase() === "pmo_asof");
  if (!name) return { iso: null, formula: null };
  const m = /^'?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(name.ref.replace(/''/g, "'"));
  const sheet = m ? findSheet(wb, m[1]!) : undefined;
  if (!m || !sheet) return { iso: null, formula: null };
  const { top, left } = parseRange(`${m[2]}${m[3]}`);
  const v = cellAt(sheet, top, left);
  return { iso: typeof v === "number" ? serialToIso(v, wb.date1904) : null, formula: formulaAt(sheet, top, left) };
}

// ------------------------------------------------------------------ Metrics sheet

/** Landscape, one page wide (and `tall` pages tall, 0 = as many as needed), so the sheets print as they read. */
function printSetup(sheet: string, tall: number, titleRows?: string): PlanOp {
  return { kind: "pageSetup", sheet, orientation: "landscape", paperSize: "A4", fitToWidth: 1, fitToHeight: tall, ...(titleRows ? { printTitleRows: titleRows } : {}), footer: "&A — page &P of &N" };
}

const HEADER_STYLE = { bold: true, fill: "#1F4E78", fontColor: "#FFFFFF", wrap: true, vAlign: "center", hAlign: "center" } as const;

function columnFormat(c: MetricsColumn): string | undefined {
  switch (c.kind) {
    case "metric":
      return METRIC_DEFS[c.metric].numberFormat;
    case "delta":
      return METRIC_DEFS[c.metric].deltaFormat;
    case "previous":
      return DATE_FORMAT;
    default:
      return undefined;
  }
}

function metricsSheetOps(wb: WorkbookSnapshot, projects: readonly string[], inputs: MetricInputs): PlanOp[] {
  const columns = metricsColumns();
  const ctx = { raciPersons: inputs.raciPersons };
  const rows: PlanCell[][] = [columns.map((c) => c.header)];
  projects.forEach((p, i) => rows.push(metricsRow(columns, i + 1, p, ctx)));
  const portfolioRow = projects.length + 1;
  rows.push(metricsRow(columns, portfolioRow, null, ctx));
  const last = colName(columns.length - 1);
  const ops: PlanOp[] = [];
  if (findSheet(wb, METRICS_SHEET)) ops.push({ kind: "clearSheet", sheet: METRICS_SHEET });
  ops.push({ kind: "ensureSheet", sheet: METRICS_SHEET, tabColor: "#1F4E78" });
  ops.push({ kind: "writeRange", sheet: METRICS_SHEET, anchor: "A1", cells: rows });
  // The one As Of every formula reads, shown under the grid (a reference, not a second copy).
  const asOfRow = portfolioRow + 3;
  ops.push({ kind: "writeRange", sheet: METRICS_SHEET, anchor: `A${asOfRow}`, cells: [["As Of", { f: "=PMO_AsOf" }]] });
  ops.push({ kind: "format", sheet: METRICS_SHEET, range: `B${asOfRow}`, style: { numberFormat: DATE_FORMAT, bold: true } });
  ops.push({ kind: "format", sheet: METRICS_SHEET, range: `A1:${last}1`, style: HEADER_STYLE });
  ops.push({ kind: "rowHeight", sheet: METRICS_SHEET, row: 0, height: 45 });
  const body = (col: number) => `${colName(col)}2:${colName(col)}${portfolioRow + 1}`;
  columns.forEach((c, i) => {
    const fmt = columnFormat(c);
    if (fmt) ops.push({ kind: "format", sheet: METRICS_SHEET, range: body(i), style: { numberFormat: fmt, hAlign: "right" } });
    if (c.kind === "rag") {
      for (const rag of ["Red", "Amber", "Green"] as const) {
        ops.push({ kind: "conditionalFormat", sheet: METRICS_SHEET, range: body(i), rule: { type: "equals", text: rag }, style: RAG_COLOURS[rag] });
      }
    }
    if (c.kind === "arrow") {
      ops.push({ kind: "format", sheet: METRICS_SHEET, range: body(i), style: { hAlign: "center" } });
      ops.push({ kind: "conditionalFormat", sheet: METRICS_SHEET, range: body(i), rule: { type: "equals", text: "▲" }, style: { fontColor: RAG_COLOURS.Green.fontColor, bold: true } });
      ops.push({ kind: "conditionalFormat", sheet: METRICS_SHEET, range: body(i), rule: { type: "equals", text: "▼" }, style: { fontColor: RAG_COLOURS.Red.fontColor, bold: true } });
    }
  });
  ops.push({ kind: "format", sheet: METRICS_SHEET, range: `A${portfolioRow + 1}:${last}${portfolioRow + 1}`, style: { bold: true, border: "thin", fill: "#DDEBF7" } });
  ops.push({ kind: "columnWidths", sheet: METRICS_SHEET, startCol: 0, widths: columns.map((c) => (c.kind === "project" ? 14 : c.kind === "arrow" ? 9 : 12)) });
  ops.push({ kind: "freezePanes", sheet: METRICS_SHEET, rows: 1, cols: 1 });
  ops.push(printSetup(METRICS_SHEET, 0, "1:1"));
  return ops;
}

// ------------------------------------------------------------------ Trends sheet and charts

const absCol = (col: number, top: number, bottom: number) => sheetRef(TRENDS_SHEET, absRangeA1({ top, left: col, bottom, right: col }));

function trendsSheetOps(wb: WorkbookSnapshot, inputs: MetricInputs, asOf: Iso): PlanOp[] {
  const ops: PlanOp[] = [];
  if (findSheet(wb, TRENDS_SHEET)) ops.push({ kind: "clearSheet", sheet: TRENDS_SHEET });
  ops.push({ kind: "ensureSheet", sheet: TRENDS_SHEET, tabColor: "#548235" });
  // A chart needs at least one category; before the first snapshot that is the As Of itself.
  const statusDates = historyDates(inputs.statusHistory.map((h) => h.asOf));
  const dates = statusDates.length ? statusDates : [asOf];
  const msDates = historyDates(inputs.milestoneHistory.map((h) => h.asOf));
  const mtaDates = msDates.length ? msDates : [asOf];
  const lastRow = dates.length; // 0-based row of the last date (row 0 is the header)

  // Portfolio trend: A..D
  ops.push({
    kind: "writeRange",
    sheet: TRENDS_SHEET,
    anchor: "A1",
    cells: [["As Of", ...PORTFOLIO_TREND_METRICS], ...dates.map((d, i) => [{ d }, ...PORTFOLIO_TREND_METRICS.map((m) => ({ f: portfolioTrendFormula(m, `$A${i + 2}`) }))])],
  });
  // RAG distribution: F..I
  ops.push({
    kind: "writeRange",
    sheet: TRENDS_SHEET,
    anchor: "F1",
    cells: [["As Of", ...RAG_SERIES], ...dates.map((d, i) => [{ d }, ...RAG_SERIES.map((r) => ({ f: ragCountFormula(r, `$F${i + 2}`) }))])],
  });
  // MTA grid: K.. (report dates down, one column per milestone)
  const ids = mtaMilestones(inputs.milestoneHistory);
  ops.push({
    kind: "writeRange",
    sheet: TRENDS_SHEET,
    anchor: "K1",
    cells: [["Report Date", ...ids], ...mtaDates.map((d, i) => [{ d }, ...ids.map((_id, j) => ({ f: mtaFormula(`$K${i + 2}`, `${colName(11 + j)}$1`) }))])],
  });
  ops.push({ kind: "format", sheet: TRENDS_SHEET, range: `A2:A${lastRow + 1}`, style: { numberFormat: DATE_FORMAT } });
  ops.push({ kind: "format", sheet: TRENDS_SHEET, range: `F2:F${lastRow + 1}`, style: { numberFormat: DATE_FORMAT } });
  ops.push({ kind: "format", sheet: TRENDS_SHEET, range: `K2:${colName(10 + Math.max(1, ids.length))}${mtaDates.length + 1}`, style: { numberFormat: DATE_FORMAT } });
  for (const range of ["A1:D1", "F1:I1", `K1:${colName(10 + Math.max(1, ids.length))}1`]) ops.push({ kind: "format", sheet: TRENDS_SHEET, range, style: { ...HEADER_STYLE, hAlign: "left" } });
  ops.push({ kind: "columnWidths", sheet: TRENDS_SHEET, startCol: 0, widths: [13, 11, 11, 11, 3, 13, 8, 8, 8, 3, 13, ...ids.map(() => 13)] });

  const chartTop = Math.max(dates.length, mtaDates.length) + 3;
  const category = absCol(0, 1, lastRow);
  ops.push({
    kind: "chart",
    name: "chtPortfolioTrend",
    sheet: TRENDS_SHEET,
    type: "line",
    title: "Portfolio trend",
    from: `A${chartTop}`,
    to: `I${chartTop + 18}`,
    categories: category,
    series: PORTFOLIO_TREND_METRICS.map((m, i) => ({ name: m, values: absCol(1 + i, 1, lastRow) })),
    xTitle: "As Of",
    yTitle: "Count",
  });
  ops.push({
    kind: "chart",
    name: "chtRagDistribution",
    sheet: TRENDS_SHEET,
    type: "columnStacked",
    title: "Overall RAG by As Of",
    from: `K${chartTop}`,
    to: `S${chartTop + 18}`,
    categories: absCol(5, 1, lastRow),
    series: RAG_SERIES.map((r, i) => ({ name: r, values: absCol(6 + i, 1, lastRow) })),
    xTitle: "As Of",
    yTitle: "Projects",
  });
  ops.push({
    kind: "chart",
    name: "chtMilestoneTrend",
    sheet: TRENDS_SHEET,
    type: "line",
    title: "Milestone Trend Analysis",
    from: `A${chartTop + 20}`,
    to: `S${chartTop + 46}`,
    categories: absCol(10, 1, mtaDates.length),
    series: (ids.length ? ids : ["(no milestones)"]).map((id, j) => ({ name: id, values: absCol(11 + j, 1, mtaDates.length) })),
    xTitle: "Report date",
    yTitle: "Forecast date",
    yDates: true,
  });
  ops.push(printSetup(TRENDS_SHEET, 1));
  return ops;
}

// ------------------------------------------------------------------ Pivots sheet

function pivotOps(wb: WorkbookSnapshot): PlanOp[] {
  const ops: PlanOp[] = [];
  if (findSheet(wb, PIVOTS_SHEET)) ops.push({ kind: "clearSheet", sheet: PIVOTS_SHEET });
  ops.push({ kind: "ensureSheet", sheet: PIVOTS_SHEET, tabColor: "#7030A0" });
  const src = (k: RegisterKey) => ({ sourceSheet: register(k).sheet, sourceTable: register(k).table });
  // Side by side, each growing downwards with its row items; the MTA pivot, whose columns grow
  // with each snapshot, is the rightmost so that nothing lies in its way.
  const pivots: { title: string; col: number; op: Omit<Extract<PlanOp, { kind: "pivotTable" }>, "anchor" | "sheet" | "kind"> }[] = [
    { title: "RAID by Project and Severity", col: 0, op: { name: "pvtRaidBySeverity", ...src("raid"), rows: [{ field: "Project ID" }], columns: [{ field: "Severity" }], values: [{ field: "ID", fn: "count", name: "Count of ID" }] } },
    { title: "Milestones by Project and Schedule State", col: 9, op: { name: "pvtMilestonesByState", ...src("milestones"), rows: [{ field: "Project ID" }], columns: [{ field: "Schedule State" }], values: [{ field: "Milestone ID", fn: "count", name: "Count of Milestone ID" }] } },
    { title: "Overall RAG by As Of", col: 18, op: { name: "pvtRagByAsOf", ...src("statusHistory"), rows: [{ field: "As Of" }], columns: [{ field: "Overall RAG" }], values: [{ field: "Project ID", fn: "count", name: "Count of Project ID" }] } },
    { title: "Milestone Trend Analysis (forecast date by report date)", col: 25, op: { name: "pvtMilestoneTrend", ...src("milestoneHistory"), rows: [{ field: "Milestone ID" }], columns: [{ field: "As Of" }], values: [{ field: "Forecast Date", fn: "max", name: "Max of Forecast Date", numberFormat: DATE_FORMAT }] } },
  ];
  for (const p of pivots) {
    ops.push({ kind: "writeRange", sheet: PIVOTS_SHEET, anchor: `${colName(p.col)}1`, cells: [[p.title]] });
    ops.push({ kind: "format", sheet: PIVOTS_SHEET, range: `${colName(p.col)}1`, style: { bold: true, fontSize: 12 } });
    ops.push({ kind: "pivotTable", sheet: PIVOTS_SHEET, anchor: `${colName(p.col)}3`, ...p.op });
  }
  // Wide enough for dates and the longest state names; the MTA pivot grows to the right.
  ops.push({ kind: "columnWidths", sheet: PIVOTS_SHEET, startCol: 0, widths: Array.from({ length: 40 }, () => 12) });
  ops.push(printSetup(PIVOTS_SHEET, 0));
  return ops;
}

// ------------------------------------------------------------------ the operation

export function metrics(wb: WorkbookSnapshot, settings: Settings & { readonly asOf: Iso }): MetricsResult {
  const missing = NEEDED.map((k) => register(k).table).filter((t) => !findTable(wb, t));
  if (missing.length) return { ok: false, missing };
  const inputs = readMetricInputs(structuredRegisters(wb));
  const evaluation = evaluateMetrics(inputs, settings, settings.asOf);
  const projects = evaluation.projects.map((p) => p.projectId);
  const ops: PlanOp[] = [...metricsSheetOps(wb, projects, inputs), ...trendsSheetOps(wb, inputs, settings.asOf), ...pivotOps(wb), { kind: "activate", sheet: METRICS_SHEET, range: "B2" }];
  const warnings: string[] = [];
  const own = workbookAsOf(wb);
  if (own.iso && own.iso !== settings.asOf) warnings.push(`the workbook's As Of is ${own.iso}; its formulas show that date, the values printed here are for ${settings.asOf}`);
  const json: MetricsJson = {
    asOf: settings.asOf,
    projects: evaluation.projects.map((p) => ({ projectId: p.projectId, ...scopeJson(p) })),
    portfolio: scopeJson(evaluation.portfolio),
  };
  return {
    ok: true,
    plan: { ops },
    json,
    evaluation,
    summary: { projects: projects.length, pivots: ops.filter((o) => o.kind === "pivotTable").length, charts: ops.filter((o) => o.kind === "chart").length, warnings },
  };
}

