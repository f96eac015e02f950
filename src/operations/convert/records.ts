/**
 * The rows one detected table gives its register: each source row as register values by header
 * (catalogue columns coerced, extra columns carried as they are, RACI roles as codes), with the
 * cells each value came from, and everything that was rejected, cleared or filled in.
 */
import { a1, colName } from "../../domain/a1";
import { isBlank, type CellValue } from "../../domain/cell";
import type { Iso } from "../../domain/dates";
import { TITLE_KEYS } from "../../domain/ingest/classify";
import type { Heading } from "../../domain/ingest/body-rows";
import type { Detection } from "../../domain/ingest/detect";
import { riskSeverity, slipDays } from "../../domain/metrics/calc-columns";
import type { DataRow } from "../../domain/registers/data";
import type { ColumnDef, RegisterDef } from "../../domain/registers/types";
import type { Settings } from "../../domain/settings";
import type { PlanCell } from "../../plan/plan";
import { extraCell, ownCell, raciCell, shownText, type CellOutcome, type ColumnReading, type SourceValue } from "./cells";
import type { CellReport, MappingEntry, UnmappedEntry } from "./types";

export interface BuiltRow {
  /** 0-based source row. */
  readonly sourceRow: number;
  /** Register values by header; blank cells left out. */
  readonly values: Map<string, PlanCell>;
  /** Source cells (A1 on the source sheet) behind each header's value. */
  readonly sources: Map<string, string[]>;
  /** A1 of the id cell, when the row had an id. */
  readonly idCell: string | null;
  /** A heading row of a RACI (Phase 1: …), written as a row without codes. */
  readonly heading: boolean;
}

export interface ExtraColumn {
  readonly header: string;
  /** Source values were dates: the register column gets a date format. */
  readonly date: boolean;
}

export interface BuiltTable {
  readonly rows: BuiltRow[];
  readonly extras: readonly ExtraColumn[];
  /** RACI role headers, in source order. */
  readonly people: readonly string[];
  readonly mapping: readonly MappingEntry[];
  readonly unmapped: readonly UnmappedEntry[];
  readonly rejected: CellReport[];
  readonly cleared: CellReport[];
  readonly filled: { column: string; value: string; from: string }[];
  readonly skipped: { cells: string[]; reason: string }[];
  readonly headings: number;
  /** Cells accounted for outside the rows (rejected go in rows too): "heading", "skipped", "cleared". */
  readonly traced: Map<string, string>;
}

export interface BuildContext {
  readonly def: RegisterDef;
  readonly settings: Settings;
  /** Project ID for every row, from the metadata above the table or elsewhere in the workbook. */
  readonly projectId?: { readonly value: string; readonly from: string };
  /** RAID type every row has, from the sheet or section name. */
  readonly raidType?: { readonly value: string; readonly from: string };
  /** Headers already taken in the target register (own, calc, people, extras of other sources). */
  readonly takenHeaders: ReadonlySet<string>;
}

const lc = (s: string) => s.trim().toLowerCase();

/** Where a source column goes. */
type Target = { kind: "own"; def: ColumnDef } | { kind: "calc"; def: ColumnDef; header: string } | { kind: "person"; header: string } | { kind: "extra"; header: string } | { kind: "group" } | { kind: "none" };

/** What every row of a table is read with, and where its reports go. */
interface RowContext {
  readonly idKey: string;
  readonly targets: readonly Target[];
  /** Column letters of the source columns. */
  readonly letters: readonly string[];
  readonly readings: readonly ColumnReading[];
  readonly date1904: boolean;
  readonly fills: ReadonlyMap<string, PlanCell>;
  readonly calcMismatch: ReadonlyMap<number, ReadonlySet<number>>;
  readonly rejected: CellReport[];
  readonly cleared: CellReport[];
  readonly traced: Map<string, string>;
}

/**
 * One source row's register values. A function of its own rather than a loop inside
 * `buildTable`, which meets new shapes with each table and was deoptimised, leaving the loop
 * over every cell of the table to run unoptimised.
 */
