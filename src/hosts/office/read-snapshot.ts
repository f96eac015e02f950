/**
 * Reads a WorkbookSnapshot in a constant number of syncs plus one per ~3.5 MB of cells:
 *
 *  1. sheets (name, visibility), tables (name, totals row), names, and DATE(1904,1,1) — which
 *     is 0 in a 1904 workbook and 1462 otherwise, the one way to learn the date system that
 *     every requirement set has;
 *  2. each sheet's used range (values only) and merged areas, each table's range, header
 *     and sheet;
 *  3. the cells (values, formulas, number formats) of each sheet's used range and tables, in
 *     row blocks sized so that one sync's response stays within the payload budget. Each sheet
 *     has its own bytes-per-cell estimate: first from the first and last data rows of its tables
 *     (loaded in sync 2), or a cautious guess; then the largest size measured in its blocks.
 *     A response Excel still refuses as too large is read again with doubled estimates.
 */
import type { RangeRef } from "../../domain/a1";
import { rangeA1 } from "../../domain/a1";
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
}

interface Block {
  readonly sheet: SheetPlan;
  readonly start: number;
  readonly count: number;
  readonly range: Excel.Range;
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
    const sampled = own.flatMap((p) => p.samples.map((r) => jsonBytes([r.values, r.formulas, r.numberFormat]) / Math.max(1, r.values[0]?.length ?? 1)));
    return {
      name: ws.name,
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
    };
  });

  // ---- syncs 3…: the cells, in blocks
  const remaining = () => plans.filter((p) => p.rect && p.next < p.rect.bottom - p.rect.top + 1);
  while (remaining().length) {
    const blocks: Block[] = [];
    let planned = 0;
    for (const p of remaining()) {
      const r = p.rect!;
      const width = r.right - r.left + 1;
      const height = r.bottom - r.top + 1;
      while (p.next < height) {
        const fit = Math.floor((budget - planned) / (width * p.cellBytes));
        // Always read at least one row, but only when the sync has nothing else in it.
        const count = Math.min(height - p.next, Math.max(fit, planned === 0 ? 1 : 0));
        if (count <= 0) break;
        const rows: RangeRef = { top: r.top + p.next, bottom: r.top + p.next + count - 1, left: r.left, right: r.right };
        blocks.push({ sheet: p, start: p.next, count, range: p.ws.getRange(rectAddress(rows)).load("values,formulas,numberFormat") });
        p.next += count;
        planned += count * width * p.cellBytes;
      }
      if (planned >= budget) break;
    }
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per ~3.5 MB block of cells, by design (docs/office-host.md)
      await context.sync();
    } catch (e) {
      // Excel refused the response as too large: guess bigger cells and read these rows again.
      if (officeErrorCode(e) !== RESPONSE_TOO_LARGE || blocks.every((b) => b.count === 1)) throw e;
      for (const b of new Set(blocks.map((x) => x.sheet))) b.cellBytes *= 2;
      for (const b of blocks) b.sheet.next = Math.min(b.sheet.next, b.start);
      continue;
    }
    for (const b of blocks) {
      const { values, formulas, numberFormat } = b.range;
      const perCell = jsonBytes([values, formulas, numberFormat]) / Math.max(1, b.count * (values[0]?.length ?? 1));
      b.sheet.measured = Math.max(b.sheet.measured, perCell);
      b.sheet.cellBytes = Math.max(b.sheet.measured * READ_MARGIN, 4);
      values.forEach((row, i) => {
        const v: (CellValue | null)[] = [];
        const f: (string | null)[] = [];
        const n: (string | null)[] = [];
        row.forEach((cell, j) => {
          const c = fromOffice(cell, formulas[i]![j]);
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
