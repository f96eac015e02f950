/**
 * Typed access to one row of RegisterData. Every accessor returns the coerced value, the raw
 * value and the A1 cell it came from, so that metrics use clean values and rules can point at
 * the cell that broke them.
 */
import { colName } from "../a1";
import { cellText, isBlank, type CellError, type CellValue } from "../cell";
import type { Iso } from "../dates";
import { coerceDate, coerceEnum, coerceIds, coerceNumber, coercePercent, coerceScale, coerceText, type Coerced } from "../ingest/coerce";
import type { DataRow, RegisterData } from "./data";
import type { ListName } from "./types";

export interface Field<T> {
  /** Coerced value; null when blank or not coercible. */
  readonly value: T | null;
  readonly raw: CellValue;
  /** A1 address of the cell, null when the column is missing. */
  readonly cell: string | null;
  /** Non-blank but not coercible; `reason` says why. */
  readonly invalid: boolean;
  readonly reason?: string;
  /** The register lacks this column altogether. */
  readonly missing: boolean;
}

type Primitive = string | number | boolean;

const BLANK: Coerced<never> = Object.freeze({ ok: true, value: null });
type Cache<T> = Map<Primitive, Coerced<T>>;

/**
 * What the views of one register share: the data column of each key, the column letters, and
 * the coerced value of each raw value already seen. Coercion is pure, and a register repeats
 * the same statuses and dates on thousands of rows, so every rule reading a column pays for
 * parsing each distinct value once (date parsing dominated validation).
 */
export class RegisterReader {
  readonly index: ReadonlyMap<string, number>;
  private readonly letters: readonly string[];
  private readonly dates: Map<string | null, Cache<Iso>>[];
  private readonly percents: Cache<number>[];
  private readonly enums = new Map<ListName, Cache<string>>();
  private readonly texts: Cache<string> = new Map();
  private readonly numbers: Cache<number> = new Map();
  private readonly scales: Cache<number> = new Map();

  constructor(readonly data: RegisterData, index?: ReadonlyMap<string, number>) {
    this.index = index ?? columnIndexMap(data);
    this.letters = data.columns.map((c) => colName(c.col));
    this.dates = data.columns.map(() => new Map());
    this.percents = data.columns.map(() => new Map());
  }

  /** A1 address of data column `i` on sheet row `row` (0-based), as `a1` writes it. */
  address(row: number, i: number): string {
    return this.letters[i]! + (row + 1);
  }

  date(v: CellValue, i: number, numberFormat: string | null): Coerced<Iso> {
    if (uncached(v)) return coerceDate(v, { date1904: this.data.date1904, order: this.data.columns[i]!.dateOrder ?? "dmy", numberFormat });
    const byFormat = this.dates[i]!;
    let cache = byFormat.get(numberFormat);
    if (!cache) byFormat.set(numberFormat, (cache = new Map()));
    let c = cache.get(v);
    if (!c) cache.set(v, (c = coerceDate(v, { date1904: this.data.date1904, order: this.data.columns[i]!.dateOrder ?? "dmy", numberFormat })));
    return c;
  }

  percent(v: CellValue, i: number): Coerced<number> {
    if (uncached(v)) return coercePercent(v, this.data.columns[i]!.fraction ?? false);
    const cache = this.percents[i]!;
    let c = cache.get(v);
    if (!c) cache.set(v, (c = coercePercent(v, this.data.columns[i]!.fraction ?? false)));
    return c;
  }

  enumValue(v: CellValue, list: ListName): Coerced<string> {
    if (uncached(v)) return coerceEnum(v, list);
    let cache = this.enums.get(list);
    if (!cache) this.enums.set(list, (cache = new Map()));
    let c = cache.get(v);
    if (!c) cache.set(v, (c = coerceEnum(v, list)));
    return c;
  }

  text(v: CellValue): Coerced<string> {
    return memo(this.texts, v, coerceText);
  }

  number(v: CellValue): Coerced<number> {
    return memo(this.numbers, v, coerceNumber);
  }

  scale(v: CellValue): Coerced<number> {
    return memo(this.scales, v, coerceScale);
  }
}

/** Values not worth caching, or that a cache would confuse (-0 and 0 are one Map key). */
function uncached(v: CellValue): v is null | CellError | 0 {
  return v === null || typeof v === "object" || v === 0;
}

