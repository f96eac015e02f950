/**
 * Splits a sheet into blocks: rectangles of cells separated from each other by fully empty rows
 * or columns (an X-Y cut), with single-cell title rows peeled off the top. A table, the legend
 * beside it, the title and metadata above it and a second table stacked below each end up in
 * blocks of their own; layout.ts then decides which blocks are tables, which continue a table
 * across a blank row, and which are context.
 */
import type { RangeRef } from "../a1";
import { TALL_MERGE_ROWS, type SheetCell, type SheetCells } from "./sheet-cells";

/** Something that occupies part of the sheet: a value cell with its merge. */
export interface Item extends RangeRef {
  readonly cell?: SheetCell;
}

export interface Block extends RangeRef {
  readonly items: readonly Item[];
  /** A single cell peeled off the top of the block below it (a title such as "DECISIONS"). */
  readonly peeled?: boolean;
}

/** The items of a sheet. Tall merges (text boxes) occupy only their top-left cell. */
export function sheetItems(cells: SheetCells): Item[] {
  const items: Item[] = [];
  for (const r of cells.rowNumbers) {
    for (const c of cells.row(r)) {
      const m = c.merge;
      if (m && m.bottom - m.top + 1 < TALL_MERGE_ROWS) items.push({ top: m.top, left: m.left, bottom: m.bottom, right: m.right, cell: c });
      else if (m) items.push({ top: c.row, left: m.left, bottom: c.row, right: m.right, cell: c });
      else items.push({ top: c.row, left: c.col, bottom: c.row, right: c.col, cell: c });
    }
  }
  // Empty merged areas are left out: they are formatting (a blank box under a status grid),
  // and counting them glued unrelated tables together.
  return items;
}

function bounds(items: readonly Item[]): RangeRef {
  let top = Infinity,
    left = Infinity,
    bottom = -Infinity,
    right = -Infinity;
  for (const i of items) {
    if (i.top < top) top = i.top;
    if (i.left < left) left = i.left;
    if (i.bottom > bottom) bottom = i.bottom;
    if (i.right > right) right = i.right;
  }
  return { top, left, bottom, right };
}

/** Groups items into runs separated by at least one empty row (axis "row") or column. */
function runs(items: readonly Item[], axis: "row" | "col"): Item[][] {
  const byRow = axis === "row";
  const sorted = sortedBy(items, byRow);
  const out: Item[][] = [];
  let current: Item[] = [];
  let end = -Infinity;
  for (const i of sorted) {
    const lo = byRow ? i.top : i.left;
    const hi = byRow ? i.bottom : i.right;
    if (current.length && lo > end + 1) {
      out.push(current);
      current = [];
      end = -Infinity;
    }
    current.push(i);
    if (hi > end) end = hi;
  }
  if (current.length) out.push(current);
  return out;
}

/**
 * The items in the order a stable sort by top (or left) gives. The X-Y cut sorts every group
 * again at each level, hundreds of thousands of items on a large sheet: items listed row by
 * row are already in order by top, and columns are few, so a bucket per column does the rest
 * in one pass.
 */
function sortedBy(items: readonly Item[], byRow: boolean): readonly Item[] {
  let min = Infinity;
  let max = -Infinity;
  let ordered = true;
  let prev = -Infinity;
  for (const i of items) {
    const lo = byRow ? i.top : i.left;
    if (lo < prev) ordered = false;
    prev = lo;
    if (lo < min) min = lo;
    if (lo > max) max = lo;
  }
  if (ordered) return items;
  if (max - min > 4 * items.length + 1024) return [...items].sort(byRow ? (a, b) => a.top - b.top : (a, b) => a.left - b.left);
  const buckets: Item[][] = Array.from({ length: max - min + 1 }, () => []);
  for (const i of items) buckets[(byRow ? i.top : i.left) - min]!.push(i);
  const out: Item[] = [];
  for (const b of buckets) for (const i of b) out.push(i);
  return out;
}

/** Leaf blocks of the sheet, top to bottom, then left to right. */
export function segment(items: readonly Item[]): Block[] {
  const out: Block[] = [];
  const work: Item[][] = [items.slice()];
  while (work.length) {
    const group = work.pop()!;
    if (!group.length) continue;
    const bands = runs(group, "row");
    if (bands.length > 1) {
      for (const band of bands) work.push(band);
      continue;
    }
    const strips = runs(group, "col");
    if (strips.length > 1) {
      for (const strip of strips) work.push(strip);
      continue;
    }
    // A title (one cell, possibly merged across) on top of a block is a block of its own, so
    // that the columns below it can still be told apart.
    const b = bounds(group);
    const first = group.filter((i) => i.top === b.top);
    if (first.length === 1 && group.length > 1) {
      const title = first[0]!;
      const rest = group.filter((i) => i !== title && i.top > title.bottom);
      const beside = group.filter((i) => i !== title && i.top <= title.bottom);
      if (rest.length && !beside.length) {
        out.push({ ...bounds([title]), items: [title], peeled: true });
        work.push(rest);
        continue;
      }
    }
    out.push({ ...b, items: group });
  }
  return out.sort((a, b) => a.top - b.top || a.left - b.left);
}
