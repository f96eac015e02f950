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

export function tableData(wb: WorkbookSnapshot, def: RegisterDef, sheet: SheetSnapshot, table: TableSnapshot): RegisterData {
  const range = parseRange(table.ref);
  const byHeader = new Map(def.columns.map((c) => [norm(c.header), c.key]));
  const columns: DataColumn[] = table.columns.map((header, i) => ({
    key: byHeader.get(norm(header)) ?? null,
    header,
    col: range.left + i,
  }));
  const lastDataRow = range.bottom - (table.totalsRow ? 1 : 0);
  const rows: DataRow[] = [];
  for (let r = range.top + 1; r <= lastDataRow; r++) {
    const src = sheet.values[r - sheet.originRow];
    const fmts = sheet.numberFormats?.[r - sheet.originRow];
    const cells: CellValue[] = new Array<CellValue>(columns.length);
    const formats: (string | null)[] = new Array<string | null>(columns.length);
    for (let i = 0; i < columns.length; i++) {
      const c = columns[i]!.col - sheet.originCol;
      cells[i] = src?.[c] ?? null;
      formats[i] = fmts?.[c] ?? null;
    }
    rows.push({ row: r, cells, formats });
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
