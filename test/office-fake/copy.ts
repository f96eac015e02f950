/**
 * Range.copyFrom as Excel's copy and paste does it, for the case a host uses: formulas (and the
 * constants among them) from a source tiled over a destination that is a whole multiple of it.
 * Relative references move with the copy; "$" parts, structured references ("tbl[Col]",
 * "[@Col]"), names and text stay. Written apart from the host's own reading of formulas
 * (src/domain/formula-rows.ts) so that the two check each other.
 */
import type { RangeRef } from "../../src/domain/a1";
import { colIndex, colName } from "../../src/domain/a1";
import { MAX_COLS, MAX_ROWS } from "./addresses";
import { fail } from "./errors";
import type { CellState } from "./grid";
import type { SheetState } from "./state";

/** Splits a formula into the parts where references can be (even indexes) and text, quoted names and brackets (odd). */
function segments(formula: string): string[] {
  const parts: string[] = [];
  let plain = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i]!;
    if (ch !== '"' && ch !== "'" && ch !== "[") {
      plain += ch;
      i++;
      continue;
    }
    let j = i + 1;
    if (ch === "[") {
      let depth = 1;
      while (j < formula.length && depth > 0) {
        if (formula[j] === "'") j++;
        else if (formula[j] === "[") depth++;
        else if (formula[j] === "]") depth--;
        j++;
      }
    } else {
      while (j < formula.length && !(formula[j] === ch && formula[j + 1] !== ch)) j += formula[j] === ch ? 2 : 1;
      j++;
    }
    parts.push(plain, formula.slice(i, j));
    plain = "";
    i = j;
  }
  parts.push(plain);
  return parts;
}

const REFERENCE = /(^|[^A-Za-z0-9_.$\\])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_.(\\[!])/g;

/** The formula as copied `rows` down and `cols` right. */
export function moveFormula(formula: string, rows: number, cols: number): string {
  return segments(formula)
    .map((part, k) => {
      if (k % 2 === 1) return part;
      if (/(^|[^A-Za-z0-9_.$])\$?\d+:\$?\d+/.test(part)) fail("NotModelled", `copying a whole-row reference in ${formula}`);
      return part.replace(REFERENCE, (all: string, before: string, colAbs: string, col: string, rowAbs: string, row: string) => {
        const c = colIndex(col);
        const r = Number(row) - 1;
        if (c >= MAX_COLS || r < 0 || r >= MAX_ROWS) return all;
        const c2 = colAbs ? c : c + cols;
        const r2 = rowAbs ? r : r + rows;
        return c2 < 0 || r2 < 0 ? `${before}#REF!` : `${before}${colAbs}${colName(c2)}${rowAbs}${r2 + 1}`;
      });
    })
    .join("");
}

/** Tiles the source's formulas and constants over `dest` (an exact multiple of the source's size, as Excel's paste needs to repeat it). */
export function copyFormulas(sheet: SheetState, source: RangeRef, dest: RangeRef, write: (row: number, col: number, formula: string | null, from: CellState) => void): void {
  const h = source.bottom - source.top + 1;
  const w = source.right - source.left + 1;
  const dh = dest.bottom - dest.top + 1;
  const dw = dest.right - dest.left + 1;
  if (dh % h !== 0 || dw % w !== 0) fail("NotModelled", `copyFrom onto a range that is not a multiple of the source (${h}×${w} onto ${dh}×${dw})`);
  const cells = Array.from({ length: h }, (_x, i) => Array.from({ length: w }, (_y, j) => sheet.grid.get(source.top + i, source.left + j)));
  for (let r = dest.top; r <= dest.bottom; r++) {
    for (let c = dest.left; c <= dest.right; c++) {
      const i = (r - dest.top) % h;
      const j = (c - dest.left) % w;
      const cell = cells[i]![j]!;
      write(r, c, cell.formula === null ? null : moveFormula(cell.formula, r - (source.top + i), c - (source.left + j)), cell);
    }
  }
}
