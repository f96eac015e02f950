/**
 * Coercion of raw cell values into the catalogue's types. Each function says whether the value
 * was blank, coerced, or not coercible (so that conversion can keep the text and list it in
 * `rejected`, and validation can flag the cell).
 */
import { cellText, collapseSpaces, isBlank, isCellError, type CellValue } from "../cell";
import { isDateFormat, isIso, isPlaceholderDate, numericDateOrders, parseDateText, serialToIso, type DayMonthOrder, type Iso } from "../dates";
import { LISTS } from "../registers/lists";
import type { ListName } from "../registers/types";
import { parseRaciCell, type RaciCode } from "../rules/raci/codes";
import { Memo } from "./memo";

export type Coerced<T> = { readonly ok: true; readonly value: T | null } | { readonly ok: false; readonly reason: string };

const blank = <T>(): Coerced<T> => ({ ok: true, value: null });

/** Text dates by day/month order: the same dates recur down a column and across registers. */
const TEXT_DATES: Readonly<Record<DayMonthOrder, Memo<Iso | null>>> = {
  dmy: new Memo((t) => (mayBeTextDate(t) ? parseDateText(t, "dmy") : null)),
  mdy: new Memo((t) => (mayBeTextDate(t) ? parseDateText(t, "mdy") : null)),
};

/**
 * False only for texts `parseDateText` cannot read, tested on the text it reads (trimmed, a
 * trailing bracket dropped, spaces collapsed). Its numeric forms start with a digit; its
 * named forms start with a word — a month ("Mar 15, 2026") or a weekday for date-fns
 * ("Monday, March 15, 2026", "Mon 15 March 2026") — followed by a space or a comma, and end
 * with the year's digits. Ids and names ("M-0042", "Design review") fail here without paying
 * for date-fns, which each of them otherwise goes through three times. A test in
 * coerce.test.ts holds the two together.
 */
function mayBeTextDate(text: string): boolean {
  const s = text.trim().replace(/\s*\([^)]*\)\s*$/, "").replace(/\s+/g, " ");
  return /^\d/.test(s) || (/^[A-Za-zÀ-ÿ]+\.?[, ]/.test(s) && /\d$/.test(s));
}

/** `parseDateText`, remembered: detection reads every text cell once as a possible date and conversion again. */
export function textDate(text: string, order: DayMonthOrder = "dmy"): Iso | null {
  return TEXT_DATES[order].get(text);
}

const DATE_FORMATS = new Memo((f) => isDateFormat(f));

/** `isDateFormat`, remembered: a sheet uses a handful of formats over thousands of cells. */
export function isDateFormatCached(fmt: string | null | undefined): boolean {
  return !!fmt && DATE_FORMATS.get(fmt);
}
const fail = <T>(reason: string): Coerced<T> => ({ ok: false, reason });

export interface DateContext {
  readonly date1904: boolean;
  readonly order?: DayMonthOrder;
  readonly numberFormat?: string | null;
}

/** A plain number in a date column is read as a serial when it is in a plausible range (1950–2100). */
const MIN_SERIAL = 18_264;
const MAX_SERIAL = 73_051;

export function coerceDate(v: CellValue, ctx: DateContext): Coerced<Iso> {
  if (v === null || isBlank(v)) return blank();
  if (isCellError(v)) return fail(`error value ${v.error}`);
  if (typeof v === "number") {
    // A date-formatted 0 is how a sheet shows an empty date (00/01/1900): no date yet.
    if (v >= 0 && v < 1 && isDateFormatCached(ctx.numberFormat)) return blank();
    const iso = serialToIso(v, ctx.date1904);
    if (iso && (isDateFormatCached(ctx.numberFormat) || (v >= MIN_SERIAL - (ctx.date1904 ? 1462 : 0) && v <= MAX_SERIAL))) {
      return isPlaceholderDate(iso) ? blank() : { ok: true, value: iso };
    }
    return fail(`number ${v} is not a date`);
  }
  if (typeof v === "boolean") return fail(`${v ? "TRUE" : "FALSE"} is not a date`);
  const text = v.trim();
  if (/^(n\/?a|tbd|tbc|-|–|—|none|\?)$/i.test(text)) return blank();
  const iso = textDate(text, ctx.order ?? "dmy");
  if (!iso) return fail(`"${text}" is not a date`);
  return isPlaceholderDate(iso) ? blank() : { ok: true, value: iso };
}

