/**
 * The prepare syncs of apply: before any change, learn in at most three syncs what the plan's
 * ops depend on — which sheets, tables and names exist; the geometry, calculated columns and
 * formats of the tables the plan extends; whether the cells a new table or new rows would cover
 * are free; which charts, PivotTables and colour rules an op would replace.
 */
import { a1, parseCell, rangeA1, type RangeRef } from "../../../domain/a1";
import type { PlanOp } from "../../../plan/plan";
import type { OfficeFeatures } from "../requirements";
import { conditionalRuleKey } from "./rule-ops";
import { areaKey, WorkbookModel, type TableModel } from "./model";

function rectOf(r: Excel.Range): RangeRef {
  return { top: r.rowIndex, left: r.columnIndex, bottom: r.rowIndex + r.rowCount - 1, right: r.columnIndex + r.columnCount - 1 };
}

/** A calculated column's formula refers to its own row. */
function isCalcFormula(f: unknown): f is string {
  return typeof f === "string" && f.startsWith("=") && (f.includes("[@") || /\[#This Row\]/i.test(f));
}

/** The area a createTable op covers: header row plus its rows (one blank row when it has none). */
export function createTableArea(op: Extract<PlanOp, { kind: "createTable" }>): RangeRef {
  const anchor = parseCell(op.anchor);
  return { top: anchor.row, left: anchor.col, bottom: anchor.row + Math.max(1, op.rows.length), right: anchor.col + op.columns.length - 1 };
}

interface TableNeeds {
  columns: number;
  rows: number;
}

export async function takeInventory(context: Excel.RequestContext, features: OfficeFeatures, ops: readonly PlanOp[]): Promise<WorkbookModel> {
  const wb = context.workbook;
  const model = new WorkbookModel();

  // ---- sync 1: sheets, tables, names, date system
  const sheets = wb.worksheets.load("items/name");
  const tables = wb.tables.load("items/name,items/showTotals");
  const names = wb.names.load("items/name");
  const dateProbe = wb.functions.date(1904, 1, 1).load("value");
  await context.sync();
  model.date1904 = dateProbe.value === 0;
  for (const ws of sheets.items) model.addSheet(ws.name, true);
  for (const n of names.items) model.names.add(n.name.toLowerCase());
  const tableItems = new Map(tables.items.map((t) => [t.name.toLowerCase(), t]));

  // ---- what the ops depend on, walking them as the plan will change things
  const created = new Set<string>();
  const cleared = new Set<string>();
  const needs = new Map<string, TableNeeds>();
  const inventorySheets = new Set<string>();
  const areas: { sheet: string; area: RangeRef }[] = [];
  const cfRanges = new Map<string, { sheet: string; range: string }>();
  const original = (sheet: string) => !!model.sheet(sheet) && !cleared.has(sheet.toLowerCase());
  for (const op of ops) {
    switch (op.kind) {
      case "clearSheet":
        if (model.sheet(op.sheet)) inventorySheets.add(op.sheet.toLowerCase());
        cleared.add(op.sheet.toLowerCase());
        break;
      case "createTable":
        if (original(op.sheet)) areas.push({ sheet: op.sheet, area: createTableArea(op) });
        created.add(op.table.toLowerCase());
        break;
      case "addTableColumns":
      case "appendTableRows":
      case "replaceTableRows": {
        const key = op.table.toLowerCase();
        if (created.has(key) || !tableItems.has(key)) break;
        const n = needs.get(key) ?? { columns: 0, rows: 0 };
        if (op.kind === "addTableColumns") n.columns += op.columns.length;
        else n.rows += Math.max(1, op.rows.length);
        needs.set(key, n);
        break;
      }
      case "chart":
      case "pivotTable":
        if (original(op.sheet)) inventorySheets.add(op.sheet.toLowerCase());
        break;
      case "conditionalFormat":
        if (original(op.sheet) && features.conditionalFormats) cfRanges.set(areaKey(op.sheet, op.range), { sheet: op.sheet, range: op.range });
        break;
      default:
        break;
    }
  }

  // ---- sync 2: the details
  const details = [...needs].map(([key, n]) => {
    const t = tableItems.get(key)!;
    const whole = t.getRange();
    const body = t.getDataBodyRange();
    return {
      t,
      n,
      sheet: t.worksheet.load("name"),
      range: whole.load("rowIndex,columnIndex,rowCount,columnCount"),
      header: t.getHeaderRowRange().load("values"),
      first: body.getRow(0).load("formulas,numberFormat"),
      last: body.getLastRow().load("values,formulas"),
      right: n.columns ? whole.getColumnsAfter(n.columns).getUsedRangeOrNullObject(true).load("rowIndex,columnIndex") : null,
      below: n.rows ? whole.getResizedRange(0, n.columns).getRowsBelow(n.rows).getUsedRangeOrNullObject(true).load("rowIndex,columnIndex") : null,
    };
  });
  const areaChecks = areas.map((a) => ({ ...a, used: context.workbook.worksheets.getItem(a.sheet).getRange(rangeA1(a.area)).getUsedRangeOrNullObject(true).load("rowIndex,columnIndex") }));
  const sheetLists = [...inventorySheets].map((lower) => {
    const ws = context.workbook.worksheets.getItem(model.sheet(lower)!.name);
    return {
      lower,
      tables: ws.tables.load("items/name"),
      charts: ws.charts.load("items/name"),
      pivots: features.api18 ? ws.pivotTables.load("items/name") : null,
    };
  });
  const cfLists = [...cfRanges.values()].map((c) => ({ ...c, list: context.workbook.worksheets.getItem(c.sheet).getRange(c.range).conditionalFormats.load("items/id,items/type") }));
  if (details.length || areaChecks.length || sheetLists.length || cfLists.length) await context.sync();

  for (const d of details) {
    const rect = rectOf(d.range);
    const columns = (d.header.values[0] ?? []).map(String);
    const formulas = columns.map((_c, j) => {
      const f = d.first.formulas[0]?.[j];
      return isCalcFormula(f) ? f : null;
    });
    const lastValues = d.last.values[0] ?? [];
    const table: TableModel = {
      name: d.t.name,
      sheet: d.sheet.name,
      rect,
      totalsRow: d.t.showTotals,
      columns,
      formulas,
      formats: columns.map((_c, j) => {
        const f = d.first.numberFormat[0]?.[j];
        return typeof f === "string" && f !== "General" ? f : null;
      }),
      lastRowBlank: lastValues.every((v, j) => formulas[j] !== null || v === ""),
      usedBelow: d.below && !d.below.isNullObject ? d.below.rowIndex : null,
      usedRight: d.right && !d.right.isNullObject ? a1(d.right.rowIndex, d.right.columnIndex) : null,
    };
    model.tables.set(table.name.toLowerCase(), table);
  }
  for (const a of areaChecks) model.usedAreas.set(areaKey(a.sheet, rangeA1(a.area)), a.used.isNullObject ? null : a1(a.used.rowIndex, a.used.columnIndex));
  for (const s of sheetLists) {
    const sheet = model.sheet(s.lower)!;
    for (const t of s.tables.items) sheet.tables.set(t.name.toLowerCase(), t.name);
    for (const c of s.charts.items) sheet.charts.set(c.name.toLowerCase(), c.name);
    for (const p of s.pivots?.items ?? []) sheet.pivots.set(p.name.toLowerCase(), p.name);
  }
  for (const key of tableItems.keys()) model.tableNames.add(key);

  // ---- sync 3 (only when colour rules may be replaced): the ranges and rules of existing ones
  const seen = new Set<string>();
  const cfItems = cfLists.flatMap((c) =>
    c.list.items
      .filter((item) => (item.type === "CellValue" || item.type === "Custom") && !seen.has(item.id) && seen.add(item.id))
      .map((item) => ({
        sheet: c.sheet,
        item,
        range: item.getRange().load("rowIndex,columnIndex,rowCount,columnCount"),
        rule: item.type === "CellValue" ? item.cellValue.load("rule") : null,
        custom: item.type === "Custom" ? item.custom.rule.load("formula") : null,
      })),
  );
  if (cfItems.length) {
    await context.sync();
    for (const c of cfItems) {
      const key = c.rule ? conditionalRuleKey({ type: "cellValue", operator: String(c.rule.rule.operator), formula: String(c.rule.rule.formula1) }) : conditionalRuleKey({ type: "custom", formula: c.custom!.formula });
      model.sheet(c.sheet)!.conditionalFormats.push({ id: c.item.id, item: c.item, rect: rectOf(c.range), key });
    }
  }
  return model;
}

/** Where a createTable op's cells are already used, if they are (from the prepare syncs). */
export function usedCellOfArea(model: WorkbookModel, op: Extract<PlanOp, { kind: "createTable" }>): string | null {
  return model.usedAreas.get(areaKey(op.sheet, rangeA1(createTableArea(op)))) ?? null;
}
