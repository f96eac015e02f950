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

/**
 * A call of a future function not yet prefixed, in formula text escaped or not: an escape ends
 * with ";", which is not a name character, so the escaped text matches wherever the formula
 * does (and, inside a string literal, perhaps where it does not: prefixFutureFunctions decides).
 */
const ANY_CALL = new RegExp(`(^|[^A-Za-z0-9_.])(${FUTURE.join("|")})\\(`, "g");

/**
 * Rewrites every <f> of a worksheet part that calls a future function. The calls are looked for
 * in the whole part and only the formulas holding one are rewritten: a sheet of 100,000 rows
 * holds hundreds of thousands of formulas, nearly all without one (and COUNTIFS is not IFS).
 * Formula text holds no "<", so the last "<" before a call opens the element it is in.
 */
export function prefixSheetFormulas(xml: string): string {
  const out: string[] = [];
  let done = 0;
  ANY_CALL.lastIndex = 0;
  for (let m = ANY_CALL.exec(xml); m; m = ANY_CALL.exec(xml)) {
    const lt = xml.lastIndexOf("<", m.index + m[1]!.length);
    const isF = lt >= done && (xml.startsWith("<f>", lt) || xml.startsWith("<f ", lt));
    if (!isF) continue;
    const bodyStart = xml.indexOf(">", lt) + 1;
    const bodyEnd = xml.indexOf("</f>", bodyStart);
    // A self-closing <f .../> (a shared formula's follower) has no text to rewrite.
    if (bodyStart <= lt || bodyEnd < 0 || xml[bodyStart - 2] === "/") continue;
    out.push(xml.slice(done, bodyStart), escapeText(prefixFutureFunctions(xmlUnescape(xml.slice(bodyStart, bodyEnd)))));
    done = bodyEnd;
    ANY_CALL.lastIndex = bodyEnd;
  }
  if (!out.length) return xml;
  out.push(xml.slice(done));
  return out.join("");
}
