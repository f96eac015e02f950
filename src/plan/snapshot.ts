/**
 * WorkbookSnapshot: plain data read from a workbook in one or two round trips. Both hosts
 * produce the same shape, so operations never know where the workbook came from.
 *
 * Dates are numbers (serials in the workbook's own date system, see `date1904`) with a date
 * number format, exactly as Office.js returns them; `domain/dates` converts them.
 */

import type { CellValue, Grid } from "../domain/cell";
export type { CellValue, CellError, Grid } from "../domain/cell";
export { isCellError } from "../domain/cell";

export interface TableSnapshot {
  readonly name: string;
  /** A1 range of the whole table including the header row, e.g. "A1:F20". */
  readonly ref: string;
  readonly columns: readonly string[];
  /** Whether the table has a totals row (its last row is not data). */
  readonly totalsRow: boolean;
}

/**
 * A sheet's used range (a Grid: dense rows from originRow/originCol; rows may be shorter than
 * the widest row, missing cells are null). `formulas` holds formula text with its leading "="
 * and null elsewhere, absent when the sheet has none; `numberFormats` null for General, absent
 * when every cell is General.
 */
export interface SheetSnapshot extends Grid {
  readonly visibility: "visible" | "hidden" | "veryHidden";
  readonly tables: readonly TableSnapshot[];
}

export interface NamedRangeSnapshot {
  readonly name: string;
  /** Formula text of the name without "=", e.g. "Settings!$B$2". */
  readonly ref: string;
}

export interface WorkbookSnapshot {
  readonly sheets: readonly SheetSnapshot[];
  readonly date1904: boolean;
  readonly names: readonly NamedRangeSnapshot[];
  /** Source file type when read from a file; macros are not written back. */
  readonly source?: { readonly kind: "xlsx" | "xlsm"; readonly name?: string };
}

export function findSheet(wb: WorkbookSnapshot, name: string): SheetSnapshot | undefined {
  const lower = name.toLowerCase();
  return wb.sheets.find((s) => s.name.toLowerCase() === lower);
}

export function findTable(wb: WorkbookSnapshot, tableName: string): { sheet: SheetSnapshot; table: TableSnapshot } | undefined {
  const lower = tableName.toLowerCase();
  for (const sheet of wb.sheets) {
    const table = sheet.tables.find((t) => t.name.toLowerCase() === lower);
    if (table) return { sheet, table };
  }
  return undefined;
}

/** Value at absolute 0-based (row, col) of a sheet, null outside the used range. */
export function cellAt(sheet: SheetSnapshot, row: number, col: number): CellValue {
  const r = sheet.values[row - sheet.originRow];
  if (!r) return null;
  return r[col - sheet.originCol] ?? null;
}

export function formulaAt(sheet: SheetSnapshot, row: number, col: number): string | null {
  return sheet.formulas?.[row - sheet.originRow]?.[col - sheet.originCol] ?? null;
}

export function numberFormatAt(sheet: SheetSnapshot, row: number, col: number): string | null {
  return sheet.numberFormats?.[row - sheet.originRow]?.[col - sheet.originCol] ?? null;
}

/** Number of columns of the used range (the widest row). */
export function sheetWidth(sheet: SheetSnapshot): number {
  let w = 0;
  for (const r of sheet.values) if (r.length > w) w = r.length;
  return w;
}
