/**
 * How an A1 formula depends on the row it is in. Excel's copy (and Office.js `Range.copyFrom`)
 * moves every relative row reference by the rows it copies over and leaves absolute rows,
 * whole-column references, structured references, names and text alone. Two cells of a column
 * whose formulas have the same row shape are therefore one formula copied down: a host can
 * write the first and let Excel copy it, instead of sending every cell's text.
 */
import { colIndex, type RangeRef } from "./a1";

/** Excel's last column (XFD) and row. */
const MAX_COL = 16384;
const MAX_ROW = 1_048_576;

/** Characters that continue a name, a function or a reference: a reference cannot start after one. */
const NAME_CHAR = /[A-Za-z0-9_.$\\]/;

/** A cell reference at lastIndex: $-col, letters, $-row, digits; not followed by what would make it a name or a function. Sticky: no slice per token. */
const CELL_REF = /(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_.(\\[!])/y;

/** A whole-row reference ("2:2", "$3:$9") at lastIndex: rows shift, but it reads like numbers, so the formula is left unshaped. */
const ROW_RANGE = /\$?\d+:\$?\d+/y;

/** Index just past a quoted run that starts at `start` with `quote`, where a doubled quote stands for one. */
function skipQuoted(text: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return text.length;
}

/** Index just past the bracketed run (structured reference, external book) that opens at `start`; "'" escapes a bracket. */
function skipBrackets(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'") i++;
    else if (ch === "[") depth++;
    else if (ch === "]" && --depth === 0) return i + 1;
  }
  return text.length;
}

/**
 * The formula with each relative row reference written as its distance from `row` (0-based
 * sheet row of the cell), e.g. "=$A2*B$1" in row 1 → "=$A⟨0⟩*B$1". Null when the formula has a
 * whole-row reference, which this does not read. Formulas of one column with the same shape
 * are what copying the first down gives.
 */
export function rowShape(formula: string, row: number): string | null {
  let out = "";
  let i = 0;
  let from = 0;
  while (i < formula.length) {
    const ch = formula[i]!;
    if (ch === '"' || ch === "'") {
      i = skipQuoted(formula, i, ch);
      continue;
    }
    if (ch === "[") {
      i = skipBrackets(formula, i);
      continue;
    }
    const boundary = i === 0 || !NAME_CHAR.test(formula[i - 1]!);
    if (!boundary || !/[A-Za-z$0-9]/.test(ch)) {
      i++;
      continue;
    }
    ROW_RANGE.lastIndex = i;
    if (ROW_RANGE.test(formula)) return null;
    CELL_REF.lastIndex = i;
    const m = CELL_REF.exec(formula);
    if (!m) {
      // Skip the rest of this name or number in one step.
      i++;
      while (i < formula.length && NAME_CHAR.test(formula[i]!)) i++;
      continue;
    }
    const rowNumber = Number(m[4]);
    if (colIndex(m[2]!) >= MAX_COL || rowNumber < 1 || rowNumber > MAX_ROW) {
      i += m[0].length;
      continue;
    }
    if (m[3] === "") {
      const rowStart = i + m[1]!.length + m[2]!.length;
      out += `${formula.slice(from, rowStart)}⟨${rowNumber - 1 - row}⟩`;
      from = i + m[0].length;
    }
    i += m[0].length;
  }
  return out + formula.slice(from);
}

/** A rectangle (0-based, inclusive, relative to a block's first cell) whose cells below its first row are its first row copied down. */
export type FillRect = RangeRef;

/**
 * The runs of a block that are one row of formulas copied down: per column, consecutive rows of
 * formulas with the same row shape, at least `minRows` long; runs with the same rows in
 * adjacent columns merge into one rectangle. `formulaAt(i, j)` gives the formula text of a
 * block cell (with "="), or null; `top` is the block's first sheet row.
 */
export function fillRects(height: number, width: number, top: number, formulaAt: (i: number, j: number) => string | null, minRows = 3): FillRect[] {
  // Shapes of a formula without relative rows do not depend on the row: one parse per text.
  const rowFree = new Map<string, string | null>();
  const shape = (f: string, i: number): string | null => {
    const known = rowFree.get(f);
    if (known !== undefined) return known;
    const s = rowShape(f, top + i);
    if (s === null || !s.includes("⟨")) rowFree.set(f, s);
    return s;
  };
  const runs: { top: number; bottom: number; col: number }[] = [];
  for (let j = 0; j < width; j++) {
    let start = -1;
    let current: string | null = null;
    const close = (end: number) => {
      if (start >= 0 && end - start + 1 >= minRows) runs.push({ top: start, bottom: end, col: j });
    };
    for (let i = 0; i < height; i++) {
      const f = formulaAt(i, j);
      const s = f === null ? null : shape(f, i);
      if (s !== null && s === current) continue;
      close(i - 1);
      start = s === null ? -1 : i;
      current = s;
    }
    close(height - 1);
  }
  const rects: FillRect[] = [];
  // The rectangle still open for each span of rows, by its index in `rects`.
  const open = new Map<string, number>();
  for (const r of runs) {
    const key = `${r.top}:${r.bottom}`;
    const at = open.get(key);
    const prev = at === undefined ? undefined : rects[at];
    if (at !== undefined && prev && prev.right === r.col - 1) rects[at] = { ...prev, right: r.col };
    else {
      open.set(key, rects.length);
      rects.push({ top: r.top, bottom: r.bottom, left: r.col, right: r.col });
    }
  }
  return rects;
}
