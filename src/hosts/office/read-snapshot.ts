/**
 * Reads a WorkbookSnapshot in a constant number of syncs plus one per ~4 MB of cells:
 *
 *  1. sheets (name, visibility), tables (name, totals row), names, and DATE(1904,1,1) — which
 *     is 0 in a 1904 workbook and 1462 otherwise, the one way to learn the date system that
 *     every requirement set has;
 *  2. each sheet's used range (values only), its first and last used rows, its merged areas and
 *     (ExcelApi 1.9) where its formulas are; each table's range, header, sheet and first and
 *     last data rows;
 *  3. the cells (values and number formats) of each sheet's used range and tables, in row
 *     blocks sized so that one sync's response stays within the payload budget, and the
 *     formulas of the formula cells only: with ExcelApi 1.9 sync 2 asks where the formulas are
 *     (`getSpecialCellsOrNullObject("Formulas")`), so that `formulas` — which repeats every
 *     constant of `values` — is loaded only over those areas. Each sheet has its own
 *     bytes-per-cell estimate: first from the rows sampled in sync 2, for a small first block in
 *     the first sync of cells; then from the largest size measured in its blocks. A response
 *     Excel still refuses as too large is read again with doubled estimates.
 */
import type { RangeRef } from "../../domain/a1";
import { parseRange, rangeA1 } from "../../domain/a1";
import type { CellValue } from "../../domain/cell";
import type { NamedRangeSnapshot, SheetSnapshot, TableSnapshot, WorkbookSnapshot } from "../../plan/snapshot";
import { parseAreas, rectAddress } from "./addresses";
import { FIRST_READ_CELL_BYTES, READ_MARGIN, SAMPLE_MARGIN, jsonBytes } from "./budget";
import { fromOffice } from "./cells";
import { RESPONSE_TOO_LARGE, officeErrorCode } from "./errors";
import type { OfficeFeatures } from "./requirements";

const VISIBILITY: Readonly<Record<string, SheetSnapshot["visibility"]>> = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" };

interface SheetPlan {
  readonly name: string;
  /** Where the sheet's formulas are; null: unknown, so `formulas` is loaded with every block. */
  readonly formulaAreas: readonly RangeRef[] | null;
  readonly visibility: SheetSnapshot["visibility"];
  readonly ws: Excel.Worksheet;
  readonly rect: RangeRef | null;
  readonly merges: readonly string[];
  readonly tables: TableSnapshot[];
  readonly values: CellValue[][];
  readonly formulas: (string | null)[][];
  readonly formats: (string | null)[][];
  /** Next row (relative to rect.top) still to read. */
  next: number;
  /** Bytes per cell to size the next block with. */
  cellBytes: number;
  /** Largest bytes per cell measured in this sheet's blocks so far. */
  measured: number;
  /** Smallest and largest bytes per cell of its big blocks, to see how much they differ. */
  leastMeasured: number;
  mostMeasured: number;
}

interface Block {
  readonly sheet: SheetPlan;
  readonly start: number;
  readonly count: number;
  readonly range: Excel.Range;
  /** The block's formula cells, when only they are loaded with `formulas`. */
  readonly pieces: readonly { readonly rect: RangeRef; readonly range: Excel.Range }[] | null;
}

/** The last sync of cells may take this much more than the budget (its estimates carry READ_MARGIN) rather than leave a few rows to one more sync. */
const TAIL_ALLOWANCE = 1.02;

/** Share of the budget a sheet's first block takes while its cells are not measured. */
const PROBE_SHARE = 1 / 16;

/** More formula areas than this in one block: load `formulas` over the whole block instead. */
const MAX_FORMULA_PIECES = 64;

function intersect(a: RangeRef, b: RangeRef): RangeRef | null {
  const r = { top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) };
  return r.top <= r.bottom && r.left <= r.right ? r : null;
}

