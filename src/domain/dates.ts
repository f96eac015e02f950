/**
 * The one place where dates are converted. Inside the engine a date is an ISO `YYYY-MM-DD`
 * string or an Excel serial in the 1900 date system; the workbook's own serials (1900 or 1904
 * system) are converted here, so no other module needs to know about 1904 or Excel's fictitious
 * 1900-02-29.
 */
import { isValid, parse } from "date-fns";

const MS_PER_DAY = 86_400_000;
/** 1899-12-30: serial 0 of the 1900 system once Excel's phantom 1900-02-29 is accounted for. */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
/** Days between the 1900 and the 1904 systems' serial 0. */
export const DATE1904_OFFSET = 1462;

export type Iso = string;

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIso(s: string): boolean {
  const m = ISO_RE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCFullYear() === +m[1]! && d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
}

/** Whole-day serial (1900 system) of an ISO date. */
export function isoToSerial(iso: Iso, date1904 = false): number {
  const m = ISO_RE.exec(iso);
  if (!m) throw new RangeError(`not an ISO date: ${iso}`);
  const ms = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!);
  let serial = Math.round((ms - EPOCH_1900) / MS_PER_DAY);
  // Serials 1..59 lie before Excel's phantom 1900-02-29 and are one lower.
  if (serial < 61 && serial > 0) serial -= 1;
  return date1904 ? serial - DATE1904_OFFSET : serial;
}

/** ISO date of a serial (time of day dropped). Returns null for serials that are no real date. */
/**
 * Days already converted, by 1900-system day. A register holds a few hundred distinct days
 * thousands of times, and building a Date to format each was the largest single cost of
 * conversion, metrics and the report. Bounded, so a long session keeps only a working set.
 */
const DAYS = new Map<number, Iso | null>();
const DAYS_LIMIT = 100_000;

export function serialToIso(serial: number, date1904 = false): Iso | null {
  if (!Number.isFinite(serial)) return null;
  const day = Math.floor(serial) + (date1904 ? DATE1904_OFFSET : 0);
  let iso = DAYS.get(day);
  if (iso === undefined) {
    iso = dayToIso(day);
    if (DAYS.size >= DAYS_LIMIT) DAYS.clear();
    DAYS.set(day, iso);
  }
  return iso;
}

function dayToIso(day: number): Iso | null {
  let s = day;
  if (s < 1 || s > 2_958_465) return null; // 1900-01-01 .. 9999-12-31
  if (s === 60) return null; // 1900-02-29 does not exist
  if (s < 60) s += 1;
  const d = new Date(EPOCH_1900 + s * MS_PER_DAY);
  return d.toISOString().slice(0, 10);
}

export function jsDateToIso(d: Date): Iso | null {
  if (Number.isNaN(d.getTime())) return null;
  return d.toISOString().slice(0, 10);
}

/** Serial (1900 system, with fraction for time) of a JS Date read as UTC, as exceljs gives them. */
export function jsDateToSerial(d: Date, date1904 = false): number | null {
  const t = d.getTime();
  if (Number.isNaN(t)) return null;
  let serial = (t - EPOCH_1900) / MS_PER_DAY;
  if (serial < 61 && serial >= 1) serial -= 1;
  return date1904 ? serial - DATE1904_OFFSET : serial;
}

export function serialToJsDate(serial: number, date1904 = false): Date {
  let s = serial + (date1904 ? DATE1904_OFFSET : 0);
  if (s < 61) s += 1;
  return new Date(EPOCH_1900 + Math.round(s * MS_PER_DAY));
}

export function addDays(iso: Iso, days: number): Iso {
  const m = ISO_RE.exec(iso);
  if (!m) throw new RangeError(`not an ISO date: ${iso}`);
  return new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]! + days)).toISOString().slice(0, 10);
}

/** b − a in whole days. */
export function daysBetween(a: Iso, b: Iso): number {
  return Math.round((Date.parse(b) - Date.parse(a)) / MS_PER_DAY);
}

/**
 * Whether an Excel number format shows a date. Quoted text, escaped characters and colour or
 * condition brackets are removed first so that "[Red]0.00" or "0 \"days\"" are not dates.
 */
