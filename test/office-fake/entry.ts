/**
 * What Excel makes of a value written through `Range.values` or `Range.formulas`: the same as
 * typing it into the cell. Strings are parsed — "007" becomes 7, "2026-03-15" a date, "TRUE" a
 * boolean, "=…", "+…" and "-…" formulas — unless the cell is formatted as text ("@") or the
 * string starts with an apostrophe. The fake applies these rules so that a host which forgets
 * to protect text fails its tests as it would fail in Excel.
 */
import { isoToSerial, parseDateText } from "../../src/domain/dates";
import { fail } from "./errors";

export type Scalar = string | number | boolean;
export interface ErrorValue {
  readonly error: string;
}
export type StoredValue = Scalar | ErrorValue;

export const ERROR_LITERALS = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!"];

export type Entry =
  /** null in an input array: the cell is left as it is. */
  | { readonly kind: "keep" }
  | { readonly kind: "clear" }
  /** `format` is what Excel applies to a General cell for this kind of entry (a date, a percent). */
  | { readonly kind: "value"; readonly value: StoredValue; readonly quoted?: boolean; readonly format?: string }
  | { readonly kind: "formula"; readonly formula: string };

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const THOUSANDS = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PERCENT = /^([+-]?(\d+\.?\d*|\.\d+))%$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/** Rejects what Excel's formula parser rejects in the cases a host can get wrong. */
export function checkFormulaSyntax(formula: string): void {
  const body = formula.slice(1);
  const bad = (why: string) => fail("InvalidArgument", `formula ${JSON.stringify(formula)} is not valid: ${why}`);
  if (!formula.startsWith("=") || body.trim() === "") bad("empty");
  let paren = 0;
  let bracket = 0;
  let inString = false;
  for (const ch of body) {
    if (ch === '"') inString = !inString;
    if (inString) continue;
    if (ch === "(") paren++;
    if (ch === ")") paren--;
    if (ch === "[") bracket++;
    if (ch === "]") bracket--;
    if (paren < 0 || bracket < 0) bad("unbalanced brackets");
  }
  if (inString) bad("unterminated string");
  if (paren !== 0 || bracket !== 0) bad("unbalanced brackets");
  if (/[-+*/^&,(=<>]\s*$/.test(body)) bad("ends with an operator");
}

export function interpretEntry(input: unknown, cellFormat: string | null, date1904 = false): Entry {
  if (input === null || input === undefined) return { kind: "keep" };
  if (typeof input === "number") {
    if (!Number.isFinite(input)) fail("InvalidArgument", `${input} is not a value a cell can hold`);
    return { kind: "value", value: input };
  }
  if (typeof input === "boolean") return { kind: "value", value: input };
  if (typeof input !== "string") fail("InvalidArgument", `a cell value must be a string, number or boolean, not ${JSON.stringify(input)}`);
  if (input === "") return { kind: "clear" };
  // A text-formatted cell keeps whatever is typed, formulas included.
  if (cellFormat === "@") return { kind: "value", value: input };
  if (input.startsWith("'")) return { kind: "value", value: input.slice(1), quoted: true };
  if (input.startsWith("=")) {
    checkFormulaSyntax(input);
    return { kind: "formula", formula: input };
  }
  const t = input.trim();
  if (NUMBER.test(t)) return { kind: "value", value: Number(t) };
  if (THOUSANDS.test(t)) return { kind: "value", value: Number(t.replace(/,/g, "")), format: "#,##0" };
  const pct = PERCENT.exec(t);
  if (pct) return { kind: "value", value: Number(pct[1]) / 100, format: "0%" };
  if (/^(true|false)$/i.test(t)) return { kind: "value", value: t.toLowerCase() === "true" };
  if (ERROR_LITERALS.includes(t.toUpperCase())) return { kind: "value", value: { error: t.toUpperCase() } };
  const time = TIME.exec(t);
  if (time) return { kind: "value", value: (Number(time[1]) * 3600 + Number(time[2]) * 60 + Number(time[3] ?? 0)) / 86400, format: "h:mm" };
  // An en-US Excel reads m/d/y; the fake also takes the other common forms as dates, which is
  // stricter than any one locale.
  // Every date form has a digit; testing for one first keeps plain words away from the parser.
  const iso = /\d/.test(t) ? parseDateText(t, "mdy") : null;
  if (iso) return { kind: "value", value: isoToSerial(iso, date1904), format: "m/d/yyyy" };
  if (t.startsWith("+") || t.startsWith("-") || t.startsWith("@")) {
    const formula = `=${t}`;
    checkFormulaSyntax(formula);
    return { kind: "formula", formula };
  }
  return { kind: "value", value: input };
}
