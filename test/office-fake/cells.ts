/**
 * Reading and writing a rectangle of cells as 2-D arrays, the way Range.values, Range.formulas
 * and Range.numberFormat do, with Excel's checks: the array must have the range's shape.
 */
import type { RangeRef } from "../../src/domain/a1";
import { cellCount } from "./addresses";
import { interpretEntry, type StoredValue } from "./entry";
import { fail } from "./errors";
import { checkStructuredRefs } from "./refs";
import type { WorkbookState } from "./state";

/** Excel refuses to read more than five million cells in one call. */
export const MAX_READ_CELLS = 5_000_000;

export type CellProperty = "values" | "formulas" | "numberFormat";

function shown(v: StoredValue | null): string | number | boolean {
  if (v === null) return "";
  if (typeof v === "object") return v.error;
  return v;
}

export function readCells(state: WorkbookState, sheetId: number, r: RangeRef, prop: CellProperty): (string | number | boolean)[][] {
  if (cellCount(r) > MAX_READ_CELLS) fail("RangeExceedsLimit", `reading ${cellCount(r)} cells at once`);
  const grid = state.sheetById(sheetId).grid;
  const out: (string | number | boolean)[][] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    const line: (string | number | boolean)[] = [];
    for (let col = r.left; col <= r.right; col++) {
      const cell = grid.get(row, col);
      // The fake does not calculate: a formula cell's value reads as empty.
      if (prop === "values") line.push(cell.formula !== null ? "" : shown(cell.value));
      else if (prop === "formulas") line.push(cell.formula ?? shown(cell.value));
      else line.push(cell.format ?? "General");
    }
    out.push(line);
  }
  return out;
}

export function assertShape(input: unknown, r: RangeRef, what: string): readonly (readonly unknown[])[] {
  const rows = r.bottom - r.top + 1;
  const cols = r.right - r.left + 1;
  if (!Array.isArray(input)) fail("InvalidArgument", `${what} must be a 2-D array (the fake does not spread a single value over a range)`);
  const ok = input.length === rows && input.every((line) => Array.isArray(line) && line.length === cols);
  if (!ok) {
    const got = `${input.length}×${Array.isArray(input[0]) ? (input[0] as unknown[]).length : "?"}`;
    fail("InvalidArgument", `${what}: the array is ${got} but the range is ${rows}×${cols}`);
  }
  return input as unknown[][];
}

export function writeCells(state: WorkbookState, sheetId: number, r: RangeRef, prop: CellProperty, input: unknown): void {
  const data = assertShape(input, r, prop);
  const grid = state.sheetById(sheetId).grid;
  const passed = new Set<string>();
  data.forEach((line, i) => {
    line.forEach((v, j) => {
      const row = r.top + i;
      const col = r.left + j;
      if (prop === "numberFormat") {
        if (v === null || v === undefined) return;
        if (typeof v !== "string") fail("InvalidArgument", `a number format must be text, not ${JSON.stringify(v)}`);
        grid.setFormat(row, col, v === "" || v === "General" ? null : v);
        return;
      }
      const cell = grid.get(row, col);
      const entry = interpretEntry(v, cell.format, state.date1904);
      switch (entry.kind) {
        case "keep":
          return;
        case "clear":
          grid.setContent(row, col, null, null);
          return;
        case "value":
          grid.setContent(row, col, entry.value, null, !!entry.quoted);
          if (entry.format && cell.format === null) grid.setFormat(row, col, entry.format);
          return;
        case "formula":
          checkStructuredRefs(state, sheetId, row, col, entry.formula, passed);
          grid.setContent(row, col, null, entry.formula);
          return;
      }
    });
  });
}
