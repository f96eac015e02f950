/**
 * RegisterData: the rows of one register as found in a workbook — either a structured register
 * table or a table detected in someone's own layout. Rules, metrics and the report all read
 * registers through this one shape, so a finding's cell is always where the data really is.
 */
import { a1 } from "../a1";
import type { CellValue } from "../cell";
import type { DayMonthOrder } from "../dates";
import type { RegisterKey } from "./types";

export interface DataColumn {
  /** Catalogue column key, or null for a column that maps to none (RACI person columns, extras). */
  readonly key: string | null;
  readonly header: string;
  /** Absolute 0-based sheet column. */
  readonly col: number;
  /** How ambiguous numeric text dates in this column read (decided from its values). */
  readonly dateOrder?: DayMonthOrder;
  /** Percent columns: values are 0–1 fractions (true) or 0–100 numbers (false). */
  readonly fraction?: boolean;
}

export interface DataRow {
  /** Absolute 0-based sheet row. */
  readonly row: number;
  /** One value per entry of `columns`, same order. */
  readonly cells: readonly CellValue[];
  /** Number formats per cell, same order; null for General. */
  readonly formats?: readonly (string | null)[];
}

export interface RegisterData {
  readonly register: RegisterKey;
  readonly sheet: string;
  /** Table name when the data is an Excel table. */
  readonly table?: string;
  /** Absolute 0-based row of the header. */
  readonly headerRow: number;
  readonly columns: readonly DataColumn[];
  readonly rows: readonly DataRow[];
  readonly date1904: boolean;
  /** True when this is a structured register of the catalogue (not a detected layout). */
  readonly structured: boolean;
}

export function columnIndex(data: RegisterData, key: string): number {
  return data.columns.findIndex((c) => c.key === key);
}

/** A1 address of a row's cell in a column (by key); the header cell when `row` is the header. */
export function cellAddress(data: RegisterData, row: number, key: string): string | null {
  const i = columnIndex(data, key);
  if (i < 0) return null;
  return a1(row, data.columns[i]!.col);
}

export function headerAddress(data: RegisterData, key: string): string | null {
  return cellAddress(data, data.headerRow, key);
}
