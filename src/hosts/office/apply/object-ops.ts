/** Freeze panes (ExcelApi 1.7), PivotTables (1.8), charts (1.7) and page setup (1.9). */
import { a1 } from "../../../domain/a1";
import type { PlanOp } from "../../../plan/plan";
import { splitSheetRef } from "../addresses";
import { jsonBytes } from "../budget";
import type { ApplyEnv } from "./env";

type Op<K extends PlanOp["kind"]> = Extract<PlanOp, { kind: K }>;

export async function freezePanes(env: ApplyEnv, op: Op<"freezePanes">): Promise<void> {
  if (!env.features.api17) return env.skip(op, "freezing panes needs ExcelApi 1.7");
  await env.batch.reserve(2);
  const ws = env.worksheet(op.sheet);
  const panes = ws.freezePanes;
  if (op.rows > 0 && op.cols > 0) panes.freezeAt(ws.getRange(`A1:${a1(op.rows - 1, op.cols - 1)}`));
  else if (op.rows > 0) panes.freezeRows(op.rows);
  else if (op.cols > 0) panes.freezeColumns(op.cols);
  else panes.unfreeze();
}

const SUMMARY: Readonly<Record<Op<"pivotTable">["values"][number]["fn"], "Count" | "Sum" | "Max" | "Min" | "Average">> = {
  count: "Count",
  sum: "Sum",
  max: "Max",
  min: "Min",
  average: "Average",
} as const;

export async function pivotTable(env: ApplyEnv, op: Op<"pivotTable">): Promise<void> {
  if (!env.features.api18) return env.skip(op, "PivotTables need ExcelApi 1.8");
  const ws = env.worksheet(op.sheet);
  const sheet = env.model.sheet(op.sheet);
  const lower = op.name.toLowerCase();
  // A PivotTable of the same name is rebuilt, not duplicated.
  const existing = sheet?.pivots.get(lower);
  if (existing) {
    await env.batch.reserve(1);
    ws.pivotTables.getItem(existing).delete();
  }
  await env.batch.reserve(2 + 2 * (op.rows.length + op.columns.length) + 5 * op.values.length, jsonBytes(op));
  const pt = ws.pivotTables.add(op.name, env.table(op.sourceTable), ws.getRange(op.anchor));
  for (const r of op.rows) pt.rowHierarchies.add(pt.hierarchies.getItem(r.field));
  for (const c of op.columns) pt.columnHierarchies.add(pt.hierarchies.getItem(c.field));
  for (const v of op.values) {
    const data = pt.dataHierarchies.add(pt.hierarchies.getItem(v.field));
    data.summarizeBy = SUMMARY[v.fn];
    data.name = v.name;
    if (v.numberFormat) data.numberFormat = v.numberFormat;
  }
  sheet?.pivots.set(lower, op.name);
}

const CHART_TYPE: Readonly<Record<Op<"chart">["type"], "Line" | "ColumnClustered" | "ColumnStacked">> = { line: "Line", column: "ColumnClustered", columnStacked: "ColumnStacked" };

function rangeOfRef(env: ApplyEnv, ref: string): Excel.Range {
  const { sheet, address } = splitSheetRef(ref);
  return env.worksheet(sheet).getRange(address);
}

export async function chart(env: ApplyEnv, op: Op<"chart">): Promise<void> {
  if (!env.features.api17) return env.skip(op, "charts need ExcelApi 1.7");
  const [firstSeries, ...others] = op.series;
  if (!firstSeries) return env.skip(op, "a chart without series");
  const ws = env.worksheet(op.sheet);
  const sheet = env.model.sheet(op.sheet);
  const lower = op.name.toLowerCase();
  const existing = sheet?.charts.get(lower);
  if (existing) {
    await env.batch.reserve(1);
    ws.charts.getItem(existing).delete();
  }
  await env.batch.reserve(10 + 4 * others.length, jsonBytes(op));
  // Made from the first series' values, then every series gets its name and categories.
  const c = ws.charts.add(CHART_TYPE[op.type], rangeOfRef(env, firstSeries.values), "Columns");
  c.name = op.name;
  c.title.text = op.title;
  c.setPosition(op.from, op.to);
  const s0 = c.series.getItemAt(0);
  s0.name = firstSeries.name;
  s0.setXAxisValues(rangeOfRef(env, op.categories));
  for (const s of others) {
    const series = c.series.add(s.name);
    series.setValues(rangeOfRef(env, s.values));
    series.setXAxisValues(rangeOfRef(env, op.categories));
  }
  if (op.xTitle) c.axes.categoryAxis.title.text = op.xTitle;
  if (op.yTitle) c.axes.valueAxis.title.text = op.yTitle;
  if (op.yDates && env.features.api18) c.axes.valueAxis.numberFormat = "dd-mmm";
  sheet?.charts.set(lower, op.name);
}

/** "&LLeft&CCentre&RRight" → its three sections; text without section codes is centred. */
export function headerSections(text: string): { left: string; center: string; right: string } {
  const out = { left: "", center: "", right: "" };
  const parts = text.split(/(&[LCR])/);
  let section: keyof typeof out = "center";
  for (const p of parts) {
    if (p === "&L") section = "left";
    else if (p === "&C") section = "center";
    else if (p === "&R") section = "right";
    else out[section] += p;
  }
  return out;
}

const INCH = 72;

export async function pageSetup(env: ApplyEnv, op: Op<"pageSetup">): Promise<void> {
  if (!env.features.pageLayout) return env.skip(op, "page setup needs ExcelApi 1.9");
  await env.batch.reserve(16, jsonBytes(op));
  const layout = env.worksheet(op.sheet).pageLayout;
  layout.orientation = op.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = op.paperSize;
  // Zero pages tall means "as many as needed": only the width is fixed then.
  layout.zoom = op.fitToHeight > 0 ? { horizontalFitToPages: op.fitToWidth, verticalFitToPages: op.fitToHeight } : { horizontalFitToPages: op.fitToWidth };
  layout.leftMargin = 0.4 * INCH;
  layout.rightMargin = 0.4 * INCH;
  layout.topMargin = 0.6 * INCH;
  layout.bottomMargin = 0.6 * INCH;
  layout.headerMargin = 0.3 * INCH;
  layout.footerMargin = 0.3 * INCH;
  if (op.printArea) layout.setPrintArea(op.printArea.includes("!") ? splitSheetRef(op.printArea).address : op.printArea);
  if (op.printTitleRows) layout.setPrintTitleRows(op.printTitleRows.split(":").map((r) => `$${r.replace(/\$/g, "")}`).join(":"));
  const page = layout.headersFooters.defaultForAllPages;
  if (op.header) {
    const h = headerSections(op.header);
    page.leftHeader = h.left;
    page.centerHeader = h.center;
    page.rightHeader = h.right;
  }
  if (op.footer) {
    const f = headerSections(op.footer);
    page.leftFooter = f.left;
    page.centerFooter = f.center;
    page.rightFooter = f.right;
  }
}