function buildRow(ctx: RowContext, r: DataRow, k: number): { values: Map<string, PlanCell>; sources: Map<string, string[]>; idCell: string | null; groups: Map<number, string> } {
  const { targets, letters, readings, traced } = ctx;
  const values = new Map<string, PlanCell>(ctx.fills);
  const sources = new Map<string, string[]>();
  let idCell: string | null = null;
  const groups = new Map<number, string>();
  for (let i = 0; i < targets.length; i++) {
    const t = targets[i]!;
    if (t.kind === "none") continue;
    const raw = r.cells[i] ?? null;
    if (t.kind === "group") {
      if (!isBlank(raw)) groups.set(i, shownText(raw));
      continue;
    }
    // The address is for reports and traces of values; a blank cell of an own or extra column has neither.
    if (raw === null && t.kind !== "calc") continue;
    const srcCell = `${letters[i]!}${r.row + 1}`;
    const src: SourceValue = { value: raw, format: r.formats?.[i] ?? null, formula: null };
    let out: CellOutcome;
    let header: string;
    switch (t.kind) {
      case "own":
        out = ownCell(src, t.def, readings[i]!);
        header = t.def.header;
        if (t.def.key === ctx.idKey && out.kind === "value") idCell = srcCell;
        break;
      case "person":
        out = raciCell(src);
        header = t.header;
        break;
      case "extra":
        out = extraCell(src, ctx.date1904);
        header = t.header;
        break;
      case "calc": {
        if (isBlank(raw)) continue;
        if (!t.header) {
          traced.set(srcCell, `calculated ${t.def.header}`);
          continue;
        }
        out = extraCell(src, ctx.date1904);
        header = t.header;
        if (ctx.calcMismatch.get(i)?.has(k)) ctx.rejected.push(report(srcCell, raw, `differs from the calculated ${t.def.header}; kept in "${t.header}"`));
        break;
      }
    }
    if (out.kind === "blank") continue;
    if (out.kind === "cleared") {
      ctx.cleared.push(report(srcCell, raw, out.reason));
      traced.set(srcCell, "cleared");
      continue;
    }
    if (out.kind === "rejected") ctx.rejected.push(report(srcCell, isBlank(raw) ? String(out.cell) : raw, out.reason));
    put(values, sources, header, out.cell, srcCell);
  }
  return { values, sources, idCell, groups };
}

/** A header fit for a table column: one line, not empty, at most 80 characters. */
export function cleanHeader(h: string): string {
  return h.replace(/\s+/g, " ").trim().slice(0, 80);
}

function uniqueHeader(base: string, taken: Set<string>, suffix = "source"): string {
  let h = base;
  if (taken.has(lc(h))) h = `${base} (${suffix})`;
  for (let n = 2; taken.has(lc(h)); n++) h = `${base} (${suffix} ${n})`;
  taken.add(lc(h));
  return h;
}

function report(cell: string, v: CellValue | string, reason: string): CellReport {
  return { cell, value: typeof v === "string" ? v : shownText(v), reason };
}