export function isDateFormat(fmt: string | null | undefined): boolean {
  if (!fmt || fmt === "General" || fmt === "@") return false;
  const bare = fmt
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[(?!h\]|hh\]|m\]|mm\]|s\]|ss\])[^\]]*\]/gi, "");
  return /[dmyDMY]/.test(bare) && !/^[#0.,%\s]*$/.test(bare) && /(d|y|mmm|m\/|\/m|m-|-m|m\.|\.m)/i.test(bare);
}

/** Order of day and month in an ambiguous numeric date such as 03/04/2026. */
export type DayMonthOrder = "dmy" | "mdy";

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, januar: 1, janvier: 1, enero: 1, ene: 1, janv: 1,
  feb: 2, february: 2, februar: 2, février: 2, fevrier: 2, febrero: 2, févr: 2, fev: 2,
  mar: 3, march: 3, märz: 3, maerz: 3, mars: 3, marzo: 3, mrz: 3,
  apr: 4, april: 4, avril: 4, abril: 4, abr: 4, avr: 4,
  may: 5, mai: 5, mayo: 5,
  jun: 6, june: 6, juni: 6, juin: 6, junio: 6,
  jul: 7, july: 7, juli: 7, juillet: 7, julio: 7, juil: 7,
  aug: 8, august: 8, août: 8, aout: 8, agosto: 8, ago: 8,
  sep: 9, sept: 9, september: 9, septembre: 9, septiembre: 9,
  oct: 10, october: 10, oktober: 10, okt: 10, octobre: 10, octubre: 10,
  nov: 11, november: 11, novembre: 11, noviembre: 11,
  dec: 12, december: 12, dezember: 12, dez: 12, décembre: 12, decembre: 12, diciembre: 12, dic: 12, déc: 12,
};

function ymd(y: number, m: number, d: number): Iso | null {
  if (y < 100) y += y < 70 ? 2000 : 1900;
  const iso = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  return isIso(iso) ? iso : null;
}

/** What a numeric text date with two small leading numbers allows. */
export function numericDateOrders(text: string): { dmy: boolean; mdy: boolean } | null {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})\b/.exec(text);
  if (!m) return null;
  const a = +m[1]!, b = +m[2]!, y = +m[3]!;
  return { dmy: ymd(y, b, a) !== null, mdy: ymd(y, a, b) !== null };
}

/**
 * Parses the text forms of dates that PMO sheets hold: ISO (optionally with a time or a
 * weekday in brackets), d/m/y or m/d/y (per `order`), d.m.y, "15 Mar 2026", "Mar 15, 2026",
 * "15-Mar-26". Returns null when the text is not a date.
 */
export function parseDateText(text: string, order: DayMonthOrder = "dmy"): Iso | null {
  const s = text.trim().replace(/\s*\([^)]*\)\s*$/, "").replace(/\s+/g, " ");
  if (!s) return null;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (m) return ymd(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(s);
  if (m) return ymd(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(s);
  if (m) return ymd(+m[3]!, +m[2]!, +m[1]!);
  m = /^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})(?: \d{1,2}:\d{2}(?::\d{2})?(?: ?[AP]M)?)?$/i.exec(s);
  if (m) {
    const a = +m[1]!, b = +m[2]!, y = +m[3]!;
    return order === "dmy" ? ymd(y, b, a) ?? null : ymd(y, a, b) ?? null;
  }
  m = /^(\d{1,2})(?:st|nd|rd|th)?[ -]([A-Za-zÀ-ÿ]+)\.?,?[ -](\d{2}|\d{4})$/.exec(s);
  if (m) {
    const mon = MONTHS[m[2]!.toLowerCase()];
    return mon ? ymd(+m[3]!, mon, +m[1]!) : null;
  }
  m = /^([A-Za-zÀ-ÿ]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/.exec(s);
  if (m) {
    const mon = MONTHS[m[1]!.toLowerCase()];
    return mon ? ymd(+m[3]!, mon, +m[2]!) : null;
  }
  // Last resort for long English forms date-fns knows ("Monday, March 15, 2026").
  for (const f of ["EEEE, MMMM d, yyyy", "EEE, MMM d, yyyy", "EEEE d MMMM yyyy"]) {
    const d = parse(s, f, new Date(Date.UTC(2000, 0, 1)));
    if (isValid(d)) return ymd(d.getFullYear(), d.getMonth() + 1, d.getDate());
  }
  return null;
}

/** Placeholder dates that spreadsheets show for an empty date (serial 0 or 1 rendered). */
export function isPlaceholderDate(iso: Iso): boolean {
  return iso <= "1900-12-31";
}
