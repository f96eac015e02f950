/**
 * Functions added to Excel after 2007 are stored in the file with an "_xlfn." prefix (ECMA-376
 * Part 1, 18.17.7 "future functions"); without it Excel and LibreOffice read an unknown name
 * and show #NAME?. Plans hold formulas as Office.js takes them (MAXIFS), so the prefix is added
 * when the package is written.
 */
import { xmlUnescape } from "../defined-names";
import { escapeText } from "./xml";

/** The future functions our formulas use. */
const FUTURE = ["MAXIFS", "MINIFS", "IFS", "SWITCH", "CONCAT", "TEXTJOIN", "XLOOKUP", "AGGREGATE"];
const CALL = new RegExp(`(^|[^A-Za-z0-9_.])(${FUTURE.join("|")})\\(`, "g");

/** Prefixes future function calls outside string literals. */
export function prefixFutureFunctions(formula: string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(CALL, (_m, pre: string, fn: string) => `${pre}_xlfn.${fn}(`)))
    .join("");
}

/** Rewrites every <f> of a worksheet part that calls a future function. */
export function prefixSheetFormulas(xml: string): string {
  if (!new RegExp(`(${FUTURE.join("|")})\\(`).test(xml)) return xml;
  return xml.replace(/(<f\b[^>]*>)([^<]*)(<\/f>)/g, (_m, open: string, body: string, close: string) => open + escapeText(prefixFutureFunctions(xmlUnescape(body))) + close);
}