export function coerceNumber(v: CellValue): Coerced<number> {
  if (v === null || isBlank(v)) return blank();
  if (isCellError(v)) return fail(`error value ${v.error}`);
  if (typeof v === "number") return Number.isFinite(v) ? { ok: true, value: v } : fail("not a finite number");
  if (typeof v === "boolean") return fail(`${v ? "TRUE" : "FALSE"} is not a number`);
  const t = v.trim().replace(/[\s\u00a0']/g, "").replace(/^[€$£¥]|[€$£¥]$/g, "").replace(/^(EUR|USD|GBP|CHF)|(EUR|USD|GBP|CHF)$/i, "");
  // 1,234.5 or 1.234,5 or 1234,5
  let norm = t;
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) norm = t.replace(/,/g, "");
  else if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) norm = t.replace(/\./g, "").replace(",", ".");
  else if (/^-?\d+,\d+$/.test(t)) norm = t.replace(",", ".");
  const n = Number(norm);
  return norm !== "" && Number.isFinite(n) ? { ok: true, value: n } : fail(`"${cellText(v)}" is not a number`);
}

/**
 * Percent as 0–100. `fraction` says the column holds 0–1 fractions (decided per column by the
 * caller); text "45%" is always read as 45.
 */
export function coercePercent(v: CellValue, fraction: boolean): Coerced<number> {
  if (typeof v === "string" && /%\s*$/.test(v)) {
    const n = coerceNumber(v.replace(/%\s*$/, ""));
    return n.ok ? n : fail(`"${v.trim()}" is not a percentage`);
  }
  const n = coerceNumber(v);
  if (!n.ok || n.value === null) return n.ok ? n : fail(n.reason.replace("a number", "a percentage"));
  return { ok: true, value: fraction ? Math.round(n.value * 100 * 1e9) / 1e9 : n.value };
}

/** Decides whether a percent column holds fractions: every number within 0–1 and at least one below 1. */
export function isFractionColumn(values: readonly CellValue[], numberFormats?: readonly (string | null)[]): boolean {
  let any = false;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (numberFormats?.[i]?.includes("%")) return true;
    if (typeof v !== "number") continue;
    if (v < 0 || v > 1) return false;
    any = true;
  }
  return any;
}

