/**
 * How a register looks as an Excel table: its column plans (formats, widths, calc formulas)
 * and the decorations that belong to its data body (dropdowns, RAG colours). Used when a
 * register is created, upgraded, or rows are appended to it.
 */
import { absRangeA1, colName, sheetRef } from "../domain/a1";
import { CALC_FORMULAS } from "../domain/metrics/calc-columns";
import { LISTS, LIST_NAMES, listRangeName } from "../domain/registers/lists";
import { LISTS_SHEET, LISTS_TABLE, SETTINGS_SHEET, SETTINGS_TABLE } from "../domain/registers/catalogue";
import type { ColumnDef, ListName, RegisterDef } from "../domain/registers/types";
import { SETTING_DEFS, type Settings } from "../domain/settings";
import type { PlanCell, PlanOp, TableColumnPlan } from "./plan";

export const DATE_FORMAT = "dd-mmm-yyyy";
export const PERCENT_FORMAT = "0%";
const MONEY_FORMAT = "#,##0";

export const RAG_COLOURS: Readonly<Record<"Red" | "Amber" | "Green", { fill: string; fontColor: string }>> = {
  Red: { fill: "#F4C7C3", fontColor: "#9C0006" },
  Amber: { fill: "#FFE699", fontColor: "#7F6000" },
  Green: { fill: "#C6EFCE", fontColor: "#006100" },
};

export function columnNumberFormat(c: ColumnDef): string | undefined {
  switch (c.type) {
    case "date":
      return DATE_FORMAT;
    case "percent":
      return PERCENT_FORMAT;
    case "number":
      if (/cost|budget/i.test(c.key)) return MONEY_FORMAT;
      return "0";
    case "id":
    case "ids":
    case "text":
      // Text format keeps ids such as 1.10 or 007 as typed.
      return c.key.toLowerCase().endsWith("id") || c.type === "ids" || c.key === "version" ? "@" : undefined;
    default:
      return undefined;
  }
}

export function columnPlan(c: ColumnDef): TableColumnPlan {
  const fmt = columnNumberFormat(c);
  return {
    header: c.header,
    width: c.width,
    ...(fmt ? { numberFormat: fmt } : {}),
    ...(c.calc ? { formula: CALC_FORMULAS[c.calc], calc: true } : {}),
  };
}

/** Plan for a column that is not in the catalogue (an extra kept from a source, or a RACI person). */
export function extraColumnPlan(header: string, raci: boolean): TableColumnPlan {
  return { header, width: raci ? Math.max(10, Math.min(24, header.length + 2)) : Math.max(12, Math.min(40, header.length + 4)) };
}

/**
 * Dropdowns and colours of a register's data body rows `firstRow..lastRow` (0-based sheet rows),
 * for the register's own columns at their positions `cols` (key → 0-based sheet column).
 */
export function registerDecorations(
  def: RegisterDef,
  sheet: string,
  firstRow: number,
  lastRow: number,
  cols: ReadonlyMap<string, number>,
  raciCols: readonly number[] = [],
): PlanOp[] {
  const ops: PlanOp[] = [];
  const body = (col: number) => `${colName(col)}${firstRow + 1}:${colName(col)}${lastRow + 1}`;
  for (const c of def.columns) {
    const col = cols.get(c.key);
    if (col === undefined) continue;
    if (c.list && !c.calc) {
      ops.push({
        kind: "dataValidation",
        sheet,
        range: body(col),
        rule: { type: "list", source: `=${listRangeName(c.list)}` },
        error: `Choose one of: ${LISTS[c.list].join(", ")}`,
      });
    }
    if (c.type === "number" && c.min !== undefined && c.max !== undefined && !c.calc) {
      ops.push({ kind: "dataValidation", sheet, range: body(col), rule: { type: "whole", min: c.min, max: c.max }, error: `${c.header} is a whole number from ${c.min} to ${c.max}` });
    }
    if (c.type === "date") {
      ops.push({ kind: "dataValidation", sheet, range: body(col), rule: { type: "date" }, error: `${c.header} must be a date` });
    }
    if (c.type === "rag") {
      for (const rag of ["Red", "Amber", "Green"] as const) {
        ops.push({ kind: "conditionalFormat", sheet, range: body(col), rule: { type: "equals", text: rag }, style: RAG_COLOURS[rag] });
      }
    }
    if (c.calc === "scheduleState") {
      ops.push({ kind: "conditionalFormat", sheet, range: body(col), rule: { type: "equals", text: "Overdue" }, style: RAG_COLOURS.Red });
      ops.push({ kind: "conditionalFormat", sheet, range: body(col), rule: { type: "equals", text: "Late" }, style: RAG_COLOURS.Amber });
      ops.push({ kind: "conditionalFormat", sheet, range: body(col), rule: { type: "equals", text: "Complete" }, style: RAG_COLOURS.Green });
    }
    if (c.calc === "severity") {
      ops.push({ kind: "conditionalFormat", sheet, range: body(col), rule: { type: "equals", text: "Critical" }, style: { ...RAG_COLOURS.Red, bold: true } });
      ops.push({ kind: "conditionalFormat", sheet, range: body(col), rule: { type: "equals", text: "High" }, style: RAG_COLOURS.Red });
      ops.push({ kind: "conditionalFormat", sheet, range: body(col), rule: { type: "equals", text: "Medium" }, style: RAG_COLOURS.Amber });
    }
  }
  for (const col of raciCols) {
    ops.push({ kind: "conditionalFormat", sheet, range: body(col), rule: { type: "expression", formula: `ISNUMBER(SEARCH("A",${colName(col)}${firstRow + 1}))` }, style: { fill: "#DDEBF7", bold: true } });
  }
  return ops;
}

