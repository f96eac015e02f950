/**
 * What the values under a header are: how many read as dates, numbers, RACI codes, list values…
 * A header says what a column should hold; the profile says what it does hold, and both decide
 * the mapping (a "Category" of "Data Quality", "Technical" is no RAID Type).
 */
import { isBlank, type CellValue } from "../cell";
import type { ColumnDef } from "../registers/types";
import { coerceDate, coerceEnum, coerceNumber, coercePercent, coerceScale, isRaciCode, isRaciNotInvolved } from "./coerce";
import type { LayoutRow } from "./layout";
import { Memo } from "./memo";

export interface ColumnProfile {
  /** Non-blank values of the column's body rows. */
  readonly values: readonly CellValue[];
  readonly formats: readonly (string | null)[];
  readonly codes: number;
  readonly notInvolved: number;
  /** Codes that combine letters ("A/R"): strong evidence of a RACI matrix. */
  readonly combined: number;
  readonly texts: number;
  readonly longTexts: number;
  readonly distinctTexts: number;
}

export function profileColumn(rows: readonly LayoutRow[], index: number): ColumnProfile {
  return profileColumns(rows, index + 1)[index]!;
}

/** The profiles of the first `width` columns, read in one pass over the rows. */
export function profileColumns(rows: readonly LayoutRow[], width: number): ColumnProfile[] {
  const acc = Array.from({ length: width }, () => ({
    values: [] as CellValue[],
    formats: [] as (string | null)[],
    codes: 0,
    notInvolved: 0,
    combined: 0,
    texts: 0,
    longTexts: 0,
    distinct: new Set<string>(),
  }));
  for (const r of rows) {
    for (let i = 0; i < width; i++) {
      const v = r.values[i] ?? null;
      if (isBlank(v)) continue;
      const a = acc[i]!;
      a.values.push(v);
      a.formats.push(r.formats[i] ?? null);
      // Only texts can be codes or "not involved" marks.
      if (typeof v !== "string") continue;
      const t = TEXT_READINGS.get(v);
      if (t.code) {
        a.codes++;
        if (t.combined) a.combined++;
      } else if (t.notInvolved) a.notInvolved++;
      a.texts++;
      if (t.long) a.longTexts++;
      a.distinct.add(t.key);
    }
  }
  return acc.map(({ distinct, ...a }) => ({ ...a, distinctTexts: distinct.size }));
}

/** What a text tells a profile, by the text: statuses, codes and names recur down a column. */
const TEXT_READINGS = new Memo((v: string) => {
  const code = isRaciCode(v);
  const t = v.trim();
  return {
    code,
    combined: code && /[RACIS][^A-Za-z]*[RACIS]/i.test(t),
    notInvolved: !code && isRaciNotInvolved(v),
    long: t.length > 25,
    key: t.toLowerCase(),
  };
});

/** Share of the values (0..1) that `pred` accepts; 1 for an empty column (nothing contradicts). */
function share(p: ColumnProfile, pred: (v: CellValue, i: number) => boolean): number {
  if (!p.values.length) return 1;
  let n = 0;
  p.values.forEach((v, i) => {
    if (pred(v, i)) n++;
  });
  return n / p.values.length;
}

const isText = (v: CellValue) => typeof v === "string";

/**
 * Fits already worked out per profile, by what decides them (type, list, scale, date system):
 * every register tries its date, status and id columns on the same source column, each over
 * all of the column's values.
 */
const FITS = new WeakMap<ColumnProfile, Map<string, number>>();

/** How well the values fit a catalogue column's type, 0..1. */
export function typeFit(p: ColumnProfile, def: ColumnDef, date1904: boolean): number {
  const k = `${def.type}|${def.list ?? ""}|${def.min ?? ""}|${def.max ?? ""}|${date1904}`;
  let fits = FITS.get(p);
  if (!fits) FITS.set(p, (fits = new Map()));
  const hit = fits.get(k);
  if (hit !== undefined) return hit;
  const fit = computeFit(p, def, date1904);
  fits.set(k, fit);
  return fit;
}

function computeFit(p: ColumnProfile, def: ColumnDef, date1904: boolean): number {
  switch (def.type) {
    case "date":
      return share(p, (v, i) => {
        const c = coerceDate(v, { date1904, numberFormat: p.formats[i] ?? null });
        return c.ok;
      });
    case "number":
      if (def.min !== undefined && def.max !== undefined) {
        return share(p, (v) => {
          const c = coerceScale(v);
          return c.ok && c.value !== null && c.value >= def.min! && c.value <= def.max!;
        });
      }
      return share(p, (v) => coerceNumber(v).ok);
    case "percent":
      return share(p, (v) => {
        const c = coercePercent(v, typeof v === "number" && v <= 1);
        return c.ok && c.value !== null && c.value >= 0 && c.value <= 100;
      });
    case "enum":
    case "rag":
      return def.list ? share(p, (v) => coerceEnum(v, def.list!).ok) : 1;
    case "id":
      return share(p, (v) => (typeof v === "number" ? Number.isFinite(v) : isText(v) && String(v).trim().length <= 30 && String(v).trim().split(/\s+/).length <= 3));
    case "person":
      return share(p, (v) => isText(v) && String(v).trim().length <= 60 && String(v).trim().split(/\s+/).length <= 6 && !/\d{3,}/.test(String(v)));
    case "text":
      return share(p, (v) => isText(v) || typeof v === "number") * 0.5 + share(p, isText) * 0.5;
    case "raci":
      return share(p, (v) => isRaciCode(v) || isRaciNotInvolved(v));
    case "ids":
      return share(p, (v) => isText(v) || typeof v === "number");
  }
}

/** Types whose values say a lot: a wrong fit there counts more than for free text. */
export function isStrictType(def: ColumnDef): boolean {
  return def.type === "date" || def.type === "number" || def.type === "percent" || def.type === "enum" || def.type === "rag" || def.type === "id";
}

/** Share of the values that occur once: a register's own id column holds each id once. */
export function uniqueness(p: ColumnProfile): number {
  const hit = UNIQUENESS.get(p);
  if (hit !== undefined) return hit;
  let u = 1;
  if (p.values.length >= 2) {
    const seen = new Set(p.values.map((v) => String(v).trim().toLowerCase()));
    u = seen.size / p.values.length;
  }
  UNIQUENESS.set(p, u);
  return u;
}

/** Asked for every register that has an id column, over the same values. */
const UNIQUENESS = new WeakMap<ColumnProfile, number>();