/** Words people use for list values, by list, lower-case, mapped to the list's own value. */
const SYNONYMS: Partial<Record<ListName, Record<string, string>>> = {
  "Milestone Status": {
    done: "Complete", completed: "Complete", closed: "Complete", finished: "Complete", achieved: "Complete", met: "Complete", delivered: "Complete", erledigt: "Complete", abgeschlossen: "Complete", terminé: "Complete", "terminée": "Complete", completado: "Complete",
    "in progress": "In Progress", inprogress: "In Progress", "in-progress": "In Progress", ongoing: "In Progress", started: "In Progress", wip: "In Progress", active: "In Progress", "on track": "In Progress", "in arbeit": "In Progress", "en cours": "In Progress", "en curso": "In Progress",
    "not started": "Not Started", planned: "Not Started", open: "Not Started", "to do": "Not Started", todo: "Not Started", pending: "Not Started", new: "Not Started", offen: "Not Started", "à faire": "Not Started", pendiente: "Not Started",
    "on hold": "On Hold", hold: "On Hold", paused: "On Hold", blocked: "On Hold", pausiert: "On Hold", suspendu: "On Hold",
    cancelled: "Cancelled", canceled: "Cancelled", dropped: "Cancelled", abgebrochen: "Cancelled", storniert: "Cancelled", annulé: "Cancelled", cancelado: "Cancelled",
  },
  "RAID Status": {
    open: "Open", active: "Open", new: "Open", "in progress": "Open", inprogress: "Open", ongoing: "Open", pending: "Open", raised: "Open", offen: "Open", ouvert: "Open", abierto: "Open",
    monitoring: "Monitoring", monitor: "Monitoring", watch: "Monitoring", watching: "Monitoring", beobachten: "Monitoring",
    closed: "Closed", resolved: "Closed", done: "Closed", mitigated: "Closed", retired: "Closed", geschlossen: "Closed", fermé: "Closed", cerrado: "Closed",
  },
  "Action Status": {
    open: "Open", new: "Open", "not started": "Open", pending: "Open", "to do": "Open", todo: "Open", offen: "Open",
    "in progress": "In Progress", inprogress: "In Progress", ongoing: "In Progress", started: "In Progress", wip: "In Progress",
    done: "Done", complete: "Done", completed: "Done", closed: "Done", finished: "Done", resolved: "Done", erledigt: "Done", fait: "Done", hecho: "Done",
    cancelled: "Cancelled", canceled: "Cancelled", dropped: "Cancelled",
  },
  "RAID Type": { r: "Risk", a: "Assumption", i: "Issue", d: "Dependency", risks: "Risk", issues: "Issue", assumptions: "Assumption", dependencies: "Dependency", risiko: "Risk", problem: "Issue", risque: "Risk", riesgo: "Risk", problème: "Issue" },
  RAG: { r: "Red", a: "Amber", g: "Green", yellow: "Amber", orange: "Amber", rot: "Red", gelb: "Amber", grün: "Green", rouge: "Red", vert: "Green", rojo: "Red", verde: "Green" },
  "Yes No": { y: "Yes", n: "No", true: "Yes", false: "No", ja: "Yes", nein: "No", oui: "Yes", non: "No", sí: "Yes", si: "Yes" },
  "Decision Status": { pending: "Proposed", open: "Proposed", proposed: "Proposed", approved: "Approved", agreed: "Approved", accepted: "Approved", rejected: "Rejected", declined: "Rejected", superseded: "Superseded", replaced: "Superseded" },
  "Document Status": { "in review": "For Review", review: "For Review", "under review": "For Review", draft: "Draft", final: "Approved", released: "Approved", signed: "Approved", archived: "Archived", obsolete: "Superseded" },
  Level: { h: "High", m: "Medium", l: "Low", moderate: "Medium", med: "Medium", hoch: "High", mittel: "Medium", niedrig: "Low", élevé: "High", moyen: "Medium", faible: "Low", alto: "High", medio: "Medium", bajo: "Low" },
  Stage: { initiate: "Initiation", initiating: "Initiation", start: "Initiation", plan: "Planning", execute: "Execution", executing: "Execution", delivery: "Execution", "in progress": "Execution", inprogress: "Execution", close: "Closing", closure: "Closing", complete: "Closed", completed: "Closed", done: "Closed" },
};

/** The list's own spelling of a value (case-insensitive, synonyms), or a failure naming the list. */
const LIST_BY_LOWER = new Map<ListName, ReadonlyMap<string, string>>();

/** A list's values by their lower case; the first one wins, as a search of the list would find it. */
function listByLower(list: ListName): ReadonlyMap<string, string> {
  let m = LIST_BY_LOWER.get(list);
  if (!m) {
    const built = new Map<string, string>();
    for (const x of LISTS[list]) if (!built.has(x.toLowerCase())) built.set(x.toLowerCase(), x);
    LIST_BY_LOWER.set(list, built);
    m = built;
  }
  return m;
}

