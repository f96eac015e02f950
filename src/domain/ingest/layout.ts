/**
 * Table layouts of one sheet: for each table found, its header (one to three rows, merged group
 * bands included), its columns (a merged header is one column), its body rows and the context
 * above it (titles, "Project ID: X" pairs). Which register a table is comes later (classify.ts);
 * this module only reads the geometry, so it works for sheets in any language.
 */
import { a1, parseRange, type RangeRef } from "../a1";
import type { CellValue } from "../cell";
import { serialToIso } from "../dates";
import { segment, sheetItems, type Block } from "./blocks";
import { anyHeaderScore } from "./header-match";
import type { SheetCell, SheetCells } from "./sheet-cells";

export interface LayoutColumn {
  /** Absolute 0-based column of the column's first cell (the left of a merged header). */
  readonly col: number;
  readonly left: number;
  readonly right: number;
  /** Header text; the rows of a multi-row header joined with a space; "" when there is none. */
  readonly header: string;
  /** The header's parts, top to bottom (group band first, then the column's own text). */
  readonly parts: readonly string[];
  /** A Gantt timeline column (PHASE ONE / WEEK 1 / M): bars are fills, values are decoration. */
  readonly timeline: boolean;
}

export interface LayoutRow {
  readonly row: number;
  /** One value per column; a formula without a calculated value is null here (see `formulas`). */
  readonly values: readonly CellValue[];
  readonly formats: readonly (string | null)[];
  readonly formulas: readonly (string | null)[];
  /** The cells behind each value (usually one; a merged column may have several). */
  readonly cells: readonly (readonly SheetCell[])[];
}

export interface TableLayout {
  readonly sheet: string;
  /** Absolute 0-based rows of the header: top row and lowest row (equal for a one-row header). */
  readonly headerTop: number;
  readonly headerRow: number;
  readonly columns: readonly LayoutColumn[];
  /** Body rows holding at least one value, top to bottom. */
  readonly rows: readonly LayoutRow[];
  /** Header top to last body row, first to last column. */
  readonly range: RangeRef;
  /** Titles above the table, top to bottom (banner, section title such as "RISKS"). */
  readonly titles: readonly string[];
  /** Label/value pairs found above the table ("Project ID" → "P-001"). */
  readonly metadata: Readonly<Record<string, string>>;
  /** Cells whose text went into `titles` or `metadata`, as A1 addresses. */
  readonly contextCells: readonly string[];
  /** Lines below the body that are no data (a copyright footer). */
  readonly footers: readonly { readonly cell: string; readonly text: string }[];
  /** The Excel table (ListObject) the layout is, when it is one. */
  readonly excelTable?: string;
  readonly headerScore: number;
}

export interface SheetLayout {
  readonly tables: readonly TableLayout[];
  /** Label/value pairs and notes that belong to no table (a PROJECT sheet, a legend). */
  readonly metadata: Readonly<Record<string, string>>;
  readonly contextCells: readonly string[];
}

export interface LayoutOptions {
  readonly date1904?: boolean;
  /** Excel tables of the sheet: their header row is taken as given. */
  readonly tables?: readonly { readonly name: string; readonly ref: string }[];
}

/** A header row must score at least this to start a table. */
export const HEADER_THRESHOLD = 0.42;
/** Rows scanned from the top of a block for its header. */
const HEADER_SCAN = 8;
/** A table continues across at most this many blank rows into a block without a header. */
const MAX_GAP = 6;

interface BlockRows {
  readonly block: Block;
  /** Logical cells (a merged cell once) per row, left to right. */
  readonly rows: Map<number, SheetCell[]>;
  readonly rowNumbers: number[];
}

function blockRows(block: Block): BlockRows {
  const rows = new Map<number, SheetCell[]>();
  for (const i of block.items) {
    if (!i.cell) continue;
    const list = rows.get(i.cell.row);
    if (list) list.push(i.cell);
    else rows.set(i.cell.row, [i.cell]);
  }
  for (const l of rows.values()) l.sort((a, b) => a.col - b.col);
  return { block, rows, rowNumbers: [...rows.keys()].sort((a, b) => a - b) };
}