function memo<T>(cache: Cache<T>, v: CellValue, coerce: (v: CellValue) => Coerced<T>): Coerced<T> {
  if (uncached(v)) return coerce(v);
  let c = cache.get(v);
  if (!c) cache.set(v, (c = coerce(v)));
  return c;
}

export class RowView {
  private readonly index: ReadonlyMap<string, number>;
  private readonly reader: RegisterReader;

  constructor(
    readonly data: RegisterData,
    readonly dataRow: DataRow,
    index?: ReadonlyMap<string, number> | RegisterReader,
  ) {
    this.reader = index instanceof RegisterReader ? index : new RegisterReader(data, index);
    this.index = this.reader.index;
  }

  /** 0-based sheet row. */
  get row(): number {
    return this.dataRow.row;
  }

  has(key: string): boolean {
    return this.index.has(key);
  }

  raw(key: string): CellValue {
    const i = this.index.get(key);
    return i === undefined ? null : (this.dataRow.cells[i] ?? null);
  }

  cell(key: string): string | null {
    const i = this.index.get(key);
    return i === undefined ? null : this.reader.address(this.dataRow.row, i);
  }

  private field<T>(key: string, coerce: (v: CellValue, i: number) => Coerced<T>): Field<T> {
    const i = this.index.get(key);
    if (i === undefined) return { value: null, raw: null, cell: null, invalid: false, missing: true };
    const raw = this.dataRow.cells[i] ?? null;
    const cell = this.reader.address(this.dataRow.row, i);
    const c = coerce(raw, i);
    return c.ok
      ? { value: c.value, raw, cell, invalid: false, missing: false }
      : { value: null, raw, cell, invalid: true, reason: c.reason, missing: false };
  }

  text(key: string): Field<string> {
    return this.field(key, (v) => this.reader.text(v));
  }

  date(key: string): Field<Iso> {
    return this.field(key, (v, i) => this.reader.date(v, i, this.dataRow.formats?.[i] ?? null));
  }

  number(key: string): Field<number> {
    return this.field(key, (v) => this.reader.number(v));
  }

  scale(key: string): Field<number> {
    return this.field(key, (v) => this.reader.scale(v));
  }

  /** 0–100. */
  percent(key: string): Field<number> {
    return this.field(key, (v, i) => this.reader.percent(v, i));
  }

  enumValue(key: string, list: ListName): Field<string> {
    return this.field(key, (v) => this.reader.enumValue(v, list));
  }

  /** Not memoised: the value is an array the caller may keep and change. */
  ids(key: string): Field<string[]> {
    return this.field(key, coerceIds);
  }

  /*
   * The coerced value alone, without a Field: the value shared by every row holding the same raw
   * value, so that reading a column of 100,000 rows allocates nothing per row. A missing column
   * reads as blank.
   */

  readDate(key: string): Coerced<Iso> {
    const i = this.index.get(key);
    return i === undefined ? BLANK : this.reader.date(this.dataRow.cells[i] ?? null, i, this.dataRow.formats?.[i] ?? null);
  }

  readPercent(key: string): Coerced<number> {
    const i = this.index.get(key);
    return i === undefined ? BLANK : this.reader.percent(this.dataRow.cells[i] ?? null, i);
  }

  readNumber(key: string): Coerced<number> {
    const i = this.index.get(key);
    return i === undefined ? BLANK : this.reader.number(this.dataRow.cells[i] ?? null);
  }

  readScale(key: string): Coerced<number> {
    const i = this.index.get(key);
    return i === undefined ? BLANK : this.reader.scale(this.dataRow.cells[i] ?? null);
  }

  readEnum(key: string, list: ListName): Coerced<string> {
    const i = this.index.get(key);
    return i === undefined ? BLANK : this.reader.enumValue(this.dataRow.cells[i] ?? null, list);
  }

  isBlank(key: string): boolean {
    return isBlank(this.raw(key));
  }

  textOf(key: string): string {
    return cellText(this.raw(key));
  }
}

export function columnIndexMap(data: RegisterData): Map<string, number> {
  const m = new Map<string, number>();
  data.columns.forEach((c, i) => {
    if (c.key !== null && !m.has(c.key)) m.set(c.key, i);
  });
  return m;
}

/** Views of every row that holds at least one non-blank cell. */
export function rowViews(data: RegisterData): RowView[] {
  const reader = new RegisterReader(data);
  const out: RowView[] = [];
  for (const r of data.rows) {
    if (r.cells.some((c) => !isBlank(c))) out.push(new RowView(data, r, reader));
  }
  return out;
}
