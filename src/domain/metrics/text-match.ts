/**
 * How the workbook's formulas compare cell values, mirrored for the JS reference: COUNTIFS and
 * "=" compare text without regard to case; TRIM removes leading, trailing and repeated spaces
 * (spaces only); date criteria see numbers only, never text that looks like a date.
 */
import { cellText, isBlank, isCellError, type CellValue } from "../cell";
import { serialToIso, type Iso } from "../dates";

/** Text of a cell as a criterion sees it, lower-cased. */
export function key(v: CellValue): string {
  return cellText(v).toLowerCase();
}

export function sameText(a: CellValue, b: string): boolean {
  return key(a) === b.toLowerCase();
}

/** Excel's TRIM: spaces only, inner runs collapsed. */
export function excelTrim(v: CellValue): string {
  if (v === null || isCellError(v)) return "";
  return String(typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : v)
    .replace(/^ +| +$/g, "")
    .replace(/ {2,}/g, " ");
}

/**
 * ISO dates of serials already converted, per date system. Metrics and the report convert the
 * same few thousand dates on every row of every register, and building a Date to format each
 * one was the largest single cost of the report. Bounded, so that a long session reading many
 * workbooks keeps no more than a working set.
 */
const SERIAL_ISO: readonly Map<number, Iso | null>[] = [new Map(), new Map()];
const SERIAL_ISO_LIMIT = 100_000;

/** A date cell as formulas see it: a number (serial) is a date, anything else is not. */
export function serialDate(v: CellValue, date1904: boolean): Iso | null {
  if (typeof v !== "number" || !(v > 0)) return null;
  const cache = SERIAL_ISO[date1904 ? 1 : 0]!;
  let iso = cache.get(v);
  if (iso === undefined) {
    if (cache.size >= SERIAL_ISO_LIMIT) cache.clear();
    iso = serialToIso(v, date1904);
    cache.set(v, iso);
  }
  return iso;
}

export function num(v: CellValue): number | null {
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

export function present(v: CellValue): boolean {
  return !isBlank(v);
}
