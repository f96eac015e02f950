/**
 * The used cells of one sheet, as detection reads them: only non-blank cells are listed (a row
 * of 16,384 dates costs one pass, never a rows × columns scan), each with a kind, and merged
 * ranges resolved so that a merged banner or a vertically merged header is one logical cell.
 */
import { parseRange, type RangeRef } from "../a1";
import { cellText, isBlank, isCellError, type CellValue, type Grid } from "../cell";
import { isDateFormat, parseDateText } from "../dates";
import { isRaciCode } from "./coerce";

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
  if (typeof value === "number") return isDateFormat(format) ? "date" : "number";
  if (typeof value === "boolean") return "bool";
  if (isCellError(value)) return "error";
  const t = cellText(value);
  if (isRaciCode(t) && t.length <= 7) return "code";
  if (t.length <= 40 && /\d/.test(t) && parseDateText(t, "dmy") !== null) return "date";
  if (/^-?[\d.,\s]+%?$/.test(t) && /\d/.test(t)) return "number";
  return "text";
}

export class SheetCells {
  readonly name: string;
  /** Rows holding at least one non-blank cell, ascending. */
  readonly rowNumbers: readonly number[];
  readonly merges: readonly RangeRef[];
  private readonly byRow = new Map<number, SheetCell[]>();
  private readonly byPos = new Map<string, SheetCell>();
  /** Cells covered by a merge (not its anchor) → the merge. */
  private readonly covered = new Map<string, RangeRef>();
  private readonly anchors = new Map<string, RangeRef>();

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
    const rows: number[] = [];
    grid.values.forEach((vals, i) => {
      const row = grid.originRow + i;
      const fmts = grid.numberFormats?.[i];
      const fs = grid.formulas?.[i];
      let list: SheetCell[] | undefined;
      for (let j = 0; j < vals.length; j++) {
        const value = vals[j] ?? null;
        const formula = fs?.[j] ?? null;
        if (isBlank(value) && !formula) continue;
        const col = grid.originCol + j;
        const format = fmts?.[j] ?? null;
        const merge = this.anchors.get(key(row, col));
        const cell: SheetCell = {
          row,
          col,
          value: isBlank(value) ? null : value,
          text: isBlank(value) ? "" : cellText(value).replace(/\s+/g, " "),
          kind: isBlank(value) ? "text" : kindOf(value, format),
          format,
          formula,
          ...(merge ? { merge } : {}),
        };
        (list ??= []).push(cell);
        this.byPos.set(key(row, col), cell);
      }
      if (list) {
        this.byRow.set(row, list);
        rows.push(row);
      }
    });
    this.rowNumbers = rows;
  }

  /** Non-blank cells of a row, left to right. */
  row(r: number): readonly SheetCell[] {
    return this.byRow.get(r) ?? [];
  }

  at(r: number, c: number): SheetCell | undefined {
    return this.byPos.get(key(r, c));
  }

  /** The merge covering (r, c) when (r, c) is not its top-left cell. */
  coveredBy(r: number, c: number): RangeRef | undefined {
    return this.covered.get(key(r, c));
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

function key(r: number, c: number): string {
  return `${r}:${c}`;
}
