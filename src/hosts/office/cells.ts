/**
 * Cells between the plan, Office.js and the snapshot. Writing through `values`/`formulas` is
 * typing into the cell: Excel turns "007" into 7, "2026-03-15" into a date and "=x" or "-" into
 * formulas. A plan's plain string is always text, so strings Excel would read as something else
 * get a leading apostrophe — except in text-formatted ("@") cells, which keep what is typed.
 */
import type { CellValue } from "../../domain/cell";
import { isoToSerial } from "../../domain/dates";
import { isDateCell, isFormulaCell, isLinkCell, type PlanCell } from "../../plan/plan";

/** What `Range.values` returns for cells holding an error. */
export const ERROR_TEXTS: ReadonlySet<string> = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!", "#PYTHON!"]);

const BOOLEAN_WORDS = /^(true|false|wahr|falsch|vrai|faux|verdadero|falso)$/i;

/** Whether Excel would read `s`, typed into a General cell, as anything but that text. */
export function needsQuotePrefix(s: string): boolean {
  if (s === "") return false;
  // Formulas and the prefixes Excel treats as formulas, the apostrophe itself, error literals.
  if ("=+-@'#".includes(s[0]!)) return true;
  // Numbers, dates, times, fractions, percentages and currencies all hold a digit.
  if (/\d/.test(s)) return true;
  return BOOLEAN_WORDS.test(s.trim());
}

export function textInput(s: string, textFormatted: boolean): string {
  return !textFormatted && needsQuotePrefix(s) ? `'${s}` : s;
}

export type OfficeInput = string | number | boolean;

export function formulaText(f: string): string {
  return f.startsWith("=") ? f : `=${f}`;
}

/**
 * A plan cell as Office.js input. Dates become serials in the workbook's date system when the
 * cell's number format is known to be a date format; otherwise the ISO text is typed, which
 * Excel reads as a date in every locale and formats only when the cell has no format of its own.
 */
export function toInput(c: PlanCell, format: string | null | undefined, date1904: boolean): OfficeInput {
  if (c === null) return "";
  if (typeof c === "number" || typeof c === "boolean") return c;
  if (typeof c === "string") return textInput(c, format === "@");
  if (isFormulaCell(c)) return formulaText(c.f);
  if (isDateCell(c)) return format && format !== "@" ? isoToSerial(c.d, date1904) : c.d;
  if (isLinkCell(c)) return textInput(c.text, format === "@");
  return "";
}

export function hasFormula(row: readonly OfficeInput[]): boolean {
  return row.some((v) => typeof v === "string" && v.startsWith("="));
}

/** A cell read back: `formulas` holds the formula, or the constant itself when there is none. */
export function fromOffice(value: unknown, formula: unknown): { value: CellValue; formula: string | null } {
  const f = typeof formula === "string" && formula.startsWith("=") && formula !== value ? formula : null;
  if (value === "" || value === null || value === undefined) return { value: null, formula: f };
  if (typeof value === "number" || typeof value === "boolean") return { value, formula: f };
  const s = String(value);
  // Text that reads exactly like an error literal is taken for the error (Range.valueTypes
  // would tell them apart, at the cost of another array per cell; see docs/office-host.md).
  if (ERROR_TEXTS.has(s)) return { value: { error: s }, formula: f };
  return { value: s, formula: f };
}
