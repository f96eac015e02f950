/** Addresses between plans (A1, sheet-qualified refs) and Office.js (addresses, indexes, points). */
import { a1, colName, parseRange, rangeA1, type RangeRef } from "../../domain/a1";

/** "'Metrics'!$C$2:$C$9" → sheet "Metrics", address "$C$2:$C$9". */
export function splitSheetRef(ref: string): { sheet: string; address: string } {
  const bang = ref.lastIndexOf("!");
  if (bang < 0) throw new RangeError(`not a sheet-qualified reference: ${ref}`);
  let sheet = ref.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, address: ref.slice(bang + 1) };
}

/** The A1 ranges of a RangeAreas address ("Sheet1!A1:B2,'My Sheet'!D4"), commas inside quotes kept. */
export function parseAreas(address: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  if (current) parts.push(current);
  return parts.map((p) => rangeA1(parseRange(p.trim().replace(/\$/g, ""))));
}

export function rectAddress(r: RangeRef): string {
  return rangeA1(r);
}

export function rowsAddress(top: number, bottom: number): string {
  return `${top + 1}:${bottom + 1}`;
}

export function columnAddress(col: number): string {
  return `${colName(col)}:${colName(col)}`;
}

export function cellAddress(row: number, col: number): string {
  return a1(row, col);
}

/**
 * Column width from characters (the plan's and the file format's unit) to points (Office.js):
 * a character of the default 11-pt Calibri is 7 pixels, plus 5 pixels of padding, at 0.75 pt a pixel.
 */
export function widthInPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}
