/**
 * The cells of one fake worksheet: value, formula and number format per cell, stored as
 * sparse rows so that a 100,000-row register stays cheap.
 */
import type { RangeRef } from "../../src/domain/a1";
import type { StoredValue } from "./entry";

export interface CellState {
  readonly value: StoredValue | null;
  readonly formula: string | null;
  /** null is General. */
  readonly format: string | null;
  /** Entered with a leading apostrophe. */
  readonly quoted: boolean;
}

interface Row {
  value: (StoredValue | null | undefined)[];
  formula: (string | null | undefined)[];
  format: (string | null | undefined)[];
  quoted: (boolean | undefined)[];
}

const EMPTY: CellState = { value: null, formula: null, format: null, quoted: false };

export class Grid {
  private rows: (Row | undefined)[] = [];

  private row(r: number): Row {
    let row = this.rows[r];
    if (!row) {
      row = { value: [], formula: [], format: [], quoted: [] };
      this.rows[r] = row;
    }
    return row;
  }

  get(r: number, c: number): CellState {
    const row = this.rows[r];
    if (!row) return EMPTY;
    return { value: row.value[c] ?? null, formula: row.formula[c] ?? null, format: row.format[c] ?? null, quoted: row.quoted[c] ?? false };
  }

  setContent(r: number, c: number, value: StoredValue | null, formula: string | null, quoted = false): void {
    const row = this.row(r);
    row.value[c] = value;
    row.formula[c] = formula;
    row.quoted[c] = quoted;
  }

  setFormat(r: number, c: number, format: string | null): void {
    this.row(r).format[c] = format;
  }

  hasContent(r: number, c: number): boolean {
    const row = this.rows[r];
    return !!row && ((row.value[c] ?? null) !== null || (row.formula[c] ?? null) !== null);
  }

  /** Calls `fn` for each stored row index within [top, bottom] (rows never written are skipped). */
  eachRow(top: number, bottom: number, fn: (r: number) => void): void {
    const last = Math.min(bottom, this.rows.length - 1);
    for (let r = top; r <= last; r++) if (this.rows[r]) fn(r);
  }

  clear(rect: RangeRef, what: "contents" | "formats" | "all"): void {
    this.eachRow(rect.top, rect.bottom, (r) => {
      const row = this.rows[r]!;
      const right = Math.min(rect.right, Math.max(row.value.length, row.format.length) - 1);
      for (let c = rect.left; c <= right; c++) {
        if (what !== "formats") {
          row.value[c] = null;
          row.formula[c] = null;
          row.quoted[c] = false;
        }
        if (what !== "contents") row.format[c] = null;
      }
    });
  }

  /** Bounding box of the cells with content (valuesOnly) or with content or a format, within `within`. */
  usedRect(within: RangeRef, valuesOnly: boolean): RangeRef | null {
    let top = Infinity,
      left = Infinity,
      bottom = -1,
      right = -1;
    this.eachRow(within.top, within.bottom, (r) => {
      const row = this.rows[r]!;
      const width = Math.max(row.value.length, valuesOnly ? 0 : row.format.length);
      for (let c = within.left; c <= Math.min(within.right, width - 1); c++) {
        const used = (row.value[c] ?? null) !== null || (row.formula[c] ?? null) !== null || (!valuesOnly && (row.format[c] ?? null) !== null);
        if (!used) continue;
        if (r < top) top = r;
        if (r > bottom) bottom = r;
        if (c < left) left = c;
        if (c > right) right = c;
      }
    });
    return bottom < 0 ? null : { top, left, bottom, right };
  }

  /**
   * The formula cells within `within` as rectangles: runs of formula cells down each column,
   * joined with the run in the column to the left when it covers the same rows (a calculated
   * column of a table is one rectangle, two side by side are one).
   */
  formulaRects(within: RangeRef): RangeRef[] {
    const runs: RangeRef[] = [];
    const open = new Map<number, RangeRef>();
    this.eachRow(within.top, within.bottom, (r) => {
      const row = this.rows[r]!;
      for (const [c, run] of open) {
        if (run.bottom === r - 1 && (row.formula[c] ?? null) !== null) continue;
        runs.push(run);
        open.delete(c);
      }
      for (let c = within.left; c <= Math.min(within.right, row.formula.length - 1); c++) {
        if ((row.formula[c] ?? null) === null) continue;
        const run = open.get(c);
        open.set(c, run ? { ...run, bottom: r } : { top: r, bottom: r, left: c, right: c });
      }
    });
    runs.push(...open.values());
    runs.sort((a, b) => a.top - b.top || a.bottom - b.bottom || a.left - b.left);
    const out: RangeRef[] = [];
    for (const run of runs) {
      const last = out[out.length - 1];
      if (last && last.top === run.top && last.bottom === run.bottom && last.right === run.left - 1) out[out.length - 1] = { ...last, right: run.right };
      else out.push(run);
    }
    return out;
  }
}
