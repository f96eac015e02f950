/**
 * The used cells of one sheet, as detection reads them: only non-blank cells are listed (a row
 * of 16,384 dates costs one pass, never a rows × columns scan), each with a kind, and merged
 * ranges resolved so that a merged banner or a vertically merged header is one logical cell.
 */
import { parseRange, type RangeRef } from "../a1";
import { cellText, isBlank, isCellError, type CellValue, type Grid } from "../cell";
import { isDateFormatCached, isRaciCode, textDate } from "./coerce";
import { Memo } from "./memo";

export type CellKind = "text" | "number" | "date" | "bool" | "error" | "code";

export interface SheetCell {
  /** Absolute 0-based row and column of the cell (the top-left of a merge). */
  readonly row: number;
  readonly col: number;
  readonly value: CellValue;
  readonly text: string;
  readonly kind: CellKind;
  readonly format: string | null;
  readonly formula: string | null;
  /** The merged range the cell anchors, if any. */
  readonly merge?: RangeRef;
}

/** A merge at least this tall is a text box (notes, bullets) rather than part of a table's grid. */
export const TALL_MERGE_ROWS = 4;

function kindOf(value: CellValue, format: string | null): CellKind {
  if (typeof value === "number") return isDateFormatCached(format) ? "date" : "number";
  if (typeof value === "boolean") return "bool";
  if (isCellError(value)) return "error";
  return TEXT_KINDS.get(cellText(value));
}

/** The kind of a text by the text alone: statuses, dates and codes recur down every column. */
const TEXT_KINDS = new Memo<CellKind>((t) => {
  if (isRaciCode(t) && t.length <= 7) return "code";
  if (t.length <= 40 && /\d/.test(t) && textDate(t, "dmy") !== null) return "date";
  if (/^-?[\d.,\s]+%?$/.test(t) && /\d/.test(t)) return "number";
  return "text";
});

export class SheetCells {
  readonly name: string;
  /** Rows holding at least one non-blank cell, ascending. */
  readonly rowNumbers: readonly number[];
  readonly merges: readonly RangeRef[];
  private readonly byRow = new Map<number, SheetCell[]>();
  /** Built at the first `at`: detection itself reads rows, and indexing every cell of a large sheet by position cost more than any lookup saved. */
  private byPos: Map<number, SheetCell> | null = null;
  /** Cells covered by a merge (not its anchor) → the merge. */
  private readonly covered = new Map<number, RangeRef>();
  private readonly anchors = new Map<number, RangeRef>();

  constructor(grid: Grid) {
    this.name = grid.name;
    const merges: RangeRef[] = [];
    for (const m of grid.merges) {
      try {
        merges.push(parseRange(m));
      } catch {
        // A merge exceljs could not describe is ignored rather than failing the sheet.
      }
    }
    this.merges = merges;
    for (const m of merges) {
      this.anchors.set(key(m.top, m.left), m);
      const area = (m.bottom - m.top + 1) * (m.right - m.left + 1);
      // Huge merges (whole rows or columns) would cost more to index than they tell.
      if (area > 20_000) continue;
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) this.covered.set(key(r, c), m);
      }
    }
    const anyMerge = this.anchors.size > 0;
    const rows: number[] = [];
    const values = grid.values;
    for (let i = 0; i < values.length; i++) {
      const vals = values[i]!;
      const row = grid.originRow + i;
      const fmts = grid.numberFormats?.[i];
      const fs = grid.formulas?.[i];
      let list: SheetCell[] | undefined;
      for (let j = 0; j < vals.length; j++) {
        const value = vals[j] ?? null;
        const formula = fs?.[j] ?? null;
        const blank = isBlank(value);
        if (blank && !formula) continue;
        const col = grid.originCol + j;
        const format = fmts?.[j] ?? null;
        const merge = anyMerge ? this.anchors.get(key(row, col)) : undefined;
        const v = blank ? null : value;
        const text = blank ? "" : oneLine(cellText(value));
        const kind = blank ? "text" : kindOf(value, format);
        // Two literals rather than a spread of `{ merge }`: a spread allocates per cell.
        const cell: SheetCell = merge ? { row, col, value: v, text, kind, format, formula, merge } : { row, col, value: v, text, kind, format, formula };
        (list ??= []).push(cell);
      }
      if (list) {
        this.byRow.set(row, list);
        rows.push(row);
      }
    }
    this.rowNumbers = rows;
  }

  /** Non-blank cells of a row, left to right. */
  row(r: number): readonly SheetCell[] {
    return this.byRow.get(r) ?? [];
  }

  at(r: number, c: number): SheetCell | undefined {
    if (!this.byPos) {
      this.byPos = new Map();
      for (const list of this.byRow.values()) for (const cell of list) this.byPos.set(key(cell.row, cell.col), cell);
    }
    return this.byPos.get(key(r, c));
  }

  /** The merge covering (r, c) when (r, c) is not its top-left cell. */
  coveredBy(r: number, c: number): RangeRef | undefined {
    return this.covered.get(key(r, c));
  }

  /** Whether any cell is covered by a merge (not its anchor). */
  anyCovered(): boolean {
    return this.covered.size > 0;
  }

  /** The merge whose top-left cell is (r, c). */
  mergeAt(r: number, c: number): RangeRef | undefined {
    return this.anchors.get(key(r, c));
  }

  /** Cells of a row within columns [left, right]. */
  rowIn(r: number, left: number, right: number): SheetCell[] {
    return this.row(r).filter((c) => c.col >= left && c.col <= right);
  }
}

/**
 * Columns per row in a position key: far above Excel's 16,384, so that no two cells share a key
 * (and rows up to Excel's 1,048,576 stay well inside exact integers).
 */
const ROW_STRIDE = 2 ** 20;

/** A cell's position as one number: string keys cost an allocation per cell of a 100,000-row sheet. */
function key(r: number, c: number): number {
  return r * ROW_STRIDE + c;
}

/** Inner runs of white space as one space; most texts have none, and a test is cheaper than a replace. */
function oneLine(t: string): string {
  return /\s\s|[^\S ]/.test(t) ? t.replace(/\s+/g, " ") : t;
}
