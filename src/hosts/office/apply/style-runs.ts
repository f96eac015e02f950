/**
 * Runs of consecutive format, merge or row-height ops on one sheet, sent together. A report
 * styles each of its lines with a few such ops; sent one by one they cost calls in proportion to
 * its lines — tens of thousands of border and font calls at 10,000 milestones — and calls, not
 * data, would then set the number of syncs. Sent together:
 *
 * - formats of the same style become one `RangeAreas` (ExcelApi 1.9) per ~2,000 characters of
 *   addresses, after neighbouring areas are joined into rectangles; number formats (which a
 *   RangeAreas does not take) are written over the joined rectangles. An op moves ahead of later
 *   ops only when that cannot change a cell: they set different properties, the same values, or
 *   other cells (for borders, cells that do not even touch, since neighbours share a line);
 * - single-row merges of the same columns on consecutive rows become one `merge(true)` (merge
 *   across: each row a merged area of its own), when no two merges of the run overlap;
 * - row heights become one call per height (consecutive rows as one area).
 *
 * Each cell ends with what the ops one by one would have given it.
 */
import { parseRange, rangeA1, type RangeRef } from "../../../domain/a1";
import type { CellStyle, PlanOp } from "../../../plan/plan";
import { rowsAddress } from "../addresses";
import { utf8Length } from "../budget";
import { MAX_ROW_HEIGHT, countStyleCalls, merge, setStyle, writeNumberFormat } from "./cell-ops";
import type { ApplyEnv } from "./env";

type Op<K extends PlanOp["kind"]> = Extract<PlanOp, { kind: K }>;
export type RunOp = Op<"format"> | Op<"merge"> | Op<"rowHeight">;

/**
 * Longest address given to one `getRanges`. Excel's limit is undocumented; addresses of about
 * 8,200 characters have been refused (OfficeDev/office-js#5198), so a quarter of that.
 */
export const MAX_AREAS_ADDRESS = 2048;

/** Rectangles taller than this are checked one by one rather than indexed row by row. */
const TALL = 64;
/** An op looks this many groups back for its own style; further back it starts a new group. */
const MAX_LOOKBACK = 256;

const RUN_KINDS = new Set<PlanOp["kind"]>(["format", "merge", "rowHeight"]);

/** How many ops from `i` on form a run (1 when op `i` is not a run op). */
export function runLength(ops: readonly PlanOp[], i: number): number {
  const first = ops[i]!;
  if (!RUN_KINDS.has(first.kind) || !("sheet" in first)) return 1;
  let j = i + 1;
  while (j < ops.length) {
    const op = ops[j]!;
    if (op.kind !== first.kind || !("sheet" in op) || op.sheet !== first.sheet) break;
    j++;
  }
  return j - i;
}

export async function applyRun(env: ApplyEnv, ops: readonly RunOp[]): Promise<void> {
  const kind = ops[0]!.kind;
  if (kind === "format") await formatRun(env, ops as readonly Op<"format">[]);
  else if (kind === "merge") await mergeRun(env, ops as readonly Op<"merge">[]);
  else await rowHeightRun(env, ops as readonly Op<"rowHeight">[]);
}

function intersects(a: RangeRef, b: RangeRef): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/** Joins addresses with commas into strings of at most MAX_AREAS_ADDRESS characters. */
function addressChunks(parts: readonly string[]): string[] {
  const out: string[] = [];
  let current = "";
  for (const p of parts) {
    if (current && current.length + 1 + p.length > MAX_AREAS_ADDRESS) {
      out.push(current);
      current = p;
    } else current = current ? `${current},${p}` : p;
  }
  if (current) out.push(current);
  return out;
}

// ---- formats

const STYLE_KEYS = ["numberFormat", "bold", "italic", "fontSize", "fontColor", "fill", "wrap", "hAlign", "vAlign", "border"] as const satisfies readonly (keyof CellStyle)[];

function styleKey(s: CellStyle): string {
  return JSON.stringify(STYLE_KEYS.map((k) => s[k] ?? null));
}