const span = (c: SheetCell): { left: number; right: number } => (c.merge ? { left: c.merge.left, right: c.merge.right } : { left: c.col, right: c.col });

interface HeaderCandidate {
  readonly row: number;
  readonly score: number;
  readonly hits: number;
}

/** How much a row looks like the header of the rows below it (0..1). */
function headerRowScore(cells: readonly SheetCell[], below: readonly (readonly SheetCell[])[]): { score: number; hits: number } {
  const n = cells.length;
  if (n < 2) return { score: 0, hits: 0 };
  const texty = cells.filter((c) => c.kind === "text" && c.text.length > 0 && c.text.length <= 60);
  const textFrac = texty.length / n;
  if (textFrac < 0.6) return { score: 0, hits: 0 };
  const codes = cells.filter((c) => c.kind === "code").length;
  if (codes / n > 0.3) return { score: 0, hits: 0 };
  let hits = 0;
  for (const c of texty.slice(0, 40)) {
    // Codes such as "ID-4" or "P-1" are values, though they normalise to a header word.
    if (/^[A-Za-z]{1,6}[-_ ]?\d+$/.test(c.text.trim())) continue;
    const s = anyHeaderScore(c.text);
    if (s >= 0.8) hits += 1;
    else if (s >= 0.6) hits += 0.5;
  }
  let supported = 0;
  for (const c of cells) {
    const { left, right } = span(c);
    if (below.some((r) => r.some((b) => b.col >= left && b.col <= right))) supported++;
  }
  const support = supported / n;
  const colon = texty.filter((c) => /:\s*$/.test(c.text)).length / n;
  // "Label: value" pairs make a form line; headers that merely end in ":" ("Action No:") do not.
  const labels = cells.filter((c) => /:\s*$/.test(c.text)).length;
  const valued = cells.filter((c, i) => /:\s*$/.test(c.text) && cells[i + 1] && !/:\s*$/.test(cells[i + 1]!.text) && anyHeaderScore(cells[i + 1]!.text) < 0.6).length;
  const labelValue = labels > 0 && valued * 2 >= labels;
  const avgLen = texty.reduce((s, c) => s + c.text.length, 0) / Math.max(1, texty.length);
  let score = textFrac * (0.4 * Math.min(1, hits / 3) + 0.35 * support + 0.1 * Math.min(1, n / 4) + 0.15 * (below.length > 0 ? 1 : 0));
  // Headers that end in ":" over a body that fills every column ("Decision ID:", "Email:") are a
  // header all the same: all text, mostly register words, nothing to the side but more headers.
  const strongLabels = texty.filter((c) => /:\s*$/.test(c.text) && anyHeaderScore(c.text) >= 0.8).length;
  const colonHeaders = texty.length === n && support === 1 && below.length >= 2 && hits >= 2 && strongLabels >= Math.max(2, 0.5 * labels);
  if (colon >= 0.5 && (labelValue || colon >= 0.9) && !colonHeaders) score *= 0.25;
  if (avgLen > 35) score *= 0.6;
  return { score, hits };
}

function findHeader(br: BlockRows, forced?: number): HeaderCandidate | null {
  const nums = br.rowNumbers;
  const scan = Math.min(HEADER_SCAN, nums.length);
  const cands: HeaderCandidate[] = [];
  for (let k = 0; k < scan; k++) {
    const r = nums[k]!;
    const below = nums.slice(k + 1, k + 31).map((x) => br.rows.get(x)!);
    const { score, hits } = headerRowScore(br.rows.get(r)!, below);
    cands.push({ row: r, score, hits });
  }
  if (forced !== undefined) {
    const c = cands.find((x) => x.row === forced);
    return { row: forced, score: Math.max(c?.score ?? 0, HEADER_THRESHOLD), hits: c?.hits ?? 0 };
  }
  const best = cands.reduce<HeaderCandidate | null>((b, c) => (!b || c.score > b.score ? c : b), null);
  if (!best || best.score < HEADER_THRESHOLD) return best;
  // Data rows of a text-heavy table can score as high as its header: the upper one wins.
  return cands.find((c) => c.score >= best.score - 0.08 && c.score >= HEADER_THRESHOLD) ?? best;
}

