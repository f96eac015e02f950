/**
 * What each body row of a table is, once the columns are known: a data row, a heading
 * ("Phase 1: Research", "INITIATION"), the second line of a wrapped task (its codes merged down
 * from the line above), a pre-numbered empty row, or a sub-header repeated under the header.
 * Grouped first columns (an area written once for its first task) are filled down.
 */
import { a1 } from "../a1";
import { isBlank, type CellValue } from "../cell";
import type { RegisterDef } from "../registers/types";
import { TITLE_KEYS as TITLE_KEY, type ColumnChoice } from "./classify";
import { headerScores } from "./header-match";
import type { LayoutRow, TableLayout } from "./layout";
import type { SheetCells } from "./sheet-cells";

const HEADING_RE = /^(phase|stage|milestone|workstream|work stream|section|part|step|sprint|release|wave|phase\s*\d|gate|stream)\b/i;

export interface ShapedRow extends LayoutRow {
  /** Rows whose text was joined into this one (a wrapped task's second line). */
  readonly joined: readonly number[];
  /** Column indexes whose value was filled down from a group or a merged cell above. */
  readonly filled: readonly number[];
}

export interface Heading {
  readonly row: number;
  readonly col: number;
  readonly cell: string;
  readonly text: string;
}

export interface ShapedBody {
  readonly rows: readonly ShapedRow[];
  readonly headings: readonly Heading[];
  /** Sub-headers repeated under the header ("Task/Deliverable" under "PHASE 1"), by column index. */
  readonly subHeaders: readonly { readonly index: number; readonly cell: string; readonly text: string }[];
  /** Rows left out: pre-numbered rows with nothing else, unticked checkboxes. */
  readonly skipped: readonly { readonly row: number; readonly cells: readonly string[]; readonly reason: string }[];
  /** Column indexes filled down as groups. */
  readonly grouped: readonly number[];
}

function nonBlank(r: LayoutRow): number[] {
  const out: number[] = [];
  const { values, formulas } = r;
  for (let i = 0; i < values.length; i++) if (!isBlank(values[i]) || formulas[i]) out.push(i);
  return out;
}

/**
 * A shaped row, always built with the same properties in the same order: spreads of layout
 * rows and of shaped rows gave objects of several hidden classes, and the loops over the rows
 * (here and in detect.ts) kept being deoptimised by them.
 */
function shaped(r: LayoutRow, values: readonly CellValue[], joined: readonly number[], filled: readonly number[]): ShapedRow {
  return { row: r.row, values, formats: r.formats, formulas: r.formulas, cells: r.cells, joined, filled };
}

/** The `joined` and `filled` of most rows: shared, since rows only ever get new arrays, never pushes. */
const NONE: readonly number[] = Object.freeze([]);

function isUpperHeading(t: string): boolean {
  const letters = t.replace(/[^A-Za-zÀ-ÿ]/g, "");
  return letters.length >= 3 && letters === letters.toUpperCase();
}