/** Margin within which two styles' ops affect each other: -1 never, 0 shared cells, 1 also touching cells (a shared border line). */
function reach(a: CellStyle, b: CellStyle): number {
  let r = -1;
  for (const k of STYLE_KEYS) {
    if (a[k] === undefined || b[k] === undefined || a[k] === b[k]) continue;
    r = Math.max(r, k === "border" ? 1 : 0);
  }
  return r;
}

interface Group {
  readonly style: CellStyle;
  readonly rects: RangeRef[];
  readonly byRow: Map<number, RangeRef[]>;
  readonly tall: RangeRef[];
}

function addRect(g: Group, r: RangeRef): void {
  g.rects.push(r);
  if (r.bottom - r.top + 1 > TALL) {
    g.tall.push(r);
    return;
  }
  for (let row = r.top; row <= r.bottom; row++) {
    const list = g.byRow.get(row);
    if (list) list.push(r);
    else g.byRow.set(row, [r]);
  }
}

function touches(g: Group, r: RangeRef, margin: number): boolean {
  const x = { top: r.top - margin, bottom: r.bottom + margin, left: r.left - margin, right: r.right + margin };
  if (g.tall.some((t) => intersects(t, x))) return true;
  if (x.bottom - x.top + 1 > g.byRow.size) {
    for (const list of g.byRow.values()) if (list.some((q) => intersects(q, x))) return true;
    return false;
  }
  for (let row = x.top; row <= x.bottom; row++) if (g.byRow.get(row)?.some((q) => intersects(q, x))) return true;
  return false;
}

/**
 * Joins rectangles of one style into fewer: side by side on the same rows, then (when
 * `vertical`) one above the other on the same columns. Equal for every property of a style: a
 * thin or no border covers every line of each rectangle, so also of their union; a bottom-only
 * border is joined side by side only.
 */
export function joinRects(rects: readonly RangeRef[], vertical: boolean): RangeRef[] {
  const across = [...rects].sort((a, b) => a.top - b.top || a.bottom - b.bottom || a.left - b.left);
  const rows: RangeRef[] = [];
  for (const r of across) {
    const last = rows[rows.length - 1];
    if (last && last.top === r.top && last.bottom === r.bottom && r.left <= last.right + 1) rows[rows.length - 1] = { ...last, right: Math.max(last.right, r.right) };
    else rows.push(r);
  }
  if (!vertical) return rows;
  rows.sort((a, b) => a.left - b.left || a.right - b.right || a.top - b.top);
  const out: RangeRef[] = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    if (last && last.left === r.left && last.right === r.right && r.top <= last.bottom + 1) out[out.length - 1] = { ...last, bottom: Math.max(last.bottom, r.bottom) };
    else out.push(r);
  }
  return out;
}

/** Groups the ops by style, keeping the order wherever it matters (see the file comment). */
export function groupFormats(ops: readonly { readonly range: string; readonly style: CellStyle }[]): { style: CellStyle; rects: RangeRef[] }[] {
  const groups: Group[] = [];
  const lastOfStyle = new Map<string, number>();
  for (const op of ops) {
    const r = parseRange(op.range);
    const key = styleKey(op.style);
    let target = lastOfStyle.get(key);
    if (target !== undefined && groups.length - target > MAX_LOOKBACK) target = undefined;
    if (target !== undefined) {
      for (let j = target + 1; j < groups.length; j++) {
        const g = groups[j]!;
        const margin = reach(g.style, op.style);
        if (margin >= 0 && touches(g, r, margin)) {
          target = undefined;
          break;
        }
      }
    }
    if (target === undefined) {
      groups.push({ style: op.style, rects: [], byRow: new Map(), tall: [] });
      target = groups.length - 1;
      lastOfStyle.set(key, target);
    }
    addRect(groups[target]!, r);
  }
  return groups.map((g) => ({ style: g.style, rects: joinRects(g.rects, g.style.border !== "bottom") }));
}