export function coerceEnum(v: CellValue, list: ListName): Coerced<string> {
  if (v === null || isBlank(v)) return blank();
  let memo = ENUMS.get(list);
  if (!memo) ENUMS.set(list, (memo = new Memo((text) => enumOf(text, list))));
  return memo.get(cellText(v));
}

/** Readings by list and text: a status column holds a handful of words over thousands of rows, and every register with a list tries it. */
const ENUMS = new Map<ListName, Memo<Coerced<string>>>();

function enumOf(text: string, list: ListName): Coerced<string> {
  const lower = text.toLowerCase();
  const exact = listByLower(list).get(lower);
  if (exact) return { ok: true, value: exact };
  const syn = SYNONYMS[list]?.[lower];
  if (syn) return { ok: true, value: syn };
  return fail(`"${text}" is not one of ${LISTS[list].join(", ")}`);
}

const SCALE_WORDS: Record<string, number> = {
  "very low": 1, rare: 1, negligible: 1, "sehr gering": 1, "sehr niedrig": 1, "très faible": 1, "muy bajo": 1, "muy baja": 1,
  low: 2, unlikely: 2, minor: 2, gering: 2, niedrig: 2, faible: 2, bajo: 2, baja: 2,
  medium: 3, moderate: 3, possible: 3, mittel: 3, moyen: 3, moyenne: 3, medio: 3, media: 3,
  high: 4, likely: 4, major: 4, hoch: 4, élevé: 4, "élevée": 4, alto: 4, alta: 4,
  "very high": 5, "almost certain": 5, certain: 5, severe: 5, critical: 5, "sehr hoch": 5, "très élevé": 5, "muy alto": 5, "muy alta": 5,
};

/** Probability or Impact on the 1–5 scale; words are read as numbers (rules.md). */
export function coerceScale(v: CellValue): Coerced<number> {
  if (typeof v === "string") {
    const w = SCALE_WORDS[v.trim().toLowerCase()];
    if (w !== undefined) return { ok: true, value: w };
  }
  return coerceNumber(v);
}

export function coerceText(v: CellValue): Coerced<string> {
  if (v === null || isBlank(v)) return blank();
  if (isCellError(v)) return fail(`error value ${v.error}`);
  if (typeof v === "number" && Number.isInteger(v)) return { ok: true, value: String(v) };
  return { ok: true, value: collapseSpaces(cellText(v)) };
}