/** Bytes per cell of a sampled row; with `onlyFormulas`, its formulas count only where they are formulas. */
function sampleBytes(r: Excel.Range, onlyFormulas: boolean): number {
  const values = r.values[0] ?? [];
  const formulas = onlyFormulas ? (r.formulas[0] ?? []).filter((f, j) => typeof f === "string" && f.startsWith("=") && f !== values[j]) : r.formulas;
  return jsonBytes([r.values, formulas, r.numberFormat]) / Math.max(1, values.length);
}

function union(a: RangeRef | null, b: RangeRef): RangeRef {
  if (!a) return b;
  return { top: Math.min(a.top, b.top), left: Math.min(a.left, b.left), bottom: Math.max(a.bottom, b.bottom), right: Math.max(a.right, b.right) };
}

function rectOf(r: Excel.Range): RangeRef {
  return { top: r.rowIndex, left: r.columnIndex, bottom: r.rowIndex + r.rowCount - 1, right: r.columnIndex + r.columnCount - 1 };
}

/** Drops trailing nulls, as the file host's rows end at their last cell. */
function trim<T>(row: (T | null)[]): (T | null)[] {
  let n = row.length;
  while (n > 0 && row[n - 1] === null) n--;
  return n === row.length ? row : row.slice(0, n);
}

/** The rectangles of a RangeAreas; null when its address is not whole (cut short) or not plain rectangles. */
function areasOf(r: Excel.RangeAreas): RangeRef[] | null {
  try {
    const areas = parseAreas(r.address).map(parseRange);
    return areas.length === r.areaCount ? areas : null;
  } catch {
    return null;
  }
}

/** Loads a block's values and number formats, and its formulas where they are (or everywhere when that is not known). */
function loadBlock(p: SheetPlan, rows: RangeRef): { range: Excel.Range; pieces: Block["pieces"] } {
  const rects = p.formulaAreas?.map((a) => intersect(a, rows)).filter((r): r is RangeRef => r !== null);
  if (!rects || rects.length > MAX_FORMULA_PIECES) return { range: p.ws.getRange(rectAddress(rows)).load("values,formulas,numberFormat"), pieces: null };
  return {
    range: p.ws.getRange(rectAddress(rows)).load("values,numberFormat"),
    pieces: rects.map((rect) => ({ rect, range: p.ws.getRange(rectAddress(rect)).load("formulas") })),
  };
}

/** The block's formulas as one array over the block (undefined outside the formula areas). */
function spread(b: Block, values: readonly unknown[][]): unknown[][] {
  const out: unknown[][] = values.map(() => []);
  const top = b.sheet.rect!.top + b.start;
  const left = b.sheet.rect!.left;
  for (const piece of b.pieces ?? []) {
    piece.range.formulas.forEach((line, i) => {
      const row = out[piece.rect.top - top + i]!;
      line.forEach((f, j) => (row[piece.rect.left - left + j] = f));
    });
  }
  return out;
}