/** Rows of a multi-row header: group bands above the header row and sub-headers below it. */
function headerBlock(br: BlockRows, h: number, width: number): { top: number; bottom: number } {
  const isBand = (c: SheetCell) => !!c.merge && c.merge.right > c.merge.left;
  const bandCols = (rows: number[]) => {
    const spans: { left: number; right: number }[] = [];
    for (const r of rows) for (const c of br.rows.get(r) ?? []) if (isBand(c)) spans.push(span(c));
    return spans;
  };
  let top = h;
  // Upward: a row of merged group bands (and cells merged down into the header row).
  for (let k = 0; k < 2; k++) {
    const above = br.rows.get(top - 1);
    if (!above || !above.length) break;
    const bands = above.filter(isBand);
    // Labels ("Project Name:", "Date:") merged across columns are a form line, not group bands.
    const ok = above.every((c) => (isBand(c) || (c.merge && c.merge.bottom >= top)) && !/:\s*$/.test(c.text) && c.kind === "text");
    const titleLike = bands.length === 1 && above.length === 1 && bands[0]!.merge!.right - bands[0]!.merge!.left + 1 >= 0.8 * width;
    if (!ok || !bands.length || titleLike) break;
    top -= 1;
  }
  let bottom = h;
  // Timeline headers (PHASE ONE … WEEK 1 … Jan … M T W) stack over columns right of the table's
  // own headers; a row of them directly under the header is header, not data.
  const headerCells = br.rows.get(h) ?? [];
  const firstCols = headerCells.slice(0, 2).map((c) => c.col);
  const timelineStart = headerCells.find((c) => TIMELINE_RE.test(c.text) || c.kind === "date")?.col ?? Infinity;
  // Downward: sub-header rows (WEEK 1 under PHASE ONE, M T W … under WEEK 1).
  for (let k = 0; k < 4; k++) {
    const next = br.rows.get(bottom + 1);
    // Day letters (M T W R F) may read as codes; a row of RACI codes may not.
    if (!next || !next.length || next.filter((c) => c.kind === "code").length > 0.3 * next.length) break;
    const spans = bandCols(rangeRows(top, bottom));
    // Columns headed by a cell of their own (not a band): a sub-header row has nothing there,
    // a data row has. Under a row of bands only, one row (the real header) may follow.
    const own = rangeRows(top, bottom).flatMap((r) => (br.rows.get(r) ?? []).filter((c) => !isBand(c)).map((c) => span(c)));
    const pureBands = own.length === 0;
    // Under bands: every cell under a band that has at least two cells of this row under it.
    const underBands =
      spans.length > 0 &&
      (!pureBands || k === 0) &&
      next.every((c) => c.kind === "text" && !own.some((s) => c.col >= s.left && c.col <= s.right)) &&
      next.every((c) => spans.some((s) => c.col >= s.left && c.col <= s.right && next.filter((x) => x.col >= s.left && x.col <= s.right).length >= 2));
    const timeline =
      next.length >= 3 &&
      next.every((c) => c.col >= timelineStart && !firstCols.includes(c.col) && (c.kind === "date" || (c.kind === "number" && Number(c.value) <= 31) || (c.kind !== "number" && c.text.length <= 12)));
    if (!underBands && !timeline) break;
    bottom += 1;
  }
  return { top, bottom };
}

function rangeRows(top: number, bottom: number): number[] {
  const out: number[] = [];
  for (let r = top; r <= bottom; r++) out.push(r);
  return out;
}

