/**
 * Detection: the registers in someone's own sheet. `detectTables` is the contract validation
 * and conversion share; `analyseSheet` keeps every table found, recognised or not, with every
 * register's score, so that the task pane can show the proposal and let the user pick another
 * register or another target for a column (`detectionOf` with overrides).
 */
import { colName, rangeA1, type RangeRef } from "../a1";
import type { CellValue, Grid } from "../cell";
import type { DayMonthOrder } from "../dates";
import { register } from "../registers/catalogue";
import type { DataColumn, DataRow, RegisterData } from "../registers/data";
import type { RegisterKey } from "../registers/types";
import { shapeBody, type Heading, type ShapedBody, type ShapedRow } from "./body-rows";
import { classify, fallbackHeader, mapColumns, raciColumns, raciShape, registerConfidence, REGISTER_THRESHOLD, tableEvidence, type ColumnChoice, type RegisterMatch, type TableEvidence } from "./classify";
import { dateOrderOfFormat, decideDateOrder, isFractionColumn } from "./coerce";
import { sheetLayout, type LayoutOptions, type SheetLayout, type TableLayout } from "./layout";
import { SheetCells } from "./sheet-cells";

export interface ColumnMapping {
  readonly sourceHeader: string;
  /** Column letter of the source column, e.g. "C". */
  readonly sourceColumn: string;
  /** 0-based absolute column. */
  readonly col: number;
  /** Catalogue key; null = unmapped (an extra column, or a RACI person column: see `raciPeople`). */
  readonly column: string | null;
  readonly confidence: number;
}

export interface Detection {
  readonly register: RegisterKey;
  readonly confidence: number;
  readonly sheet: string;
  /** 0-based absolute row of the header; for multi-row headers the lowest row. */
  readonly headerRow: number;
  /** 0-based absolute, header to last data row. */
  readonly range: { readonly top: number; readonly left: number; readonly bottom: number; readonly right: number };
  /** Every source column of the table, in order. */
  readonly mapping: readonly ColumnMapping[];
  /**
   * The rows as RegisterData: one column per source column (key null for unmapped and RACI
   * person columns), data rows only (headings, sub-headers and pre-numbered empty rows left
   * out), date order and percent scale decided per column.
   */
  readonly data: RegisterData;
  /** RACI person (role) columns. */
  readonly raciPeople?: readonly { readonly header: string; readonly col: number }[];
  /** Label/value pairs above the table ("Project ID" → "P-001"); titles as "Title". */
  readonly metadata?: Readonly<Record<string, string>>;
  /** Heading rows ("Phase 1: Research") left out of `data`, with their text. */
  readonly headings?: readonly Heading[];
  /** Rows left out of `data` because they hold no data (a pre-filled number, FALSE checkboxes). */
  readonly skipped?: ShapedBody["skipped"];
  /** Grouped columns (written on a group's first row only), filled down in `data`: absolute columns. */
  readonly grouped?: readonly number[];
  /** The other registers the table could be, best first. */
  readonly alternatives?: readonly { readonly register: RegisterKey; readonly confidence: number }[];
}

export interface DetectOptions extends LayoutOptions {
  readonly date1904?: boolean;
}

/** Column override target meaning "a RACI person (role) column". */
export const PERSON = "@person";

export interface TableAnalysis {
  /** Stable id of the table: "Sheet!A4:K20" of its header and body. */
  readonly id: string;
  readonly layout: TableLayout;
  readonly evidence: TableEvidence;
  /** Every register's match, best first. */
  readonly matches: readonly RegisterMatch[];
}

export interface SheetAnalysis {
  readonly sheet: string;
  readonly cells: SheetCells;
  readonly layout: SheetLayout;
  readonly tables: readonly TableAnalysis[];
  readonly date1904: boolean;
}

/** Every table of a sheet with every register's score. Reads the used cells only. */
export function analyseSheet(sheet: Grid, options: DetectOptions = {}): SheetAnalysis {
  const date1904 = options.date1904 ?? false;
  const cells = new SheetCells(sheet);
  const layout = sheetLayout(cells, options);
  const tables = layout.tables.map((t) => {
    const evidence = tableEvidence(t, date1904);
    return { id: `${sheet.name}!${rangeA1(t.range)}`, layout: t, evidence, matches: classify(evidence) };
  });
  return { sheet: sheet.name, cells, layout, tables, date1904 };
}

