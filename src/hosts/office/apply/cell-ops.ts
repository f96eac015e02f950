/** Ops on plain cells: write a block, style a range, column widths, a row height, merge. */
import { parseCell, parseRange, type RangeRef } from "../../../domain/a1";
import type { CellStyle, PlanOp } from "../../../plan/plan";
import { columnAddress, rectAddress, rowsAddress, widthInPoints } from "../addresses";
import { CALL_BYTES, chunkByBytes, jsonBytes } from "../budget";
import type { ApplyEnv } from "./env";
import { writeBlock } from "./grid-writer";

type Op<K extends PlanOp["kind"]> = Extract<PlanOp, { kind: K }>;

export async function writeRange(env: ApplyEnv, op: Op<"writeRange">): Promise<void> {
  if (!op.cells.length) return;
  const anchor = parseCell(op.anchor);
  const width = Math.max(0, ...op.cells.map((r) => r.length));
  if (!width) return;
  // Rows shorter than the widest leave the cells past their end as they are.
  await writeBlock(env, { sheet: op.sheet, top: anchor.row, left: anchor.col, width, rows: op.cells });
}

const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", center: "Center", bottom: "Bottom" } as const;

/** Calls a style makes besides its number format (each border edge takes three). */
export function countStyleCalls(s: CellStyle): number {
  return [s.bold, s.italic, s.fontSize, s.fontColor, s.fill, s.wrap, s.hAlign, s.vAlign].filter((x) => x !== undefined).length + (s.border ? 18 : 0);
}

/** Writes a number format over a rectangle as arrays, in row chunks that fit the budget. */
export async function writeNumberFormat(env: ApplyEnv, ws: Excel.Worksheet, r: RangeRef, numberFormat: string): Promise<void> {
  const width = r.right - r.left + 1;
  const rowBytes = jsonBytes(Array.from({ length: width }, () => numberFormat)) + 1;
  const rows = Array.from({ length: r.bottom - r.top + 1 }, () => rowBytes);
  for (const { start, end } of chunkByBytes(rows, env.batch.budget - CALL_BYTES)) {
    await env.batch.reserve(1, rowBytes * (end - start));
    ws.getRange(rectAddress({ ...r, top: r.top + start, bottom: r.top + end - 1 })).numberFormat = Array.from({ length: end - start }, () => Array.from({ length: width }, () => numberFormat));
  }
}

/**
 * Sets a style's font, fill, alignment and borders on a range's or a RangeAreas' format. Inside
 * border lines are set only where the areas have more than one row (`insideH`) or column (`insideV`).
 */
export function setStyle(f: Excel.RangeFormat, s: CellStyle, insideH: boolean, insideV: boolean): void {
  if (s.bold !== undefined) f.font.bold = s.bold;
  if (s.italic !== undefined) f.font.italic = s.italic;
  if (s.fontSize) f.font.size = s.fontSize;
  if (s.fontColor) f.font.color = s.fontColor;
  if (s.fill) f.fill.color = s.fill;
  if (s.wrap !== undefined) f.wrapText = s.wrap;
  if (s.hAlign) f.horizontalAlignment = H_ALIGN[s.hAlign];
  if (s.vAlign) f.verticalAlignment = V_ALIGN[s.vAlign];
  if (s.border) {
    const edges: ("EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical")[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
    if (insideH) edges.push("InsideHorizontal");
    if (insideV) edges.push("InsideVertical");
    for (const e of edges) {
      const b = f.borders.getItem(e);
      if (s.border === "none") b.style = "None";
      else if (s.border === "thin") {
        b.style = "Continuous";
        b.weight = "Thin";
        b.color = "#BFBFBF";
      } else if (e === "EdgeBottom") {
        b.style = "Continuous";
        b.weight = "Medium";
        b.color = "#404040";
      }
    }
  }
}

export async function format(env: ApplyEnv, op: Op<"format">): Promise<void> {
  const s = op.style;
  const r = parseRange(op.range);
  const ws = env.worksheet(op.sheet);
  if (s.numberFormat !== undefined) await writeNumberFormat(env, ws, r, s.numberFormat);
  const calls = countStyleCalls(s);
  if (!calls) return;
  await env.batch.reserve(calls);
  // Inside lines exist only where the range has more than one row or column.
  setStyle(ws.getRange(op.range).format, s, r.bottom > r.top, r.right > r.left);
}

export async function columnWidths(env: ApplyEnv, op: Op<"columnWidths">): Promise<void> {
  const ws = env.worksheet(op.sheet);
  for (let i = 0; i < op.widths.length; i++) {
    await env.batch.reserve(1);
    ws.getRange(columnAddress(op.startCol + i)).format.columnWidth = widthInPoints(op.widths[i]!);
  }
}

/**
 * Excel's tallest row, in points. Excel refuses a taller one (InvalidArgument); a plan that asks
 * for more (a long wrapped text) gets the tallest, as Excel gives a file that asks for more.
 */
export const MAX_ROW_HEIGHT = 409;

export async function rowHeight(env: ApplyEnv, op: Op<"rowHeight">): Promise<void> {
  await env.batch.reserve(1);
  env.worksheet(op.sheet).getRange(rowsAddress(op.row, op.row)).format.rowHeight = Math.min(op.height, MAX_ROW_HEIGHT);
}

export async function merge(env: ApplyEnv, op: Op<"merge">): Promise<void> {
  await env.batch.reserve(1);
  env.worksheet(op.sheet).getRange(op.range).merge(false);
}
