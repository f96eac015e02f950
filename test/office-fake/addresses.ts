/**
 * A1 addresses as Excel's API takes and returns them: plain cells and ranges, whole rows ("1:4")
 * and whole columns ("B:D"), optionally sheet-qualified ("'Status Report'!A1:C3").
 */
import { a1, colIndex, type RangeRef } from "../../src/domain/a1";
import { fail } from "./errors";

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export const WHOLE_SHEET: RangeRef = { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 };

/** Splits "Sheet!A1:B2" into its sheet name (unquoted) and address. */
export function splitSheet(address: string): { sheet?: string; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

function part(p: string): { row?: number; col?: number } {
  const m = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/.exec(p.trim());
  if (!m || (!m[1] && !m[2])) fail("InvalidArgument", `not an address: ${p}`);
  const out: { row?: number; col?: number } = {};
  if (m[1]) out.col = colIndex(m[1]);
  if (m[2]) out.row = Number(m[2]) - 1;
  return out;
}

/** The rectangle of a local address (no sheet). Throws InvalidArgument like Excel for bad text. */
export function parseLocal(local: string): RangeRef {
  const [a, b] = local.split(":");
  if (a === undefined || a === "") fail("InvalidArgument", `empty address`);
  const p = part(a);
  const q = b === undefined ? p : part(b);
  // "1:4" gives rows only, "B:D" columns only; a single part must be a cell.
  if ((p.row === undefined) !== (q.row === undefined) || (p.col === undefined) !== (q.col === undefined)) fail("InvalidArgument", `not an address: ${local}`);
  if (b === undefined && (p.row === undefined || p.col === undefined)) fail("InvalidArgument", `not an address: ${local}`);
  const top = Math.min(p.row ?? 0, q.row ?? 0);
  const bottom = p.row === undefined ? MAX_ROWS - 1 : Math.max(p.row, q.row!);
  const left = Math.min(p.col ?? 0, q.col ?? 0);
  const right = p.col === undefined ? MAX_COLS - 1 : Math.max(p.col, q.col!);
  if (bottom >= MAX_ROWS || right >= MAX_COLS || top < 0 || left < 0) fail("InvalidArgument", `address outside the sheet: ${local}`);
  return { top, left, bottom, right };
}

function needsQuotes(sheet: string): boolean {
  return !/^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) || /^[A-Za-z]{1,3}\d+$/.test(sheet) || /^[Rr]\d*[Cc]\d*$/.test(sheet);
}

export function quoteSheetName(sheet: string): string {
  return needsQuotes(sheet) ? `'${sheet.replace(/'/g, "''")}'` : sheet;
}

/** The address Excel reports: whole rows and whole columns in their short forms, quotes only when needed. */
export function formatAddress(sheet: string, r: RangeRef): string {
  let local: string;
  if (r.left === 0 && r.right === MAX_COLS - 1) local = `${r.top + 1}:${r.bottom + 1}`;
  else if (r.top === 0 && r.bottom === MAX_ROWS - 1) local = `${a1(0, r.left).replace(/\d+$/, "")}:${a1(0, r.right).replace(/\d+$/, "")}`;
  else local = r.top === r.bottom && r.left === r.right ? a1(r.top, r.left) : `${a1(r.top, r.left)}:${a1(r.bottom, r.right)}`;
  return `${quoteSheetName(sheet)}!${local}`;
}

export function intersects(a: RangeRef, b: RangeRef): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function contains(outer: RangeRef, inner: RangeRef): boolean {
  return inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;
}

export function intersection(a: RangeRef, b: RangeRef): RangeRef | null {
  if (!intersects(a, b)) return null;
  return { top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) };
}

/** `a` without `b`, as at most four rectangles (what clearing part of a validated range leaves). */
export function subtract(a: RangeRef, b: RangeRef): RangeRef[] {
  const x = intersection(a, b);
  if (!x) return [a];
  const out: RangeRef[] = [];
  if (a.top < x.top) out.push({ ...a, bottom: x.top - 1 });
  if (x.bottom < a.bottom) out.push({ ...a, top: x.bottom + 1 });
  if (a.left < x.left) out.push({ top: x.top, bottom: x.bottom, left: a.left, right: x.left - 1 });
  if (x.right < a.right) out.push({ top: x.top, bottom: x.bottom, left: x.right + 1, right: a.right });
  return out;
}

export function cellCount(r: RangeRef): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}
