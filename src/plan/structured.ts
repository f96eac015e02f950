/**
 * Reads the structured registers (the catalogue's Excel tables) out of a snapshot as
 * RegisterData. Detected layouts in people's own sheets come from domain/ingest instead.
 */
import { parseRange } from "../domain/a1";
import type { DataColumn, DataRow, RegisterData } from "../domain/registers/data";
import { isFractionColumn } from "../domain/ingest/coerce";
import { REGISTERS } from "../domain/registers/catalogue";
import type { RegisterDef, RegisterKey } from "../domain/registers/types";
import { findTable, type CellValue, type SheetSnapshot, type TableSnapshot, type WorkbookSnapshot } from "./snapshot";

function norm(s: string): string {
  return s.trim().toLowerCase().replace(/\s+/g, " ");
}

/** Whether a sheet row can serve as a DataRow's cells as it is: one defined value per column. */
function exactRow<T>(src: readonly (T | undefined)[] | undefined, width: number): src is readonly T[] {
  if (!src || src.length !== width) return false;
  for (let i = 0; i < width; i++) if (src[i] === undefined) return false;
  return true;
}

/** The table's columns of one sheet row, padded with `empty`: the row itself when it lines up. */
function tableRow<T>(src: readonly (T | undefined)[] | undefined, offset: number, width: number, empty: T): readonly T[] {
  if (offset === 0 && exactRow(src, width)) return src;
  const copy = new Array<T>(width);
  for (let i = 0; i < width; i++) copy[i] = src?.[offset + i] ?? empty;
  return copy;
}

/**
 * A register table as RegisterData. Where a sheet row is exactly the table's width (a register
 * sheet holds its table from column A) the DataRow keeps the snapshot's own arrays: copying every
 * cell of 290,000 rows was the largest allocation of validation and of the report.
 */
export function tableData(wb: WorkbookSnapshot, def: RegisterDef, sheet: SheetSnapshot, table: TableSnapshot): RegisterData {
  const range = parseRange(table.ref);
  const byHeader = new Map(def.columns.map((c) => [norm(c.header), c.key]));
  const columns: DataColumn[] = table.columns.map((header, i) => ({
    key: byHeader.get(norm(header)) ?? null,
    header,
    col: range.left + i,
  }));
  const width = columns.length;
  const offset = range.left - sheet.originCol;
  const noFormats: readonly (string | null)[] = Object.freeze(new Array<string | null>(width).fill(null));
  const lastDataRow = range.bottom - (table.totalsRow ? 1 : 0);
  const rows: DataRow[] = [];
  for (let r = range.top + 1; r <= lastDataRow; r++) {
    const fmts = sheet.numberFormats?.[r - sheet.originRow];
    rows.push({ row: r, cells: tableRow<CellValue>(sheet.values[r - sheet.originRow], offset, width, null), formats: fmts ? tableRow<string | null>(fmts, offset, width, null) : noFormats });
  }
  // Percent columns of structured registers hold 0–100 numbers unless formatted as %.
  const withFractions = columns.map((c, i) => {
    const colDef = def.columns.find((d) => d.key === c.key);
    if (colDef?.type !== "percent") return c;
    return { ...c, fraction: isFractionColumn(rows.map((r) => r.cells[i] ?? null), rows.map((r) => r.formats?.[i] ?? null)) };
  });
  return {
    register: def.key,
    sheet: sheet.name,
    table: table.name,
    headerRow: range.top,
    columns: withFractions,
    rows,
    date1904: wb.date1904,
    structured: true,
  };
}

/** The structured register's data, or null when the workbook has no such table. */
export function structuredRegister(wb: WorkbookSnapshot, key: RegisterKey): RegisterData | null {
  const def = REGISTERS.find((r) => r.key === key)!;
  const found = findTable(wb, def.table);
  if (!found) return null;
  return tableData(wb, def, found.sheet, found.table);
}

export function structuredRegisters(wb: WorkbookSnapshot): Map<RegisterKey, RegisterData> {
  const out = new Map<RegisterKey, RegisterData>();
  for (const def of REGISTERS) {
    const d = structuredRegister(wb, def.key);
    if (d) out.set(def.key, d);
  }
  return out;
}
