/**
 * Register rows as the report reads them: in scope, with an id, and with dates and numbers read
 * the way the metrics (and so the workbook's formulas) read them, so that a list in the report
 * always has as many rows as the metric next to it counts ("2 milestones overdue" lists two).
 */
import type { Iso } from "../dates";
import { key, num, present, serialDate } from "../metrics/text-match";
import type { RegisterData } from "../registers/data";
import { rowViews, type RowView } from "../registers/records";
import type { RegisterKey } from "../registers/types";
import type { ReportScope } from "./model";

export type Registers = ReadonlyMap<RegisterKey, RegisterData>;

/** The Project ID a scope matches, lower-case; null for the portfolio (every row). */
export function scopeKey(scope: ReportScope): string | null {
  return scope.kind === "portfolio" ? null : scope.projectId.toLowerCase();
}

export function inScope(row: RowView, scope: ReportScope): boolean {
  const k = scopeKey(scope);
  return k === null || key(row.raw("projectId")) === k;
}

/** Rows of a register that have an id and belong to the scope. */
export function scopeRows(registers: Registers, register: RegisterKey, idKey: string, scope: ReportScope): RowView[] {
  const data = registers.get(register);
  if (!data) return [];
  return rowViews(data).filter((r) => present(r.raw(idKey)) && inScope(r, scope));
}

/** A date cell as the metrics read it: a serial is a date, anything else is not. */
export function dateOf(row: RowView, column: string): Iso | null {
  return serialDate(row.raw(column), row.data.date1904);
}

export function numberOf(row: RowView, column: string): number | null {
  return num(row.raw(column));
}

/** Lower-cased text of a cell, for comparing statuses and types as COUNTIFS does. */
export function keyOf(row: RowView, column: string): string {
  return key(row.raw(column));
}

// localeCompare with options builds a collator at every call, which made sorting thousands of
// lines the report's largest cost; one collator gives the same order.
const NUMERIC = new Intl.Collator(undefined, { numeric: true });
const PLAIN = new Intl.Collator();

/** IDs in their natural order (M-2 before M-10). */
export function compareIds(a: string, b: string): number {
  return NUMERIC.compare(a, b);
}

/** `a.localeCompare(b)`, with one collator for every call. */
export function compareText(a: string, b: string): number {
  return PLAIN.compare(a, b);
}