export function shapeBody(cells: SheetCells, layout: TableLayout, def: RegisterDef, choices: readonly ColumnChoice[], options: { readonly groupAsHeadings?: boolean } = {}): ShapedBody {
  const titleKey = TITLE_KEY[def.key];
  const keyAt = (i: number) => choices[i]?.key ?? null;
  const people = new Set(choices.filter((c) => c.person).map((c) => c.index));
  const titleIndex = choices.findIndex((c) => c.key === titleKey);
  const idIndex = choices.findIndex((c) => c.key === def.idKey);
  const firstIndex = layout.columns.length ? 0 : -1;
  const width = layout.columns.length;

  const rows: ShapedRow[] = [];
  const headings: Heading[] = [];
  const subHeaders: { index: number; cell: string; text: string }[] = [];
  const skipped: { row: number; cells: string[]; reason: string }[] = [];
  const cellsOf = (r: LayoutRow, idx: readonly number[]) => idx.map((i) => a1(r.row, r.cells[i]?.[0]?.col ?? layout.columns[i]!.col));

  for (const r of layout.rows) {
    const filled = nonBlank(r);
    if (!filled.length) continue;
    const only = filled.length === 1 ? filled[0]! : -1;
    const v = only >= 0 ? r.values[only] : null;
    const text = typeof v === "string" ? v.trim() : "";

    // A sub-header repeated under a heading ("Task/Deliverable"): header text, not a row.
    if (only >= 0 && text && (only === titleIndex || only === firstIndex) && width >= 2) {
      const target = keyAt(only) ?? titleKey;
      if ((headerScores(text, def).get(target) ?? 0) >= 0.9 && !rows.length) {
        subHeaders.push({ index: only, cell: cellsOf(r, [only])[0]!, text });
        continue;
      }
    }
    // The second line of a wrapped task: only the title cell, and the line above has cells merged down into it.
    const prev = rows[rows.length - 1];
    if (only >= 0 && only === titleIndex && text && prev && prev.row === r.row - 1) {
      const mergedDown = prev.cells.some((cs) => cs.some((c) => c.merge && c.merge.bottom >= r.row && c.merge.top < r.row));
      if (mergedDown) {
        const before = prev.values[only];
        const values = [...prev.values];
        values[only] = isBlank(before) ? text : `${String(before).trim()} ${text}`;
        rows[rows.length - 1] = shaped(prev, values, [...prev.joined, r.row], prev.filled);
        continue;
      }
    }
    // A heading: one text cell at the left or in the title column that reads like one.
    if (only >= 0 && text && text.length <= 100 && only !== idIndex && (only === titleIndex || only === firstIndex) && width >= 2) {
      const cell = r.cells[only]?.[0];
      const spansTable = !!cell?.merge && cell.merge.right - cell.merge.left >= 1 && cell.merge.right >= layout.columns[Math.min(width - 1, only + 1)]!.col;
      if (HEADING_RE.test(text) || isUpperHeading(text) || spansTable || /:\s*$/.test(text)) {
        headings.push({ row: r.row, col: layout.columns[only]!.col, cell: cellsOf(r, [only])[0]!, text });
        continue;
      }
    }
    // Template rows: a pre-filled number and nothing else, or unticked checkboxes.
    if (width >= 3) {
      const onlyFalse = filled.every((i) => r.values[i] === false);
      const onlyNumberId = only >= 0 && only === idIndex && typeof v === "number";
      if (onlyFalse || onlyNumberId) {
        skipped.push({ row: r.row, cells: cellsOf(r, filled), reason: onlyFalse ? "only unticked checkboxes (FALSE)" : "only a pre-filled number" });
        continue;
      }
    }
    rows.push(shaped(r, r.values, NONE, NONE));
  }

  // Values merged down over several rows belong to each of them.
  const byRow = new Map(rows.map((r, k) => [r.row, k]));
  // Without merges over several cells there is nothing to fill down: no row is visited.
  for (let k = 0; cells.anyCovered() && k < rows.length; k++) {
    const r = rows[k]!;
    let values: CellValue[] | null = null;
    const filled: number[] = [];
    layout.columns.forEach((c, i) => {
      if (!isBlank(r.values[i] ?? null) || people.has(i)) return;
      const m = cells.coveredBy(r.row, c.col);
      if (!m || m.top === r.row || m.left !== c.col) return;
      const src = byRow.get(m.top);
      const v = src !== undefined ? rows[src]!.values[i] : null;
      if (src === undefined || isBlank(v ?? null)) return;
      (values ??= [...r.values])[i] = v ?? null;
      filled.push(i);
    });
    if (values) rows[k] = shaped(r, values, r.joined, filled);
  }

  // Grouped first columns: written on a group's first row only.
  const grouped: number[] = [];
  for (const i of [0, 1]) {
    if (i >= width || i === idIndex || i === titleIndex || people.has(i) || rows.length < 3) continue;
    const vals = rows.map((r) => r.values[i] ?? null);
    const present = vals.filter((v) => !isBlank(v));
    if (isBlank(vals[0] ?? null) || present.length < 2 || present.length > 0.6 * rows.length) continue;
    if (!present.every((v) => typeof v === "string")) continue;
    // Every row of a group must hold something else, or the column is merely sparse.
    if (!rows.every((r) => r.values.some((x, j) => j !== i && !isBlank(x)))) continue;
    grouped.push(i);
    if (options.groupAsHeadings) continue;
    let current: CellValue = null;
    for (let k = 0; k < rows.length; k++) {
      const r = rows[k]!;
      const v = r.values[i] ?? null;
      if (!isBlank(v)) current = v;
      else {
        const values = [...r.values];
        values[i] = current;
        rows[k] = shaped(r, values, r.joined, [...r.filled, i]);
      }
    }
  }
  return { rows, headings, subHeaders, skipped, grouped };
}
