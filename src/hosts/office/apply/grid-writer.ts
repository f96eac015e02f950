/**
 * Writes a block of plan cells as whole 2-D arrays, split into row chunks that each fit the
 * payload budget: per chunk, the number formats of the columns that have one (before the values,
 * so that text-formatted columns receive text), then the values — through `formulas` when the
 * chunk holds a formula — then the links. Formulas that are one row copied down (a calculated
 * column, a Metrics column) are sent once and copied by Excel (ExcelApi 1.9).
 */
import type { RangeRef } from "../../../domain/a1";
import { fillRects, type FillRect } from "../../../domain/formula-rows";
import { isLinkCell, type PlanCell } from "../../../plan/plan";
import { cellAddress, rectAddress } from "../addresses";
import { CALL_BYTES, chunkByBytes, jsonBytes } from "../budget";
import { hasFormula, toInput, type OfficeInput } from "../cells";
import type { ApplyEnv } from "./env";

export interface CellBlock {
  readonly sheet: string;
  /** 0-based sheet row and column of the block's first cell. */
  readonly top: number;
  readonly left: number;
  readonly width: number;
  readonly rows: readonly (readonly PlanCell[])[];
  /** The number format of a column: set on every row of the block, and used to type dates and text. Undefined: unknown, left as it is. */
  readonly format?: (col: number) => string | null | undefined;
  /** A formula that replaces the plan's cells of a column (calculated columns). */
  readonly formula?: (col: number) => string | null;
  /** What a null plan cell does: clear the cell (default) or leave it as it is. */
  readonly nulls?: "clear" | "keep";
  /**
   * Where the rows go: the sheet's cells (default), or new rows added at the end of a table
   * (`rows.add`, for an Excel without Table.resize).
   */
  readonly appendTo?: Excel.Table;
}

interface Prepared {
  readonly inputs: (OfficeInput | null)[];
  readonly bytes: number;
}

/** Part of a block (0-based, inclusive, relative to its first cell) written as one 2-D array per chunk of rows. */
type Piece = RangeRef;

/** Runs shorter than this are sent cell by cell: a copy costs a call, a few rows cost less. */
const MIN_FILL_ROWS = 3;

export async function writeBlock(env: ApplyEnv, block: CellBlock): Promise<void> {
  const { width } = block;
  const formats = Array.from({ length: width }, (_x, j) => block.format?.(j));
  const formulas = Array.from({ length: width }, (_x, j) => block.formula?.(j) ?? null);
  const formatBytesOf = (left: number, right: number) => {
    let n = 0;
    for (let j = left; j <= right; j++) if (formats[j] !== undefined) n += jsonBytes(formats[j] ?? "General") + 3;
    return n;
  };
  const inputs = block.rows.map((row): (OfficeInput | null)[] => {
    const out: (OfficeInput | null)[] = new Array<OfficeInput | null>(width);
    for (let j = 0; j < width; j++) {
      const f = formulas[j];
      if (f) out[j] = f;
      else if (j >= row.length) out[j] = null;
      else {
        const c = row[j]!;
        out[j] = c === null && block.nulls === "keep" ? null : toInput(c, formats[j], env.model.date1904);
      }
    }
    return out;
  });
  const fills = formulaFills(env, block, inputs, formats);
  const ws = env.worksheet(block.sheet);
  for (const piece of piecesAround(fills, block.rows.length, width)) {
    const formatBytes = formatBytesOf(piece.left, piece.right);
    const prepared = inputs.slice(piece.top, piece.bottom + 1).map((row): Prepared => {
      const part = piece.left === 0 && piece.right === width - 1 ? row : row.slice(piece.left, piece.right + 1);
      return { inputs: part, bytes: jsonBytes(part) + 1 + formatBytes };
    });
    await writePiece(env, ws, block, piece, formats, prepared);
  }
  for (const f of fills) {
    // Excel copies the first row's formulas down, moving relative rows as its own copy does.
    await env.batch.reserve(1);
    const source = rectAddress({ top: block.top + f.top, bottom: block.top + f.top, left: block.left + f.left, right: block.left + f.right });
    ws.getRange(rectAddress({ top: block.top + f.top + 1, bottom: block.top + f.bottom, left: block.left + f.left, right: block.left + f.right })).copyFrom(source, "Formulas");
  }
  const links: BlockLink[] = env.features.api17 ? block.rows.flatMap((row, i) => row.map((c, j) => (isLinkCell(c) && j < width ? { i, j, link: c.link } : null)).filter((x) => x !== null)) : [];
  if (env.features.pageLayout) await writeLinkColumns(env, ws, block, links);
  else {
    for (const l of links) {
      await env.batch.reserve(1, jsonBytes(l.link));
      ws.getRange(cellAddress(block.top + l.i, block.left + l.j)).hyperlink = hyperlinkOf(l.link);
    }
  }
}

/**
 * The rectangles of a block that are one row of formulas copied down, which Range.copyFrom
 * (ExcelApi 1.9) writes from their first row: a Metrics sheet of 5,000 projects sent 16 syncs
 * of formula text, which differs only by row number. Not for rows added through Table.rows.add,
 * nor for columns whose number format the block sets (a copy of formulas carries none).
 */
function formulaFills(env: ApplyEnv, block: CellBlock, inputs: readonly (readonly (OfficeInput | null)[])[], formats: readonly (string | null | undefined)[]): FillRect[] {
  if (!env.features.pageLayout || block.appendTo || inputs.length < MIN_FILL_ROWS) return [];
  const formulaAt = (i: number, j: number): string | null => {
    const v = formats[j] === undefined ? inputs[i]![j] : null;
    return typeof v === "string" && v.startsWith("=") ? v : null;
  };
  return fillRects(inputs.length, block.width, block.top, formulaAt, MIN_FILL_ROWS);
}