export function buildTable(d: Detection, ctx: BuildContext): BuiltTable {
  const { def } = ctx;
  const data = d.data;
  const isRaci = def.key === "raci";
  const people = new Set((d.raciPeople ?? []).map((p) => p.col));
  const grouped = new Set(d.grouped ?? []);
  const taken = new Set([...ctx.takenHeaders].map(lc));
  for (const c of def.columns) taken.add(lc(c.header));

  const rejected: CellReport[] = [];
  const cleared: CellReport[] = [];
  const traced = new Map<string, string>();
  const filled: { column: string; value: string; from: string }[] = [];

  // Column plan: where each source column goes.
  const hasValue = data.columns.map((_c, i) => data.rows.some((r) => !isBlank(r.cells[i] ?? null)));
  const personHeaders = new Set<string>();
  const targets: Target[] = data.columns.map((c, i) => {
    if (c.key) {
      const cdef = def.columns.find((x) => x.key === c.key);
      if (cdef && !cdef.calc) return { kind: "own", def: cdef };
      if (cdef?.calc) return { kind: "calc", def: cdef, header: "" };
    }
    if (people.has(c.col)) {
      const base = cleanHeader(c.header) || `Role ${colName(c.col)}`;
      let h = base;
      for (let n = 2; personHeaders.has(lc(h)) || def.columns.some((x) => lc(x.header) === lc(h)); n++) h = `${base} (${n})`;
      personHeaders.add(lc(h));
      return { kind: "person", header: h };
    }
    if (isRaci && grouped.has(c.col)) return { kind: "group" };
    return hasValue[i] ? { kind: "extra", header: "" } : { kind: "none" };
  });
  for (const h of personHeaders) taken.add(h);

  // Calculated columns are never filled from the source; a source value the formula would not
  // give is kept in a "<Header> (source)" column and reported.
  const rowValue = (r: Detection["data"]["rows"][number], key: string): CellValue => {
    const i = data.columns.findIndex((c) => c.key === key);
    return i < 0 ? null : (r.cells[i] ?? null);
  };
  const calcMismatch = new Map<number, Set<number>>();
  targets.forEach((t, i) => {
    if (t.kind !== "calc") return;
    const bad = new Set<number>();
    data.rows.forEach((r, k) => {
      const v = r.cells[i] ?? null;
      if (isBlank(v)) return;
      const expected = expectedCalc(def, t.def, r, d, ctx.settings, rowValue);
      if (expected === undefined || shownText(v).trim().toLowerCase() !== String(expected ?? "").toLowerCase()) bad.add(k);
    });
    calcMismatch.set(i, bad);
  });

  // Extra headers, in source order, unique within the register.
  const extras: ExtraColumn[] = [];
  const mapping: MappingEntry[] = [];
  const unmapped: UnmappedEntry[] = [];
  targets.forEach((t, i) => {
    const c = data.columns[i]!;
    const m = d.mapping[i]!;
    const source = { sourceHeader: m.sourceHeader, sourceColumn: m.sourceColumn };
    if (t.kind === "own") mapping.push({ ...source, column: t.def.header, key: t.def.key, confidence: m.confidence });
    else if (t.kind === "person") mapping.push({ ...source, column: t.header, key: "@person", confidence: m.confidence });
    else if (t.kind === "calc") {
      const carry = (calcMismatch.get(i)?.size ?? 0) > 0;
      mapping.push({ ...source, column: t.def.header, key: t.def.key, confidence: m.confidence });
      if (carry) {
        const header = uniqueHeader(`${t.def.header}`, taken);
        targets[i] = { kind: "calc", def: t.def, header };
        extras.push({ header, date: isDateColumn(d, i) });
        unmapped.push({ ...source, carriedAs: header });
      }
    } else if (t.kind === "extra") {
      const header = uniqueHeader(cleanHeader(c.header) || `Column ${colName(c.col)}`, taken);
      targets[i] = { kind: "extra", header };
      extras.push({ header, date: isDateColumn(d, i) });
      mapping.push({ ...source, column: null, key: null, confidence: m.confidence });
      unmapped.push({ ...source, carriedAs: header });
    } else {
      mapping.push({ ...source, column: null, key: null, confidence: m.confidence });
      unmapped.push({ ...source, carriedAs: t.kind === "group" ? "heading rows" : null });
    }
  });

  // Headings: RACI keeps them as rows without codes (as the matrix showed them); other
  // registers get them in a Section column of the rows under them.
  const headingList = [...(d.headings ?? [])].sort((a, b) => a.row - b.row);
  let sectionHeader: string | null = null;
  if (!isRaci && headingList.length) {
    sectionHeader = uniqueHeader(headingList.every((h) => /phase/i.test(h.text)) ? "Phase" : "Section", taken, "heading");
    extras.push({ header: sectionHeader, date: false });
  }

  // Context fills: a column the table lacks, given by the metadata or the names around it.
  const has = (key: string) => targets.some((t) => t.kind === "own" && t.def.key === key);
  const fills = new Map<string, PlanCell>();
  if (ctx.projectId && def.columns.some((c) => c.key === "projectId") && def.key !== "projects" && !has("projectId")) {
    const h = def.columns.find((c) => c.key === "projectId")!.header;
    fills.set(h, ctx.projectId.value);
    filled.push({ column: h, value: ctx.projectId.value, from: ctx.projectId.from });
  }
  if (ctx.raidType && def.key === "raid" && !has("type")) {
    fills.set("Type", ctx.raidType.value);
    filled.push({ column: "Type", value: ctx.raidType.value, from: ctx.raidType.from });
  }

  const titleDef = def.columns.find((c) => c.key === TITLE_KEYS[def.key]);
  const rows: BuiltRow[] = [];
  const headingRows: BuiltRow[] = [];
  const addHeadingRow = (row: number, cell: string, text: string) => {
    const values = new Map<string, PlanCell>(fills);
    const sources = new Map<string, string[]>();
    if (titleDef) {
      values.set(titleDef.header, text);
      sources.set(titleDef.header, [cell]);
    }
    headingRows.push({ sourceRow: row, values, sources, idCell: null, heading: true });
  };
  if (isRaci) for (const h of headingList) addHeadingRow(h.row, h.cell, h.text);

  // The heading each row sits under, found once per row: searching the list backwards for
  // every row, and again for every heading, was quadratic in a plan with a heading per project.
  const headingAbove = data.rows.map((r) => lastHeadingAbove(headingList, r.row));
  // A1 addresses of the source cells, from each column's letters: colName per cell adds up.
  const letters = data.columns.map((c) => colName(c.col));
  const readings = data.columns.map((c) => ({ date1904: data.date1904, dateOrder: c.dateOrder ?? "dmy", fraction: c.fraction ?? false }));

  const rowContext: RowContext = { idKey: def.idKey, targets, letters, readings, date1904: data.date1904, fills, calcMismatch, rejected, cleared, traced };
  let prevGroup = new Map<number, string>();
  for (let k = 0; k < data.rows.length; k++) {
    const r = data.rows[k]!;
    const { values, sources, idCell, groups } = buildRow(rowContext, r, k);
    // A RACI's grouped column (an area written once for its first task) becomes a heading row
    // where its value changes.
    for (const [i, text] of groups) {
      if (prevGroup.get(i) !== text) {
        const col = data.columns[i]!.col;
        const first = firstRowShowing(d, i, text);
        addHeadingRow(r.row - 0.5, a1(d.data.rows[first]?.row ?? r.row, col), text);
      }
    }
    if (groups.size) prevGroup = groups;
    if (sectionHeader) {
      const h = headingAbove[k];
      if (h) put(values, sources, sectionHeader, h.text, h.cell);
    }
    rows.push({ sourceRow: r.row, values, sources, idCell, heading: false });
  }

  // A heading with no row under it is kept as a row of its own.
  if (!isRaci) {
    const headed = new Set(headingAbove);
    for (const h of headingList) {
      if (headed.has(h)) continue;
      const values = new Map<string, PlanCell>(fills);
      const sources = new Map<string, string[]>();
      if (titleDef) {
        values.set(titleDef.header, h.text);
        sources.set(titleDef.header, [h.cell]);
      }
      if (sectionHeader) values.set(sectionHeader, h.text);
      rows.push({ sourceRow: h.row, values, sources, idCell: null, heading: true });
    }
  }

  for (const s of d.skipped ?? []) for (const c of s.cells) traced.set(c, "skipped");
  const all = [...rows, ...headingRows].sort((a, b) => a.sourceRow - b.sourceRow);
  return {
    rows: all,
    extras,
    people: [...data.columns.flatMap((_c, i) => (targets[i]!.kind === "person" ? [(targets[i] as { header: string }).header] : []))],
    mapping,
    unmapped,
    rejected,
    cleared,
    filled,
    skipped: (d.skipped ?? []).map((s) => ({ cells: [...s.cells], reason: s.reason })),
    // Heading rows of the source, and those a RACI's grouped column gave.
    headings: headingList.length + (isRaci ? headingRows.length - headingList.length : 0),
    traced,
  };
}

