/**
 * One source value into one register cell. The value is coerced to the column's type; when it
 * cannot be, its text is kept in the cell (so nothing is lost) and the caller lists it as
 * rejected; values that mean "empty" (a 1900 placeholder date, "TBD", "-" in a RACI) are
 * cleared and listed as such.
 */
import { cellText, isBlank, isCellError, type CellValue } from "../../domain/cell";
import { serialToIso, type DayMonthOrder } from "../../domain/dates";
import {
  coerceDate,
  coerceEnum,
  coerceId,
  coerceIds,
  coerceNumber,
  coercePercent,
  coercePerson,
  coerceRaci,
  coerceScale,
  coerceText,
  isDateFormatCached,
  isRaciNotInvolved,
} from "../../domain/ingest/coerce";
import type { ColumnDef } from "../../domain/registers/types";
import type { PlanCell } from "../../plan/plan";

export type CellOutcome =
  | { readonly kind: "value"; readonly cell: PlanCell }
  | { readonly kind: "blank" }
  | { readonly kind: "rejected"; readonly cell: PlanCell; readonly reason: string }
  | { readonly kind: "cleared"; readonly reason: string };

export interface SourceValue {
  readonly value: CellValue;
  readonly format: string | null;
  readonly formula: string | null;
}

export interface ColumnReading {
  readonly date1904: boolean;
  readonly dateOrder: DayMonthOrder;
  /** Percent column holding 0–1 fractions. */
  readonly fraction: boolean;
}

/** The text a source shows for a value: what a rejected cell keeps. */
export function shownText(v: CellValue): string {
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return cellText(v);
}

/** A value that is no value: a formula without a calculated result, or an error. */
function unusable(src: SourceValue): CellOutcome | null {
  if (isBlank(src.value) && src.formula) return { kind: "rejected", cell: src.formula, reason: `formula ${src.formula} has no calculated value; its text is kept` };
  if (isCellError(src.value)) return { kind: "rejected", cell: src.value.error, reason: `error value ${src.value.error}` };
  return null;
}

const rejected = (v: CellValue, reason: string): CellOutcome => ({ kind: "rejected", cell: shownText(v), reason });

/** A source value for a catalogue column. */
export function ownCell(src: SourceValue, def: ColumnDef, reading: ColumnReading): CellOutcome {
  const bad = unusable(src);
  if (bad) return bad;
  const v = src.value;
  if (isBlank(v)) return { kind: "blank" };
  switch (def.type) {
    case "id": {
      const c = coerceId(v);
      return c.ok ? (c.value === null ? { kind: "blank" } : { kind: "value", cell: c.value }) : rejected(v, c.reason);
    }
    case "text": {
      if (typeof v === "boolean") return { kind: "value", cell: shownText(v) };
      const c = coerceText(v);
      return c.ok ? (c.value === null ? { kind: "blank" } : { kind: "value", cell: typeof v === "number" ? String(v) : c.value }) : rejected(v, c.reason);
    }
    case "person": {
      const c = coercePerson(v);
      return c.ok ? (c.value === null ? { kind: "blank" } : { kind: "value", cell: c.value }) : rejected(v, c.reason);
    }
    case "date": {
      const c = coerceDate(v, { date1904: reading.date1904, order: reading.dateOrder, numberFormat: src.format });
      if (!c.ok) return rejected(v, c.reason);
      if (c.value === null) return { kind: "cleared", reason: typeof v === "number" ? "placeholder date (an empty date shown as 1900)" : `"${shownText(v)}" means no date yet` };
      return { kind: "value", cell: { d: c.value } };
    }
    case "number": {
      if (def.min !== undefined && def.max !== undefined) {
        const c = coerceScale(v);
        if (!c.ok) return rejected(v, `${c.reason.replace("a number", "a number or a word such as High")} (${def.header} is ${def.min}–${def.max})`);
        if (c.value === null) return { kind: "blank" };
        if (c.value < def.min || c.value > def.max || !Number.isInteger(c.value)) return rejected(v, `${shownText(v)} is outside ${def.header}'s scale ${def.min}–${def.max}`);
        return { kind: "value", cell: c.value };
      }
      const c = coerceNumber(v);
      return c.ok ? (c.value === null ? { kind: "blank" } : { kind: "value", cell: c.value }) : rejected(v, c.reason);
    }
    case "percent": {
      const c = coercePercent(v, reading.fraction);
      if (!c.ok) return rejected(v, c.reason);
      if (c.value === null) return { kind: "blank" };
      if (c.value < 0 || c.value > 100) return rejected(v, `${shownText(v)} is not a percentage from 0 to 100`);
      // The register shows percentages with a 0% format: the cell holds the fraction.
      return { kind: "value", cell: Math.round((c.value / 100) * 1e9) / 1e9 };
    }
    case "enum":
    case "rag": {
      if (!def.list) return { kind: "value", cell: shownText(v) };
      const c = coerceEnum(v, def.list);
      return c.ok ? (c.value === null ? { kind: "blank" } : { kind: "value", cell: c.value }) : rejected(v, c.reason);
    }
    case "ids": {
      const c = coerceIds(v);
      return c.ok && c.value ? { kind: "value", cell: c.value.join(", ") } : { kind: "blank" };
    }
    case "raci":
      return raciCell(src);
  }
}

/** A RACI role cell: normalised codes ("R / a" → "A/R"); "-" and "N" cleared. */
export function raciCell(src: SourceValue): CellOutcome {
  const bad = unusable(src);
  if (bad) return bad;
  const v = src.value;
  if (isBlank(v)) return { kind: "blank" };
  const c = coerceRaci(v);
  if (!c.ok) return rejected(v, c.reason);
  if (c.value === null) return isRaciNotInvolved(v) ? { kind: "cleared", reason: `"${shownText(v)}" means not involved` } : { kind: "blank" };
  return { kind: "value", cell: c.value };
}

/** A value carried as is into an extra column: dates stay dates, text stays text. */
export function extraCell(src: SourceValue, date1904: boolean): CellOutcome {
  const bad = unusable(src);
  if (bad) return bad;
  const v = src.value;
  if (isBlank(v)) return { kind: "blank" };
  if (typeof v === "number" && isDateFormatCached(src.format)) {
    const iso = serialToIso(v, date1904);
    if (iso) return { kind: "value", cell: { d: iso } };
  }
  if (typeof v === "string") return { kind: "value", cell: v.trim() };
  if (typeof v === "number" || typeof v === "boolean") return { kind: "value", cell: v };
  return { kind: "value", cell: shownText(v) };
}

/** A cell's value in a form that compares equal when two cells hold the same thing. */
export function comparable(c: PlanCell): string {
  if (c === null) return "";
  if (typeof c === "object") {
    if ("d" in c) return `d:${c.d}`;
    if ("f" in c) return `f:${c.f}`;
    return `l:${c.text}`;
  }
  if (typeof c === "number") return `n:${Math.round(c * 1e9) / 1e9}`;
  if (typeof c === "boolean") return `b:${c}`;
  const t = c.trim().replace(/\s+/g, " ").toLowerCase();
  // An id typed as 7 in one sheet and "7" in another is the same id.
  return /^-?\d+(\.\d+)?$/.test(t) ? `n:${Number(t)}` : `s:${t}`;
}