/** The columns of a table from its header rows and the columns its body uses. */
function buildColumns(cells: SheetCells, headerTop: number, headerRow: number, bodyCols: ReadonlySet<number>, left: number, right: number): LayoutColumn[] {
  // The header cell covering a column in a header row: the cell itself or the merge over it.
  const headerCells: SheetCell[][] = [];
  for (let r = headerTop; r <= headerRow; r++) headerCells.push(cells.rowIn(r, left - 200, right + 200).filter((c) => c.text !== ""));
  const covering = (ri: number, col: number): SheetCell | undefined => headerCells[ri]!.find((c) => col >= span(c).left && col <= span(c).right);
  const physical = new Set<number>(bodyCols);
  for (const row of headerCells) for (const c of row) if (c.col >= left && c.col <= right) physical.add(c.col);
  const cols = [...physical].filter((c) => c >= left && c <= right).sort((a, b) => a - b);
  const out: LayoutColumn[] = [];
  const byLeaf = new Map<SheetCell, number>();
  for (const col of cols) {
    let leaf: SheetCell | undefined;
    for (let ri = headerCells.length - 1; ri >= 0 && !leaf; ri--) leaf = covering(ri, col);
    if (leaf && byLeaf.has(leaf) && span(leaf).right > span(leaf).left) continue;
    const parts: string[] = [];
    for (let ri = 0; ri < headerCells.length; ri++) {
      const h = covering(ri, col);
      if (h && parts[parts.length - 1] !== h.text) parts.push(h.text);
    }
    const l = leaf ? Math.min(span(leaf).left, col) : col;
    const r = leaf ? Math.max(span(leaf).right, col) : col;
    if (leaf) byLeaf.set(leaf, out.length);
    const timeline = parts.length > 0 && (parts.some((p) => TIMELINE_RE.test(p)) || /^[MTWRFS]$/i.test(parts[parts.length - 1]!));
    out.push({ col: l, left: l, right: r, header: parts.join(" ").trim(), parts, timeline });
  }
  return out;
}

function displayValue(c: SheetCell, date1904: boolean): string {
  if (c.kind === "date" && typeof c.value === "number") return serialToIso(c.value, date1904) ?? c.text;
  return c.text;
}

interface Pair {
  readonly label: string;
  readonly value: string;
}

/** Label/value pairs and free notes of context rows (titles, "Project ID: P-001", forms). */
function parseContext(rows: readonly (readonly SheetCell[])[], date1904: boolean): { pairs: Pair[]; notes: string[] } {
  const pairs: Pair[] = [];
  const notes: string[] = [];
  const inline = /^([^:]{2,40}?)\s*:\s*(.+)$/;
  for (const cells of rows) {
    const n = cells.length;
    for (let i = 0; i < n; i++) {
      if (pairs.length + notes.length >= MAX_CONTEXT_ENTRIES) return { pairs, notes };
      const c = cells[i]!;
      const t = displayValue(c, date1904);
      if (!t) continue;
      const m = c.kind === "text" && !/^https?:/i.test(t) ? inline.exec(t) : null;
      if (m && m[1]!.split(" ").length <= 6) {
        pairs.push({ label: m[1]!.trim(), value: m[2]!.trim() });
        continue;
      }
      const next = cells[i + 1];
      const isLabel = c.kind === "text" && t.length <= 40 && (/:\s*$/.test(t) || (n >= 2 && n % 2 === 0 && i % 2 === 0));
      if (isLabel && n >= 2) {
        const nextIsLabel = !!next && /:\s*$/.test(next.text);
        if (next && !nextIsLabel) {
          pairs.push({ label: t.replace(/\s*:\s*$/, ""), value: displayValue(next, date1904) });
          i++;
        } else pairs.push({ label: t.replace(/\s*:\s*$/, ""), value: "" });
        continue;
      }
      if (/:\s*$/.test(t) && t.length <= 40) pairs.push({ label: t.replace(/\s*:\s*$/, ""), value: "" });
      else notes.push(t);
    }
  }
  return { pairs, notes };
}