export async function readSnapshot(context: Excel.RequestContext, features: OfficeFeatures, budget: number, wanted?: ReadonlySet<string>): Promise<WorkbookSnapshot> {
  const wb = context.workbook;
  // ---- sync 1: what there is
  const worksheets = wb.worksheets.load("items/name,items/visibility");
  const tables = wb.tables.load("items/name,items/showTotals");
  const names = wb.names.load(features.api17 ? "items/name,items/formula" : "items/name,items/value");
  const dateProbe = wb.functions.date(1904, 1, 1).load("value");
  await context.sync();

  const date1904 = dateProbe.value === 0;
  const namesOut: NamedRangeSnapshot[] = names.items.map((n) => ({ name: n.name, ref: features.api17 ? n.formula.replace(/^=/, "") : String(n.value) }));
  const chosen = worksheets.items.filter((ws) => !wanted || wanted.has(ws.name.toLowerCase()));

  // ---- sync 2: where the cells are
  const used = chosen.map((ws) => ws.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount"));
  const merged = features.api113 ? chosen.map((ws) => ws.getRange().getMergedAreasOrNullObject().load("address")) : [];
  // And the first and last used rows of each sheet, for sheets without tables (which sheets have
  // tables is not known yet). getUsedRange, not …OrNullObject: a method of a null object fails,
  // and on a blank sheet getUsedRange gives A1.
  const sheetSamples = chosen.map((ws) => {
    const u = ws.getUsedRange(true);
    return [u.getRow(0).load("values,formulas,numberFormat"), u.getLastRow().load("values,formulas,numberFormat")];
  });
  // ExcelApi 1.9 (the same set as page layout). The count tells whether the address came back whole.
  const formulaCells = features.pageLayout ? chosen.map((ws) => ws.getRange().getSpecialCellsOrNullObject("Formulas").load("address,areaCount")) : [];
  const tableParts = tables.items.map((t) => {
    const body = t.getDataBodyRange();
    return {
      t,
      range: t.getRange().load("rowIndex,columnIndex,rowCount,columnCount"),
      header: t.getHeaderRowRange().load("values"),
      sheet: t.worksheet.load("name"),
      // Two rows of each register tell how big its cells are before the big reads.
      samples: [body.getRow(0).load("values,formulas,numberFormat"), body.getLastRow().load("values,formulas,numberFormat")],
    };
  });
  if (chosen.length || tableParts.length) await context.sync();

  const plans: SheetPlan[] = chosen.map((ws, i) => {
    const u = used[i]!;
    let rect: RangeRef | null = u.isNullObject ? null : rectOf(u);
    const own = tableParts.filter((p) => p.sheet.name === ws.name);
    const tablesOut: TableSnapshot[] = own.map((p) => {
      const r = rectOf(p.range);
      rect = union(rect, r);
      return { name: p.t.name, ref: rangeA1(r), columns: (p.header.values[0] ?? []).map((h) => String(h)), totalsRow: p.t.showTotals };
    });
    const m = merged[i];
    const fc = formulaCells[i];
    let formulaAreas: RangeRef[] | null = null;
    if (fc) formulaAreas = fc.isNullObject ? [] : areasOf(fc);
    const sampled = [...own.flatMap((p) => p.samples), ...sheetSamples[i]!].map((r) => sampleBytes(r, formulaAreas !== null));
    return {
      name: ws.name,
      formulaAreas,
      visibility: VISIBILITY[ws.visibility] ?? "visible",
      ws,
      rect,
      merges: m && !m.isNullObject ? parseAreas(m.address) : [],
      tables: tablesOut,
      values: [],
      formulas: [],
      formats: [],
      next: 0,
      cellBytes: sampled.length ? Math.max(...sampled) * SAMPLE_MARGIN : FIRST_READ_CELL_BYTES,
      measured: 0,
      leastMeasured: Infinity,
      mostMeasured: 0,
    };
  });

  // ---- syncs 3…: the cells, in blocks
  const remaining = () => plans.filter((p) => p.rect && p.next < p.rect.bottom - p.rect.top + 1);
  /** Estimated bytes of every row not read yet. */
  const left = () => remaining().reduce((sum, p) => sum + (p.rect!.bottom - p.rect!.top + 1 - p.next) * (p.rect!.right - p.rect!.left + 1) * p.cellBytes, 0);
  while (remaining().length) {
    const blocks: Block[] = [];
    let planned = 0;
    // What is left that fits a little over the budget is read now rather than in a sync of its
    // own.
    const cap = left() <= budget * TAIL_ALLOWANCE ? budget * TAIL_ALLOWANCE : budget;
    const add = (p: SheetPlan, limit: number) => {
      const r = p.rect!;
      const width = r.right - r.left + 1;
      const height = r.bottom - r.top + 1;
      const fit = Math.floor((limit - planned) / (width * p.cellBytes));
      // Always read at least one row, but only when the sync has nothing else in it.
      const count = Math.min(height - p.next, Math.max(fit, planned === 0 ? 1 : 0));
      if (count <= 0) return;
      const rows: RangeRef = { top: r.top + p.next, bottom: r.top + p.next + count - 1, left: r.left, right: r.right };
      blocks.push({ sheet: p, start: p.next, count, ...loadBlock(p, rows) });
      p.next += count;
      planned += count * width * p.cellBytes;
    };
    // Sheets not measured yet first, each with a small block: they are sized from a few sample
    // rows (with a wide margin), and after this sync from thousands of their own cells, so that
    // no later sync leaves room unused where a new sheet starts.
    for (const p of remaining()) if (!p.measured) add(p, Math.min(cap, planned + budget * PROBE_SHARE));
    for (const p of remaining()) {
      add(p, cap);
      if (planned >= cap) break;
    }
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per ~4 MB block of cells, by design (docs/office-host.md)
      await context.sync();
    } catch (e) {
      // Excel refused the response as too large: guess bigger cells and read these rows again.
      if (officeErrorCode(e) !== RESPONSE_TOO_LARGE || blocks.every((b) => b.count === 1)) throw e;
      for (const b of new Set(blocks.map((x) => x.sheet))) b.cellBytes *= 2;
      for (const b of blocks) b.sheet.next = Math.min(b.sheet.next, b.start);
      continue;
    }
    for (const b of blocks) {
      const { values, numberFormat } = b.range;
      const formulas = b.pieces ? spread(b, values) : b.range.formulas;
      const loaded = b.pieces ? jsonBytes([values, numberFormat, b.pieces.map((x) => x.range.formulas)]) : jsonBytes([values, formulas, numberFormat]);
      const perCell = loaded / Math.max(1, b.count * (values[0]?.length ?? 1));
      const p = b.sheet;
      p.measured = Math.max(p.measured, perCell);
      // A register's big blocks differ by a fraction of a percent; a sheet whose big blocks have
      // differed more (pasted data, long notes in places) gets a margin twice that difference on
      // top. Small blocks (a probe, a tail) say little about the next big one.
      if (loaded >= budget / 4) {
        p.leastMeasured = Math.min(p.leastMeasured, perCell);
        p.mostMeasured = Math.max(p.mostMeasured, perCell);
      }
      const differ = p.leastMeasured < p.mostMeasured ? p.mostMeasured / p.leastMeasured - 1 : 0;
      p.cellBytes = Math.max(p.measured * (READ_MARGIN + 2 * differ), 4);
      values.forEach((row, i) => {
        const v: (CellValue | null)[] = [];
        const f: (string | null)[] = [];
        const n: (string | null)[] = [];
        row.forEach((cell, j) => {
          const c = fromOffice(cell, formulas[i]?.[j]);
          v.push(c.value);
          f.push(c.formula);
          const fmt = numberFormat[i]![j];
          n.push(typeof fmt === "string" && fmt !== "General" ? fmt : null);
        });
        b.sheet.values[b.start + i] = trim(v) as CellValue[];
        b.sheet.formulas[b.start + i] = trim(f);
        b.sheet.formats[b.start + i] = trim(n);
      });
    }
  }

  const sheets: SheetSnapshot[] = plans.map((p) => {
    const hasFormulas = p.formulas.some((r) => r.length);
    const hasFormats = p.formats.some((r) => r.length);
    return {
      name: p.name,
      visibility: p.visibility,
      originRow: p.rect?.top ?? 0,
      originCol: p.rect?.left ?? 0,
      values: p.values,
      ...(hasFormulas ? { formulas: p.formulas } : {}),
      ...(hasFormats ? { numberFormats: p.formats } : {}),
      merges: p.merges,
      tables: p.tables,
    };
  });
  return { sheets, date1904, names: namesOut };
}