/**
 * The detection of one table as `registerKey` (default: its best match, when that is confident
 * enough). `columns` overrides column targets by absolute column: a catalogue key, null for an
 * extra column, or PERSON for a RACI role column.
 */
export function detectionOf(analysis: SheetAnalysis, table: TableAnalysis, registerKey?: RegisterKey, columns?: ReadonlyMap<number, string | null>): Detection | null {
  const best = table.matches[0];
  const key = registerKey ?? (best && best.confidence >= REGISTER_THRESHOLD ? best.register : null);
  if (!key) return null;
  const def = register(key);
  const ev = table.evidence;
  const indexOf = new Map(table.layout.columns.map((c, i) => [c.col, i]));
  let choices: ColumnChoice[];
  let confidence: number;
  const known = table.matches.find((m) => m.register === key);
  if (key === "raci") {
    const people = columns ? [...columns.entries()].filter(([, t]) => t === PERSON).map(([c]) => indexOf.get(c)).filter((i): i is number => i !== undefined) : undefined;
    const shape = raciShape(ev, people && people.length ? people : undefined) ?? raciShape(ev, []);
    choices = shape ? raciColumns(ev, shape) : ev.headers.map((_h, i) => ({ index: i, key: null, confidence: 0 }));
    confidence = known?.confidence ?? shape?.confidence ?? 0;
    if (columns) choices = applyOverrides(choices, columns, indexOf);
  } else {
    if (columns && columns.size) {
      const fixed = new Map<number, string | null>();
      for (const [col, target] of columns) {
        const i = indexOf.get(col);
        if (i !== undefined && target !== PERSON) fixed.set(i, target && def.columns.some((c) => c.key === target) ? target : null);
      }
      choices = mapColumns(ev, def, fixed);
      confidence = registerConfidence(ev, def, choices);
    } else {
      choices = known ? [...known.columns] : mapColumns(ev, def);
      confidence = known?.confidence ?? registerConfidence(ev, def, choices);
    }
  }
  return buildDetection(analysis, table, key, choices, confidence);
}

function applyOverrides(choices: ColumnChoice[], columns: ReadonlyMap<number, string | null>, indexOf: ReadonlyMap<number, number>): ColumnChoice[] {
  const out = [...choices];
  for (const [col, target] of columns) {
    const i = indexOf.get(col);
    if (i === undefined) continue;
    if (target === PERSON) out[i] = { index: i, key: null, person: true, confidence: 1 };
    else {
      if (target) for (let j = 0; j < out.length; j++) if (out[j]!.key === target) out[j] = { index: j, key: null, confidence: 0 };
      out[i] = { index: i, key: target, confidence: 1 };
    }
  }
  return out;
}