function put(values: Map<string, PlanCell>, sources: Map<string, string[]>, header: string, cell: PlanCell, src: string | null): void {
  values.set(header, cell);
  if (src) {
    const prev = sources.get(header);
    sources.set(header, prev ? [...prev, src] : [src]);
  }
}

/** The last of the headings (sorted by row) above `row`. */
function lastHeadingAbove(headings: readonly Heading[], row: number): Heading | undefined {
  let lo = 0;
  let hi = headings.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (headings[mid]!.row < row) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? headings[lo - 1] : undefined;
}

/** Index of the first row whose grouped column shows `text`, remembered per detection and column. */
function firstRowShowing(d: Detection, i: number, text: string): number {
  let byColumn = FIRST_SHOWING.get(d);
  if (!byColumn) FIRST_SHOWING.set(d, (byColumn = new Map()));
  let first = byColumn.get(i);
  if (!first) {
    first = new Map();
    d.data.rows.forEach((x, k) => {
      const t = shownText(x.cells[i] ?? null);
      if (!first!.has(t)) first!.set(t, k);
    });
    byColumn.set(i, first);
  }
  return first.get(text) ?? -1;
}

const FIRST_SHOWING = new WeakMap<Detection, Map<number, Map<string, number>>>();

function isDateColumn(d: Detection, i: number): boolean {
  let dates = 0;
  let others = 0;
  for (const r of d.data.rows) {
    const v = r.cells[i] ?? null;
    if (isBlank(v)) continue;
    const f = r.formats?.[i] ?? null;
    if (typeof v === "number" && f && /[dy]/i.test(f.replace(/"[^"]*"/g, ""))) dates++;
    else others++;
  }
  return dates > 0 && others === 0;
}

/** What a calculated column would show for a source row (undefined when it cannot be told). */
function expectedCalc(
  reg: RegisterDef,
  def: ColumnDef,
  r: Detection["data"]["rows"][number],
  d: Detection,
  settings: Settings,
  rowValue: (r: Detection["data"]["rows"][number], key: string) => CellValue,
): string | number | null | undefined {
  const columns = d.data.columns;
  // The row's inputs read exactly as the register will hold them.
  const reading = (key: string): CellOutcome => {
    const i = columns.findIndex((c) => c.key === key);
    const colDef = reg.columns.find((c) => c.key === key);
    if (i < 0 || !colDef) return { kind: "blank" };
    return ownCell({ value: rowValue(r, key), format: r.formats?.[i] ?? null, formula: null }, colDef, { date1904: d.data.date1904, dateOrder: columns[i]!.dateOrder ?? "dmy", fraction: false });
  };
  const num = (key: string): number | null => {
    const o = reading(key);
    return o.kind === "value" && typeof o.cell === "number" ? o.cell : null;
  };
  const date = (key: string): Iso | null => {
    const o = reading(key);
    return o.kind === "value" && o.cell !== null && typeof o.cell === "object" && "d" in o.cell ? o.cell.d : null;
  };
  switch (def.calc) {
    case "score": {
      const p = num("probability");
      const i = num("impact");
      return p === null || i === null ? null : p * i;
    }
    case "severity": {
      const p = num("probability");
      const i = num("impact");
      return riskSeverity(p === null || i === null ? null : p * i, settings);
    }
    case "slipDays":
      return slipDays(date("baselineDate"), date("forecastDate"), date("actualDate"));
    default:
      return undefined;
  }
}