/** Context kept per table or sheet; a row of 16,000 dates above nothing is not worth more. */
const MAX_CONTEXT_ENTRIES = 200;

function addMetadata(into: Record<string, string>, pairs: readonly Pair[], notes: readonly string[], titleKey = "Title"): void {
  const counts = new Map<string, number>();
  let size = Object.keys(into).length;
  const put = (k: string, v: string) => {
    if (size >= MAX_CONTEXT_ENTRIES) return;
    size++;
    let key = k;
    if (key in into) {
      let n = counts.get(k) ?? 1;
      do key = `${k} (${++n})`;
      while (key in into);
      counts.set(k, n);
    }
    into[key] = v;
  };
  for (const p of pairs) put(p.label, p.value);
  notes.forEach((n, i) => put(i === 0 && !(titleKey in into) ? titleKey : "Note", n));
}

const TIMELINE_RE = /\b(phase|week|wk|month|sprint|quarter|q[1-4]|jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?|20\d\d)\b/i;
const FOOTER_RE = /©|\(c\)\s*\d{4}|copyright|all rights reserved/i;
/** A legend line such as "R - Responsible" or "A = Accountable", inside or under a RACI table. */
const LEGEND_RE = /^[A-Z]{1,2}\s*[-–=:]\s*[A-Za-z]{3,}/;

interface OpenTable {
  readonly block: BlockRows;
  headerTop: number;
  headerRow: number;
  left: number;
  right: number;
  bottom: number;
  bodyRows: number[];
  rowCells: Map<number, SheetCell[]>;
  titles: string[];
  metadata: Record<string, string>;
  contextCells: string[];
  footers: { cell: string; text: string }[];
  excelTable?: string;
  score: number;
  hits: number;
}

/** Body rows of a table looked at to tell whether a row under it is more of its data. */
const BODY_LOOKBACK = 50;

/**
 * Whether a row under a table reads as more of its body, not a header of its own: it holds an
 * id-like code ("ID-4", "P-2"), or repeats a value that its column holds in the table's last rows
 * ("No" under Escalated). A data row after a blank row can be made of header words otherwise.
 */
function readsAsBodyOf(t: OpenTable, cells: readonly SheetCell[]): boolean {
  if (cells.some((c) => /^[A-Za-z]{1,6}[-_]\d+$/.test(c.text.trim()))) return true;
  const seen = new Set<string>();
  for (const r of t.bodyRows.slice(-BODY_LOOKBACK)) for (const c of t.rowCells.get(r) ?? []) seen.add(`${c.col}|${c.text.trim().toLowerCase()}`);
  return cells.some((c) => c.text.trim() !== "" && seen.has(`${c.col}|${c.text.trim().toLowerCase()}`));
}

/**
 * A form: a few rows of "LABEL | value" (PROJECT TITLE | Reservation system, Date: | 3/1).
 * It reads like a two-column table but is context for the table below it.
 */
function isForm(br: BlockRows): boolean {
  if (br.rowNumbers.length > 8) return false;
  return br.rowNumbers.every((r) => {
    const cells = br.rows.get(r)!;
    if (cells.length !== 2 && cells.length !== 4) return false;
    return cells.every((c, i) => i % 2 === 1 || (c.kind === "text" && !/\d/.test(c.text) && (/:\s*$/.test(c.text) || (c.text === c.text.toUpperCase() && /[A-Z]{3}/.test(c.text)))));
  });
}

const overlap = (a: { left: number; right: number }, b: { left: number; right: number }) => Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left) + 1);