/** Comma/semicolon separated ids. */
export function coerceIds(v: CellValue): Coerced<string[]> {
  if (v === null || isBlank(v)) return blank();
  const parts = cellText(v)
    .split(/[,;\n]+/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
  return { ok: true, value: parts };
}

export function isIsoDate(v: unknown): v is Iso {
  return typeof v === "string" && isIso(v);
}

// ------------------------------------------------------------------ conversion helpers

/**
 * The order a RACI register writes combined codes in: Accountable first, since the A is what a
 * reader looks for ("A/R", as registers.md writes it).
 */
const RACI_WRITE_ORDER: readonly RaciCode[] = ["A", "R", "S", "C", "I"];

/**
 * A RACI cell in the register's spelling: "R / a", "r, c" or "Responsible" become "R", "A/R",
 * "R/C"; "-", "N", "N/A" and blank mean not involved (blank). S is accepted here whatever the
 * RACI variant: whether RASCI is allowed is a validation question, not a reading one.
 */
/** What a text reads as in a RACI cell: codes in the register's spelling, "" for not involved, null for no code. */
const RACI_READINGS = new Memo<string | null>((t) => {
  const parsed = parseRaciCell(t, "RASCI");
  if (!parsed.valid) return null;
  return RACI_WRITE_ORDER.filter((c) => parsed.codes.has(c)).join("/");
});

export function coerceRaci(v: CellValue): Coerced<string> {
  if (v === null || isBlank(v)) return blank();
  if (typeof v !== "string") return fail(`${cellText(v)} is not a RACI code`);
  const codes = RACI_READINGS.get(v);
  if (codes === null) return fail(`"${v.trim()}" is not a RACI code (R, A, C, I or a combination such as A/R)`);
  if (codes === "") return blank();
  return { ok: true, value: codes };
}

/** True for a cell that reads as at least one RACI code (not for "-" or blank). */
export function isRaciCode(v: CellValue): boolean {
  if (typeof v !== "string" || v.trim().length > 16) return false;
  const codes = RACI_READINGS.get(v);
  return codes !== null && codes !== "";
}

/** True for the marks that say "not involved" in a RACI cell ("-", "N", "N/A"). */
export function isRaciNotInvolved(v: CellValue): boolean {
  if (typeof v !== "string" || isBlank(v)) return false;
  return RACI_READINGS.get(v) === "";
}

/**
 * Decides how the ambiguous numeric text dates of one column read, from the values themselves:
 * a 13/04/2026 anywhere in the column makes it d/m/y, a 04/13/2026 makes it m/d/y. Null when
 * every value reads both ways (or the column has no such values); the caller then falls back
 * to a hint (the sheet's date formats) and finally to d/m/y. A column where both kinds occur is
 * inconsistent: the majority wins and the others are rejected as not a date.
 */
export function decideDateOrder(values: readonly CellValue[]): DayMonthOrder | null {
  let dmyOnly = 0;
  let mdyOnly = 0;
  for (const v of values) {
    if (typeof v !== "string") continue;
    const o = DATE_ORDERS.get(v);
    if (!o) continue;
    if (o.dmy && !o.mdy) dmyOnly++;
    else if (o.mdy && !o.dmy) mdyOnly++;
  }
  if (dmyOnly === 0 && mdyOnly === 0) return null;
  return mdyOnly > dmyOnly ? "mdy" : "dmy";
}

/** What each text allows, by the text: a date column repeats its days. */
const DATE_ORDERS = new Memo((v) =>
  // Only a text starting with a digit can be a numeric date: names and ids need no trimming.
  /^\s*\d/.test(v) ? numericDateOrders(v.trim().replace(/\s*\([^)]*\)\s*$/, "")) : null,
);

/** The day/month order a number format shows ("dd/mm/yyyy" → dmy, "m/d/yy" → mdy), if it says. */
export function dateOrderOfFormat(fmt: string | null | undefined): DayMonthOrder | null {
  return fmt ? FORMAT_ORDERS.get(fmt) : null;
}

const FORMAT_ORDERS = new Memo<DayMonthOrder | null>((fmt) => {
  if (!isDateFormat(fmt)) return null;
  // Weekday names (ddd, dddd) and month names (mmm) say nothing about the numeric order.
  const bare = fmt
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .toLowerCase()
    .replace(/d{3,}/g, "")
    .replace(/[hs]+:?m+|m+:s+/g, "");
  if (/mmm/.test(bare)) return null;
  const d = bare.indexOf("d");
  const m = bare.indexOf("m");
  if (d < 0 || m < 0) return null;
  return d < m ? "dmy" : "mdy";
});

/** An identifier as text: whole numbers without a decimal point, text trimmed. */
export function coerceId(v: CellValue): Coerced<string> {
  if (v === null || isBlank(v)) return blank();
  if (isCellError(v)) return fail(`error value ${v.error}`);
  if (typeof v === "boolean") return fail(`${v ? "TRUE" : "FALSE"} is not an identifier`);
  if (typeof v === "number") return Number.isFinite(v) ? { ok: true, value: String(v) } : fail("not a finite number");
  return { ok: true, value: collapseSpaces(v.trim()) };
}

/** A person's name: trimmed, inner runs of spaces and line breaks made one space. */
export function coercePerson(v: CellValue): Coerced<string> {
  if (v === null || isBlank(v)) return blank();
  if (isCellError(v)) return fail(`error value ${v.error}`);
  if (typeof v !== "string") return fail(`${cellText(v)} is not a name`);
  return { ok: true, value: collapseSpaces(v.trim()) };
}