/**
 * The block less the copied rows of `fills`: bands of rows that skip the same columns, each band
 * cut into runs of columns it writes. Without fills, the whole block.
 */
function piecesAround(fills: readonly FillRect[], height: number, width: number): Piece[] {
  if (!height) return [];
  // The skipped columns change only where a fill's copied rows start or end.
  const starts = new Set([0, ...fills.flatMap((f) => [f.top + 1, f.bottom + 1])]);
  const bandTops = [...starts].filter((i) => i < height).sort((a, b) => a - b);
  const pieces: Piece[] = [];
  bandTops.forEach((top, k) => {
    const bottom = (bandTops[k + 1] ?? height) - 1;
    const cut = fills.filter((f) => top > f.top && top <= f.bottom).sort((a, b) => a.left - b.left);
    let left = 0;
    for (const f of cut) {
      if (f.left > left) pieces.push({ top, bottom, left, right: f.left - 1 });
      left = f.right + 1;
    }
    if (left < width) pieces.push({ top, bottom, left, right: width - 1 });
  });
  return pieces;
}

/** Writes a piece of a block in row chunks within the budget: number formats first, then values or formulas. */
async function writePiece(env: ApplyEnv, ws: Excel.Worksheet, block: CellBlock, piece: Piece, formats: readonly (string | null | undefined)[], prepared: readonly Prepared[]): Promise<void> {
  const formatted: number[] = [];
  for (let j = piece.left; j <= piece.right; j++) if (formats[j] !== undefined) formatted.push(j);
  // Room for the calls of a chunk besides its data: one per formatted column and one for the values.
  const overhead = (formatted.length + 1) * CALL_BYTES;
  const top0 = block.top + piece.top;
  for (const { start, end } of chunkByBytes(prepared.map((p) => p.bytes), env.batch.budget - overhead, firstChunkBudget(env, overhead))) {
    const data = prepared.slice(start, end);
    const top = top0 + start;
    const bottom = top0 + end - 1;
    const bytes = data.reduce((s, p) => s + p.bytes, 0);
    const anyValue = data.some((p) => p.inputs.some((v) => v !== null));
    await env.batch.reserve(formatted.length + (anyValue ? 1 : 0), bytes);
    const writeFormats = () => {
      for (const j of formatted) {
        const fmt = formats[j] ?? "General";
        ws.getRange(rectAddress({ top, bottom, left: block.left + j, right: block.left + j })).numberFormat = data.map(() => [fmt]);
      }
    };
    const rows = data.map((p) => p.inputs);
    if (block.appendTo) {
      // New table rows take the formats of the row above as Excel adds them; set ours after.
      block.appendTo.rows.add(undefined, rows.map((r) => r.map((v) => v ?? "")));
      writeFormats();
      continue;
    }
    writeFormats();
    if (!anyValue) continue;
    const range = ws.getRange(rectAddress({ top, bottom, left: block.left + piece.left, right: block.left + piece.right }));
    if (rows.some((r) => hasFormula(r.filter((v): v is OfficeInput => v !== null)))) range.formulas = rows;
    else range.values = rows;
  }
}

/** The first chunk fills what the request being built has left, unless that is little. */
function firstChunkBudget(env: ApplyEnv, overhead: number): number {
  const room = env.batch.room - overhead;
  return room >= env.batch.budget / 8 ? room : env.batch.budget - overhead;
}

interface BlockLink {
  readonly i: number;
  readonly j: number;
  readonly link: string;
}

/** "#'Sheet'!A1" is a place in this workbook; anything else is a web address. */
function hyperlinkOf(link: string): Excel.RangeHyperlink {
  return link.startsWith("#") ? { documentReference: link.slice(1) } : { address: link };
}

/**
 * Links column by column through setCellProperties (ExcelApi 1.9): one call sets the links of a
 * run of rows, where Range.hyperlink takes a call per cell — a Findings sheet of 65,000 links
 * was five syncs of calls, and is now a fifth of one. Rows without a link get `{}` (left alone).
 */
async function writeLinkColumns(env: ApplyEnv, ws: Excel.Worksheet, block: CellBlock, links: readonly BlockLink[]): Promise<void> {
  const byColumn = new Map<number, BlockLink[]>();
  for (const l of links) {
    const list = byColumn.get(l.j);
    if (list) list.push(l);
    else byColumn.set(l.j, [l]);
  }
  for (const [j, list] of byColumn) {
    // Links were listed row by row, so each column's list is in row order.
    const first = list[0]!.i;
    const last = list[list.length - 1]!.i;
    const props: Excel.SettableCellProperties[][] = Array.from({ length: last - first + 1 }, () => [{}]);
    for (const l of list) props[l.i - first] = [{ hyperlink: hyperlinkOf(l.link) }];
    // A row's bytes as in writeBlock: its JSON and a comma.
    const costs = props.map((row) => jsonBytes(row) + 1);
    for (const { start, end } of chunkByBytes(costs, env.batch.budget - CALL_BYTES, firstChunkBudget(env, CALL_BYTES))) {
      await env.batch.reserve(1, costs.slice(start, end).reduce((s, c) => s + c, 0));
      const top = block.top + first + start;
      ws.getRange(rectAddress({ top, bottom: top + end - start - 1, left: block.left + j, right: block.left + j })).setCellProperties(props.slice(start, end));
    }
  }
}