/** Every table of a sheet, with the context around it. */
export function sheetLayout(cells: SheetCells, options: LayoutOptions = {}): SheetLayout {
  const date1904 = options.date1904 ?? false;
  const excelTables = (options.tables ?? []).map((t) => ({ name: t.name, range: parseRange(t.ref) }));
  const blocks = segment(sheetItems(cells)).map(blockRows).filter((b) => b.rowNumbers.length > 0);
  const open: OpenTable[] = [];
  const pending: BlockRows[] = [];
  const sheetMeta: Record<string, string> = {};
  const sheetCells: string[] = [];
  // The last block seen in each table's columns, so that a title between two stacked tables
  // stops the first from swallowing the second's rows.
  const lastBlockIn: BlockRows[] = [];

  blocks.forEach((br, k) => {
    const b = br.block;
    // A title directly above a block with a header of its own ("DECISIONS" over a second table)
    // is that table's title, not the last row of the table above.
    if (b.peeled) {
      const next = blocks.slice(k + 1).find((n) => n.block.top === b.bottom + 1 && overlap(n.block, b) > 0);
      const nextHeader = next ? findHeader(next) : null;
      if (nextHeader && nextHeader.score >= HEADER_THRESHOLD && nextHeader.hits >= 2) {
        pending.push(br);
        lastBlockIn.push(br);
        return;
      }
    }
    const xl = excelTables.find((t) => overlap(t.range, b) > 0 && t.range.top >= b.top && t.range.top <= b.bottom);
    const cand = findHeader(br, xl?.range.top);
    // The table this block may continue: right below it, or beside a part of it already taken
    // in (a body row split in two where a column is empty throughout).
    const prev = [...open].reverse().find((t) => overlap(t, b) >= 0.5 * (b.right - b.left + 1) && b.top > t.headerRow && b.top - t.bottom - 1 <= MAX_GAP);
    const interrupted = prev ? lastBlockIn.some((o) => o !== prev.block && o.block.top > prev.bottom && o.block.bottom < b.top && overlap(o.block, prev) > 0) : false;
    const fits = prev && !interrupted && b.top - prev.bottom - 1 <= MAX_GAP && b.left >= prev.left - 1 && b.right <= prev.right + 1;
    // Under a table, a block starts a new one only with a real header: all text, most of it
    // header words. A data row may hold a word or two that are also headers ("Review").
    const candCells = cand ? (br.rows.get(cand.row) ?? []) : [];
    const headerLike = !!cand && cand.row === br.rowNumbers[0] && candCells.every((c) => c.kind === "text") && cand.hits >= Math.max(2, 0.6 * candCells.length) && !(prev && readsAsBodyOf(prev, candCells));
    const strongHeader = !!cand && cand.score >= HEADER_THRESHOLD && (!fits || !!xl || headerLike);
    if (fits && !strongHeader && prev) {
      for (const r of br.rowNumbers) {
        const have = prev.rowCells.get(r);
        if (!have) prev.bodyRows.push(r);
        prev.rowCells.set(r, [...(have ?? []), ...br.rows.get(r)!].sort((x, y) => x.col - y.col));
      }
      prev.bottom = Math.max(prev.bottom, b.bottom);
      prev.left = Math.min(prev.left, b.left);
      prev.right = Math.max(prev.right, b.right);
      lastBlockIn.push(br);
      return;
    }
    if (!cand || cand.score < HEADER_THRESHOLD || (!xl && isForm(br))) {
      pending.push(br);
      lastBlockIn.push(br);
      return;
    }
    const width = b.right - b.left + 1;
    const hb = headerBlock(br, cand.row, width);
    // A header with nothing under it must say so itself: real header words, not a form.
    if (!xl && !br.rowNumbers.some((r) => r > hb.bottom) && cand.hits < 2.5) {
      pending.push(br);
      lastBlockIn.push(br);
      return;
    }
    const t: OpenTable = {
      block: br,
      headerTop: hb.top,
      headerRow: hb.bottom,
      left: b.left,
      right: b.right,
      bottom: b.bottom,
      bodyRows: br.rowNumbers.filter((r) => r > hb.bottom),
      rowCells: new Map(br.rowNumbers.filter((r) => r > hb.bottom).map((r) => [r, br.rows.get(r)!])),
      titles: [],
      metadata: {},
      contextCells: [],
      footers: [],
      ...(xl ? { excelTable: xl.name } : {}),
      score: cand.score,
      hits: cand.hits,
    };
    // Context above the header: rows of this block, then pending blocks over these columns.
    const aboveRows = br.rowNumbers.filter((r) => r < hb.top).map((r) => br.rows.get(r)!);
    const ctx = pending.filter((p) => p.block.bottom < hb.top && overlap(p.block, b) > 0);
    const ctxRows = [...ctx.flatMap((p) => p.rowNumbers.map((r) => p.rows.get(r)!)), ...aboveRows];
    for (const p of ctx) pending.splice(pending.indexOf(p), 1);
    const parsed = parseContext(ctxRows, date1904);
    addMetadata(t.metadata, parsed.pairs, []);
    t.titles.push(...parsed.notes);
    for (const row of ctxRows) for (const c of row) t.contextCells.push(a1(c.row, c.col));
    open.push(t);
    lastBlockIn.push(br);
  });
  for (const p of pending) {
    const rows = p.rowNumbers.map((r) => p.rows.get(r)!);
    const parsed = parseContext(rows, date1904);
    addMetadata(sheetMeta, parsed.pairs, parsed.notes);
    for (const row of rows) for (const c of row) sheetCells.push(a1(c.row, c.col));
  }
  return { tables: open.map((t) => finishTable(cells, t)), metadata: sheetMeta, contextCells: sheetCells };
}

