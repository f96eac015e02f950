/**
 * Typed access to one row of RegisterData. Every accessor returns the coerced value, the raw
 * value and the A1 cell it came from, so that metrics use clean values and rules can point at
 * the cell that broke them.
 */
import { a1 } from "../a1";
import { cellText, isBlank, type CellValue } from "../cell";
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

export class RowView {
  private readonly index: ReadonlyMap<string, number>;

  constructor(
    readonly data: RegisterData,
    readonly dataRow: DataRow,
    index?: ReadonlyMap<string, number>,
  ) {
    this.index = index ?? columnIndexMap(data);
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
    return i === undefined ? null : a1(this.dataRow.row, this.data.columns[i]!.col);
  }

  private field<T>(key: string, coerce: (v: CellValue, i: number) => Coerced<T>): Field<T> {
    const i = this.index.get(key);
    if (i === undefined) return { value: null, raw: null, cell: null, invalid: false, missing: true };
    const raw = this.dataRow.cells[i] ?? null;
    const cell = a1(this.dataRow.row, this.data.columns[i]!.col);
    const c = coerce(raw, i);
    return c.ok
      ? { value: c.value, raw, cell, invalid: false, missing: false }
      : { value: null, raw, cell, invalid: true, reason: c.reason, missing: false };
  }

  text(key: string): Field<string> {
    return this.field(key, coerceText);
  }

  date(key: string): Field<Iso> {
    return this.field(key, (v, i) =>
      coerceDate(v, {
        date1904: this.data.date1904,
        order: this.data.columns[i]!.dateOrder ?? "dmy",
        numberFormat: this.dataRow.formats?.[i] ?? null,
      }),
    );
  }

  number(key: string): Field<number> {
    return this.field(key, coerceNumber);
  }

  scale(key: string): Field<number> {
    return this.field(key, coerceScale);
  }

  /** 0–100. */
  percent(key: string): Field<number> {
    return this.field(key, (v, i) => coercePercent(v, this.data.columns[i]!.fraction ?? false));
  }

  enumValue(key: string, list: ListName): Field<string> {
    return this.field(key, (v) => coerceEnum(v, list));
  }

  ids(key: string): Field<string[]> {
    return this.field(key, coerceIds);
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
  const index = columnIndexMap(data);
  const out: RowView[] = [];
  for (const r of data.rows) {
    if (r.cells.some((c) => !isBlank(c))) out.push(new RowView(data, r, index));
  }
  return out;
}