function buildDetection(analysis: SheetAnalysis, table: TableAnalysis, key: RegisterKey, choices: readonly ColumnChoice[], confidence: number): Detection {
  const def = register(key);
  const layout = table.layout;
  const body = shapeBody(analysis.cells, layout, def, choices);
  const headers = layout.columns.map((c, i) => {
    const sub = body.subHeaders.find((s) => s.index === i);
    const base = c.header || fallbackHeader(c.col);
    return sub ? `${base} / ${sub.text}` : base;
  });
  const mapping: ColumnMapping[] = layout.columns.map((c, i) => ({
    sourceHeader: headers[i]!,
    sourceColumn: colName(c.col),
    col: c.col,
    column: choices[i]?.key ?? null,
    confidence: choices[i]?.confidence ?? 0,
  }));
  // Columns gathered in one pass over the rows: a pass per column reads every row again.
  const width = layout.columns.length;
  const values = columnValues(body.rows, width);
  // Each column's own order, decided once: the table's hint is made of them too.
  const orders = values.map((v) => decideDateOrder(v));
  const orderHint = tableDateOrder(layout, body, orders);
  const columns: DataColumn[] = layout.columns.map((c, i) => {
    const k = choices[i]?.key ?? null;
    const cdef = k ? def.columns.find((d) => d.key === k) : undefined;
    const extra: { dateOrder?: DayMonthOrder; fraction?: boolean } = {};
    if (!cdef || cdef.type === "date") extra.dateOrder = orders[i] ?? orderHint;
    if (cdef?.type === "percent") extra.fraction = isFractionColumn(values[i]!, body.rows.map((r) => r.formats[i] ?? null));
    return { key: k, header: headers[i]!, col: c.col, ...extra };
  });
  const rows: DataRow[] = body.rows.map((r) => ({ row: r.row, cells: r.values, formats: r.formats }));
  const data: RegisterData = {
    register: key,
    sheet: layout.sheet,
    ...(layout.excelTable ? { table: layout.excelTable } : {}),
    headerRow: layout.headerRow,
    columns,
    rows,
    date1904: analysis.date1904,
    structured: false,
  };
  const people = choices.filter((c) => c.person).map((c) => ({ header: headers[c.index]!, col: layout.columns[c.index]!.col }));
  const metadata: Record<string, string> = {};
  layout.titles.forEach((t, i) => (metadata[i === 0 ? "Title" : `Title (${i + 1})`] = t));
  for (const [k, v] of Object.entries(layout.metadata)) metadata[k in metadata ? `${k} (2)` : k] = v;
  // A loop, not Math.max(...rows): spreading 100,000 rows as arguments overflows the stack.
  const last = body.rows.length ? lastRow(layout.headerRow, body) : layout.range.bottom;
  const range: RangeRef = { ...layout.range, bottom: Math.max(last, layout.range.bottom) };
  return {
    register: key,
    confidence,
    sheet: layout.sheet,
    headerRow: layout.headerRow,
    range,
    mapping,
    data,
    ...(key === "raci" ? { raciPeople: people } : {}),
    ...(Object.keys(metadata).length ? { metadata } : {}),
    ...(body.headings.length ? { headings: body.headings } : {}),
    ...(body.skipped.length ? { skipped: body.skipped } : {}),
    ...(body.grouped.length ? { grouped: body.grouped.map((i) => layout.columns[i]!.col) } : {}),
    alternatives: table.matches.filter((m) => m.register !== key && m.confidence > 0).map((m) => ({ register: m.register, confidence: m.confidence })),
  };
}

/*
 * The loops over every row live in small functions of their own: buildDetection meets a new
 * register and new column choices with each table and is deoptimised again and again, and a
 * loop inside it ran unoptimised over 100,000 rows after each time.
 */

/** Each column's values, gathered in one pass over the rows (a pass per column reads every row again). */
function columnValues(rows: readonly ShapedRow[], width: number): CellValue[][] {
  const out: CellValue[][] = [];
  for (let i = 0; i < width; i++) out.push([]);
  for (const r of rows) {
    const vs = r.values;
    for (let i = 0; i < width; i++) out[i]!.push(vs[i] ?? null);
  }
  return out;
}

function lastRow(headerRow: number, body: ShapedBody): number {
  let last = headerRow;
  for (const r of body.rows) {
    if (r.row > last) last = r.row;
    for (const j of r.joined) if (j > last) last = j;
  }
  for (const h of body.headings) if (h.row > last) last = h.row;
  return last;
}

/**
 * How the ambiguous text dates of a table read when a column alone cannot tell: another date
 * column of the table that can, else the date formats the sheet uses, else d/m/y.
 */
function tableDateOrder(layout: TableLayout, body: ShapedBody, orders: readonly (DayMonthOrder | null)[]): DayMonthOrder {
  const votes = { dmy: 0, mdy: 0 };
  const width = layout.columns.length;
  for (let i = 0; i < width; i++) {
    const o = orders[i];
    if (o) votes[o] += 2;
  }
  // Formats repeat from cell to cell: the last one's reading is kept at hand.
  let lastFormat: string | null | undefined;
  let lastOrder: DayMonthOrder | null = null;
  for (const r of body.rows) {
    for (let i = 0; i < width; i++) {
      const fmt = r.formats[i];
      if (fmt !== lastFormat) {
        lastFormat = fmt;
        lastOrder = dateOrderOfFormat(fmt);
      }
      if (lastOrder) votes[lastOrder] += 1;
    }
  }
  return votes.mdy > votes.dmy ? "mdy" : "dmy";
}

/** The registers found in a sheet (the contract shared by validation and conversion). */
export function detectTables(sheet: Grid, options: DetectOptions = {}): Detection[] {
  const analysis = analyseSheet(sheet, options);
  return analysis.tables.flatMap((t) => {
    const d = detectionOf(analysis, t);
    return d ? [d] : [];
  });
}