/** The cells of a column a row has nothing in: shared, as nothing adds to a row's cells once read. */
const NO_CELLS: readonly SheetCell[] = Object.freeze([]);

function finishTable(cells: SheetCells, t: OpenTable): TableLayout {
  // A copyright line or a legend line in or under the body is context, not a row.
  const body = t.bodyRows.sort((a, b) => a - b).filter((r) => {
    const rc = t.rowCells.get(r)!;
    if (rc.length === 1 && (FOOTER_RE.test(rc[0]!.text) || LEGEND_RE.test(rc[0]!.text))) {
      t.footers.push({ cell: a1(rc[0]!.row, rc[0]!.col), text: rc[0]!.text });
      return false;
    }
    return true;
  });
  const bodyCols = new Set<number>();
  for (const r of body) for (const c of t.rowCells.get(r)!) bodyCols.add(c.col);
  const columns = buildColumns(cells, t.headerTop, t.headerRow, bodyCols, t.left, t.right);
  const index = new Map<number, number>();
  columns.forEach((c, i) => {
    for (let x = c.left; x <= c.right; x++) if (!index.has(x)) index.set(x, i);
  });
  const rows: LayoutRow[] = body.map((r) => {
    // Most columns of a row hold one cell or none: an array per column and row was the bulk of
    // what a large table allocated.
    const per: (readonly SheetCell[])[] = new Array<readonly SheetCell[]>(columns.length).fill(NO_CELLS);
    for (const c of t.rowCells.get(r)!) {
      const i = index.get(c.col);
      if (i !== undefined) per[i] = per[i]!.length ? [...per[i]!, c] : [c];
    }
    return {
      row: r,
      values: per.map((cs) => (cs.length === 0 ? null : cs.length === 1 ? cs[0]!.value : cs.map((c) => c.text).filter((x) => x).join(" "))),
      formats: per.map((cs) => cs[0]?.format ?? null),
      formulas: per.map((cs) => cs[0]?.formula ?? null),
      cells: per,
    };
  });
  const last = body.length ? body[body.length - 1]! : t.headerRow;
  const left = columns.length ? Math.min(...columns.map((c) => c.left)) : t.left;
  const right = columns.length ? Math.max(...columns.map((c) => c.right)) : t.right;
  return {
    sheet: cells.name,
    headerTop: t.headerTop,
    headerRow: t.headerRow,
    columns,
    rows,
    range: { top: t.headerTop, left, bottom: last, right },
    titles: t.titles,
    metadata: t.metadata,
    contextCells: t.contextCells,
    footers: t.footers,
    ...(t.excelTable ? { excelTable: t.excelTable } : {}),
    headerScore: t.score,
  };
}

