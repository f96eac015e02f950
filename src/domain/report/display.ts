/**
 * Values as text for the email forms, matching what the sheet's number formats show, so that
 * the HTML, the plain text and the printed sheet read the same. Negative numbers use the minus
 * sign U+2212: typographically right, and a value then never starts with "-", which a
 * spreadsheet would read as the start of a formula when the text is pasted into one.
 */
import type { Iso } from "../dates";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MINUS = "\u2212";

function parts(iso: Iso): { y: string; m: number; d: number } {
  return { y: iso.slice(0, 4), m: Number(iso.slice(5, 7)), d: Number(iso.slice(8, 10)) };
}

/** "30 Sep 2026". */
export function displayDate(iso: Iso | null): string {
  if (!iso) return "";
  const { y, m, d } = parts(iso);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** "30-Sep-2026": the sheet's date format (dd-mmm-yyyy), for page headers. */
export function sheetDate(iso: Iso): string {
  const { y, m, d } = parts(iso);
  return `${String(d).padStart(2, "0")}-${MONTHS[m - 1]}-${y}`;
}

/** "24 – 30 Sep 2026", "28 Sep – 4 Oct 2026", "29 Dec 2026 – 4 Jan 2027". */
export function displayPeriod(start: Iso, end: Iso): string {
  const a = parts(start);
  const b = parts(end);
  if (a.y !== b.y) return `${displayDate(start)} – ${displayDate(end)}`;
  if (a.m !== b.m) return `${a.d} ${MONTHS[a.m - 1]} – ${displayDate(end)}`;
  return `${a.d} – ${displayDate(end)}`;
}

/**
 * A number as an Excel number format shows it, for the formats the report uses: "0", "0.0",
 * "#,##0", "0%", "0.0%", and sectioned formats such as "+0;-0;0" (positive; negative; zero).
 */
export function formatNumber(value: number | null, format: string): string {
  if (value === null || !Number.isFinite(value)) return "";
  const sections = format.split(";");
  let section = sections[0]!;
  let v = value;
  if (sections.length > 1 && value < 0) {
    section = sections[1]!;
    v = Math.abs(value);
  } else if (sections.length > 2 && value === 0) {
    section = sections[2]!;
  }
  const percent = section.includes("%");
  if (percent) v *= 100;
  const decimals = /\.(0+)/.exec(section)?.[1]!.length ?? 0;
  const grouped = section.includes(",");
  let body = Math.abs(v).toFixed(decimals);
  // As Excel does, the sign follows the value, not its rounding: -0.04 shows as "-0.0".
  const negative = v < 0;
  if (grouped) {
    const [int, frac] = body.split(".");
    body = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (frac ? `.${frac}` : "");
  }
  const prefix = /^[+-]/.exec(section.replace(/^"([^"]*)"/, "$1"))?.[0] ?? "";
  const sign = prefix === "-" || negative ? MINUS : prefix;
  return `${sign}${body}${percent ? "%" : ""}`;
}

/** A share as a percentage with one decimal: 0.123 → "12.3%". */
export function displayPercent(share: number, decimals = 1): string {
  return formatNumber(share, decimals ? `0.${"0".repeat(decimals)}%` : "0%");
}

/** A whole or fractional day count without a trailing ".0". */
export function displayDays(days: number): string {
  return Number.isInteger(days) ? formatNumber(days, "0") : formatNumber(days, "0.0");
}
