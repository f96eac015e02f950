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

/** A date cell as formulas see it: a number (serial) is a date, anything else is not. */
export function serialDate(v: CellValue, date1904: boolean): Iso | null {
  return typeof v === "number" && v > 0 ? serialToIso(v, date1904) : null;
}

export function num(v: CellValue): number | null {
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

export function present(v: CellValue): boolean {
  return !isBlank(v);
}