/** Column positions of a register laid out from column A in catalogue order. */
export function catalogueColumns(def: RegisterDef): Map<string, number> {
  return new Map(def.columns.map((c, i) => [c.key, i]));
}

/** The Lists sheet: one table column per list, and a defined name over each list's cells. */
export function listsSheetOps(): PlanOp[] {
  const height = Math.max(...LIST_NAMES.map((l) => LISTS[l].length));
  const rows: PlanCell[][] = [];
  for (let r = 0; r < height; r++) rows.push(LIST_NAMES.map((l) => LISTS[l][r] ?? null));
  const ops: PlanOp[] = [
    { kind: "ensureSheet", sheet: LISTS_SHEET },
    {
      kind: "createTable",
      sheet: LISTS_SHEET,
      table: LISTS_TABLE,
      anchor: "A1",
      columns: LIST_NAMES.map((l) => ({ header: l, width: Math.max(14, l.length + 4) })),
      rows,
      style: "TableStyleLight1",
    },
  ];
  LIST_NAMES.forEach((l: ListName, i) => {
    ops.push({ kind: "namedRange", name: listRangeName(l), ref: sheetRef(LISTS_SHEET, absRangeA1({ top: 1, left: i, bottom: LISTS[l].length, right: i })) });
  });
  ops.push({ kind: "freezePanes", sheet: LISTS_SHEET, rows: 1, cols: 0 });
  return ops;
}

/** The Settings sheet: tblSettings (Setting, Value, Description) and a defined name per value cell. */
export function settingsSheetOps(settings: Settings): PlanOp[] {
  const rows: PlanCell[][] = SETTING_DEFS.map((d) => {
    const v = settings[d.key];
    const value: PlanCell = d.key === "asOf" ? (v ? { d: String(v) } : { f: "=TODAY()" }) : (v as PlanCell);
    return [d.label, value, d.description];
  });
  const ops: PlanOp[] = [
    { kind: "ensureSheet", sheet: SETTINGS_SHEET },
    {
      kind: "createTable",
      sheet: SETTINGS_SHEET,
      table: SETTINGS_TABLE,
      anchor: "A1",
      columns: [
        { header: "Setting", width: 28 },
        { header: "Value", width: 14 },
        { header: "Description", width: 80 },
      ],
      rows,
      style: "TableStyleLight9",
    },
  ];
  SETTING_DEFS.forEach((d, i) => {
    const row = i + 1;
    ops.push({ kind: "namedRange", name: d.name, ref: sheetRef(SETTINGS_SHEET, absRangeA1({ top: row, left: 1, bottom: row, right: 1 })) });
    const fmt = d.kind === "date" ? DATE_FORMAT : d.kind === "percent" ? PERCENT_FORMAT : undefined;
    if (fmt) ops.push({ kind: "format", sheet: SETTINGS_SHEET, range: `B${row + 1}`, style: { numberFormat: fmt } });
  });
  ops.push({ kind: "format", sheet: SETTINGS_SHEET, range: `B2:B${SETTING_DEFS.length + 1}`, style: { fill: "#FFF2CC", bold: true } });
  ops.push({ kind: "freezePanes", sheet: SETTINGS_SHEET, rows: 1, cols: 0 });
  return ops;
}