async function formatRun(env: ApplyEnv, ops: readonly Op<"format">[]): Promise<void> {
  const ws = env.worksheet(ops[0]!.sheet);
  for (const { style, rects } of groupFormats(ops)) {
    if (style.numberFormat !== undefined) for (const r of rects) await writeNumberFormat(env, ws, r, style.numberFormat);
    const calls = countStyleCalls(style);
    if (!calls) continue;
    // Inside border lines only where an area has more than one row or column: the areas of one call share that shape.
    const shapes = new Map<string, RangeRef[]>();
    for (const r of rects) {
      const shape = style.border ? `${r.bottom > r.top}|${r.right > r.left}` : "";
      const list = shapes.get(shape);
      if (list) list.push(r);
      else shapes.set(shape, [r]);
    }
    for (const list of shapes.values()) {
      const insideH = list[0]!.bottom > list[0]!.top;
      const insideV = list[0]!.right > list[0]!.left;
      if (!env.features.pageLayout) {
        for (const r of list) {
          await env.batch.reserve(calls);
          setStyle(ws.getRange(rangeA1(r)).format, style, insideH, insideV);
        }
        continue;
      }
      for (const address of addressChunks(list.map(rangeA1))) {
        await env.batch.reserve(calls + 1, utf8Length(address));
        setStyle(ws.getRanges(address).format, style, insideH, insideV);
      }
    }
  }
}

// ---- merges

function disjoint(rects: readonly RangeRef[]): boolean {
  const byRow = new Map<number, RangeRef[]>();
  for (const r of rects) {
    for (let row = r.top; row <= r.bottom; row++) {
      const list = byRow.get(row);
      if (list?.some((q) => intersects(q, r))) return false;
      if (list) list.push(r);
      else byRow.set(row, [r]);
    }
  }
  return true;
}

async function mergeRun(env: ApplyEnv, ops: readonly Op<"merge">[]): Promise<void> {
  const rects = ops.map((o) => parseRange(o.range));
  // Overlapping merges undo each other in order: keep that order.
  if (!disjoint(rects)) {
    for (const op of ops) await merge(env, op);
    return;
  }
  const ws = env.worksheet(ops[0]!.sheet);
  const rows = rects.filter((r) => r.top === r.bottom && r.right > r.left).sort((a, b) => a.left - b.left || a.right - b.right || a.top - b.top);
  const blocks: RangeRef[] = [];
  for (const r of rows) {
    const last = blocks[blocks.length - 1];
    if (last && last.left === r.left && last.right === r.right && r.top === last.bottom + 1) blocks[blocks.length - 1] = { ...last, bottom: r.bottom };
    else blocks.push(r);
  }
  for (const r of rects.filter((x) => x.top !== x.bottom || x.right === x.left)) {
    await env.batch.reserve(1);
    ws.getRange(rangeA1(r)).merge(false);
  }
  for (const b of blocks) {
    await env.batch.reserve(1);
    ws.getRange(rangeA1(b)).merge(b.bottom > b.top);
  }
}

// ---- row heights

async function rowHeightRun(env: ApplyEnv, ops: readonly Op<"rowHeight">[]): Promise<void> {
  const ws = env.worksheet(ops[0]!.sheet);
  // The last height given to a row is the one it keeps.
  const heightOf = new Map<number, number>();
  for (const op of ops) heightOf.set(op.row, Math.min(op.height, MAX_ROW_HEIGHT));
  const rowsOf = new Map<number, number[]>();
  for (const [row, h] of heightOf) {
    const list = rowsOf.get(h);
    if (list) list.push(row);
    else rowsOf.set(h, [row]);
  }
  for (const [height, rows] of rowsOf) {
    rows.sort((a, b) => a - b);
    const spans: string[] = [];
    let start = rows[0]!;
    for (let i = 1; i <= rows.length; i++) {
      if (i < rows.length && rows[i] === rows[i - 1]! + 1) continue;
      spans.push(rowsAddress(start, rows[i - 1]!));
      start = rows[i]!;
    }
    if (!env.features.pageLayout) {
      for (const s of spans) {
        await env.batch.reserve(1);
        ws.getRange(s).format.rowHeight = height;
      }
      continue;
    }
    for (const address of addressChunks(spans)) {
      await env.batch.reserve(2, utf8Length(address));
      ws.getRanges(address).format.rowHeight = height;
    }
  }
}
