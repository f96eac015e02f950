/**
 * validate: snapshot + settings + asOf → findings, and a plan that leaves them in the workbook
 * for people who open it without the add-in: a Findings sheet (each finding's cell a link to
 * the cell) and, on the structured registers, live checks — conditional formats that turn a
 * RACI row without exactly one A red, an overdue milestone amber and a high risk without a
 * response red as people type.
 *
 * Registers are read where they are: the catalogue's tables, and the RACI matrices, milestone
 * tables and other registers that layout detection (the same as `convert` uses) finds in
 * people's own sheets, so that every finding points at the cell the user will click.
 */
import { colName, quoteSheet, rangeA1, type RangeRef } from "../domain/a1";
import type { CellValue, Grid } from "../domain/cell";
import type { Iso } from "../domain/dates";
import type { Finding, Severity } from "../domain/findings";
import { FINDINGS_SHEET, REGISTERS, isGeneratedSheet } from "../domain/registers/catalogue";
import { detectTables } from "../domain/ingest/detect";
import type { DataColumn, DataRow, RegisterData } from "../domain/registers/data";
import type { RegisterKey } from "../domain/registers/types";
import { parseRaciValue } from "../domain/rules/raci/codes";
import { raciPeople, runRules, type RegisterInput } from "../domain/rules/run";
import { settingDef, type Settings } from "../domain/settings";
import type { PlanCell, PlanOp, WorkbookPlan } from "../plan/plan";
import { RAG_COLOURS } from "../plan/register-layout";
import { cellAt, findSheet, findTable, numberFormatAt, sheetWidth, type WorkbookSnapshot } from "../plan/snapshot";
import { tableData } from "../plan/structured";

/** What validation needs of a detection (domain/ingest/detect's `Detection`). */
export interface DetectedTable {
  readonly register: RegisterKey;
  readonly confidence: number;
  readonly sheet: string;
  readonly headerRow: number;
  readonly range: RangeRef;
  readonly data: RegisterData;
  /** RACI person columns: header and absolute 0-based sheet column. */
  readonly raciPeople?: readonly { readonly header: string; readonly col: number }[];
  /** Label/value pairs found above the table ("Project ID" → "PRJ-01"). */
  readonly metadata?: Readonly<Record<string, string>>;
}

/** The project a detected table is about, from a "Project ID: …" line above it. */
function projectOf(d: DetectedTable): string | undefined {
  const entry = Object.entries(d.metadata ?? {}).find(([k]) => /^(project\s*(id|no\.?|number|code)?|projekt(-?id)?)$/i.test(k.trim().replace(/:$/, "")));
  const value = entry?.[1].trim();
  return value ? value : undefined;
}

export type Detector = (sheet: Grid, options?: { readonly date1904?: boolean }) => readonly DetectedTable[];

export interface ValidateOptions {
  /**
   * The catalogue's tables as plan/structured's `structuredRegisters` reads them, when the
   * caller has read them already (the report does): reading them again copies every cell.
   */
  readonly structured?: ReadonlyMap<RegisterKey, RegisterData>;
  /**
   * Finds registers in people's own sheets; default: conversion's `detectTables`. False reads
   * the structured registers only.
   */
  readonly detect?: Detector | false;
}

export interface SeverityCounts {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

/** A register the validation read. */
export interface CheckedRegister {
  readonly register: RegisterKey;
  readonly sheet: string;
  /** Header and body, A1. */
  readonly range: string;
  readonly structured: boolean;
  readonly table?: string;
  /** Rows under the header that hold anything. */
  readonly rows: number;
}

export interface ValidateSummary extends SeverityCounts {
  readonly byRegister: Partial<Record<RegisterKey, SeverityCounts>>;
  readonly checked: readonly CheckedRegister[];
}

export interface ValidateResult {
  readonly plan: WorkbookPlan;
  readonly findings: readonly Finding[];
  readonly summary: ValidateSummary;
}

/** Sheets the add-in writes itself: never read as someone's register. */

function within(inner: RangeRef, outer: RangeRef): boolean {
  return inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;
}

function overlaps(a: RangeRef, b: RangeRef): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/** The catalogue's tables of the workbook, as RegisterData with their ranges. */
function structuredInputs(wb: WorkbookSnapshot, known?: ReadonlyMap<RegisterKey, RegisterData>): { input: RegisterInput; range: RangeRef }[] {
  const out: { input: RegisterInput; range: RangeRef }[] = [];
  for (const def of REGISTERS) {
    let data: RegisterData | undefined;
    if (known) data = known.get(def.key);
    else {
      const found = findTable(wb, def.table);
      if (found) data = tableData(wb, def, found.sheet, found.table);
    }
    if (!data) continue;
    const last = data.rows.length ? data.rows[data.rows.length - 1]!.row : data.headerRow;
    const left = Math.min(...data.columns.map((c) => c.col));
    const right = Math.max(...data.columns.map((c) => c.col));
    out.push({ input: { data }, range: { top: data.headerRow, left, bottom: last, right } });
  }
  return out;
}

/**
 * Unmapped columns right of the activity whose filled cells are mostly RACI codes: person
 * columns too, even when detection left one out (a legend typed into a person column makes
 * its cells look like text, and an A missed there would hide a second accountable person).
 */
function codedColumns(data: RegisterData, variant: Settings["raciVariant"]): number[] {
  const activity = data.columns.find((c) => c.key === "activity")?.col ?? -1;
  const out: number[] = [];
  data.columns.forEach((c, i) => {
    if (c.key !== null || c.col <= activity) return;
    let filled = 0;
    let coded = 0;
    for (const r of data.rows) {
      const v = r.cells[i] ?? null;
      if (v === null || (typeof v === "string" && v.trim() === "")) continue;
      filled++;
      const parsed = parseRaciValue(v, variant);
      if (parsed.valid && parsed.codes.size) coded++;
    }
    if (coded >= 2 && coded >= 0.6 * filled) out.push(c.col);
  });
  return out;
}

/**
 * A detected RACI matrix whose person columns are not in its data gets them from the sheet,
 * so that the rules read every person's cell.
 */
function withPeople(wb: WorkbookSnapshot, d: DetectedTable, variant: Settings["raciVariant"]): RegisterInput {
  const people = d.raciPeople ? [...new Set([...d.raciPeople.map((p) => p.col), ...codedColumns(d.data, variant)])].sort((a, b) => a - b) : undefined;
  const project = projectOf(d);
  const base = project ? { project } : {};
  if (d.register !== "raci" || !d.raciPeople || !people) return { data: d.data, ...base };
  const have = new Set(d.data.columns.map((c) => c.col));
  const missing = d.raciPeople.filter((p) => !have.has(p.col));
  if (!missing.length) return { data: d.data, people, ...base };
  const sheet = findSheet(wb, d.data.sheet);
  if (!sheet) return { data: d.data, people, ...base };
  const columns: DataColumn[] = [...d.data.columns, ...missing.map((p) => ({ key: null, header: p.header, col: p.col }))];
  const rows: DataRow[] = d.data.rows.map((r) => ({
    row: r.row,
    cells: [...r.cells, ...missing.map((p) => cellAt(sheet, r.row, p.col))],
    formats: [...(r.formats ?? d.data.columns.map(() => null)), ...missing.map((p) => numberFormatAt(sheet, r.row, p.col))],
  }));
  return { data: { ...d.data, columns, rows }, people, ...base };
}

/** Registers found in people's own sheets, outside the structured tables and generated sheets. */
function detectedInputs(wb: WorkbookSnapshot, detect: Detector, taken: readonly { sheet: string; range: RangeRef }[], variant: Settings["raciVariant"]): RegisterInput[] {
  const out: RegisterInput[] = [];
  for (const sheet of wb.sheets) {
    if (isGeneratedSheet(sheet.name) || sheet.visibility === "veryHidden") continue;
    if (!sheet.values.length) continue;
    // A sheet that is all one structured register holds nothing else to find: anything detected
    // there would overlap the register and be dropped below, and detecting it costs more than
    // every rule together on a large register.
    const used: RangeRef = { top: sheet.originRow, left: sheet.originCol, bottom: sheet.originRow + sheet.values.length - 1, right: sheet.originCol + sheetWidth(sheet) - 1 };
    if (taken.some((t) => t.sheet.toLowerCase() === sheet.name.toLowerCase() && within(used, t.range))) continue;
    for (const d of detect(sheet, { date1904: wb.date1904 })) {
      const clash = taken.some((t) => t.sheet.toLowerCase() === sheet.name.toLowerCase() && overlaps(t.range, d.range));
      if (!clash) out.push(withPeople(wb, d, variant));
    }
  }
  return out;
}

function count(findings: readonly Finding[], severity: Severity): number {
  return findings.filter((f) => f.severity === severity).length;
}

function counts(findings: readonly Finding[]): SeverityCounts {
  return { errors: count(findings, "error"), warnings: count(findings, "warning"), infos: count(findings, "info") };
}

function holdsAnything(cells: readonly CellValue[]): boolean {
  for (let i = 0; i < cells.length; i++) if (cells[i] !== null && cells[i] !== "") return true;
  return false;
}

function describeInput(input: RegisterInput): CheckedRegister {
  const { data } = input;
  const cols = data.columns.map((c) => c.col);
  const last = data.rows.length ? data.rows[data.rows.length - 1]!.row : data.headerRow;
  let filled = 0;
  for (let n = 0; n < data.rows.length; n++) if (holdsAnything(data.rows[n]!.cells)) filled++;
  return {
    register: data.register,
    sheet: data.sheet,
    range: rangeA1({ top: data.headerRow, left: Math.min(...cols), bottom: last, right: Math.max(...cols) }),
    structured: data.structured,
    ...(data.table ? { table: data.table } : {}),
    rows: filled,
  };
}

// ------------------------------------------------------------------ the Findings sheet

const FINDINGS_HEADER = ["Severity", "Rule", "Register", "Sheet", "Cell", "Key", "Message"] as const;
const FINDINGS_WIDTHS = [10, 30, 14, 18, 8, 22, 90];
const SEVERITY_STYLE: Readonly<Record<Severity, { fill: string; fontColor: string }>> = {
  error: RAG_COLOURS.Red,
  warning: RAG_COLOURS.Amber,
  info: { fill: "#DDEBF7", fontColor: "#1F4E79" },
};

/** Formula text of an internal link target: the cell on its sheet. */
export function cellLink(sheet: string, cell: string): string {
  return `#${quoteSheet(sheet)}!${cell}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function findingsSheetOps(findings: readonly Finding[], summary: SeverityCounts, asOf: Iso): PlanOp[] {
  const sheet = FINDINGS_SHEET;
  const title = `Validation as of ${asOf}: ${plural(summary.errors, "error")}, ${plural(summary.warnings, "warning")}, ${plural(summary.infos, "info")}. Click a cell in the Cell column to go to it.`;
  const rows: PlanCell[][] = findings.map((f) => [f.severity, f.rule, f.register, f.sheet, { link: cellLink(f.sheet, f.cell), text: f.cell }, f.key, f.message]);
  if (!rows.length) rows.push(["", "", "", "", "", "", "No findings."]);
  const last = rows.length + 2;
  const severityRange = `A3:A${last}`;
  return [
    { kind: "ensureSheet", sheet },
    // The sheet is ours: cleared and written whole, so that running validate twice gives the same sheet.
    { kind: "clearSheet", sheet },
    { kind: "writeRange", sheet, anchor: "A1", cells: [[title], [...FINDINGS_HEADER], ...rows] },
    { kind: "format", sheet, range: "A1", style: { bold: true, fontSize: 12 } },
    { kind: "format", sheet, range: `A2:${colName(FINDINGS_HEADER.length - 1)}2`, style: { bold: true, fill: "#1F4E79", fontColor: "#FFFFFF", border: "bottom" } },
    { kind: "format", sheet, range: `E3:E${last}`, style: { fontColor: "#0563C1" } },
    ...(["error", "warning", "info"] as const).map((s): PlanOp => ({ kind: "conditionalFormat", sheet, range: severityRange, rule: { type: "equals", text: s }, style: SEVERITY_STYLE[s] })),
    { kind: "columnWidths", sheet, startCol: 0, widths: FINDINGS_WIDTHS },
    { kind: "freezePanes", sheet, rows: 2, cols: 0 },
  ];
}

// ------------------------------------------------------------------ live checks

/** A threshold's workbook name when the workbook defines it, else its value (so the check still works). */
function threshold(wb: WorkbookSnapshot, key: "asOf" | "highRiskScore", value: string): string {
  const name = settingDef(key).name;
  return wb.names.some((n) => n.name.toLowerCase() === name.toLowerCase()) ? name : value;
}

function isoToDateFormula(iso: Iso): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `DATE(${y},${m},${d})`;
}

/** Absolute-column, relative-row reference of a column on the body's first row. */
function colRef(col: number, row: number): string {
  return `$${colName(col)}${row + 1}`;
}

/** Contiguous runs of columns, as `$D2:$F2` references on the body's first row. */
function runs(cols: readonly number[], row: number): string[] {
  const sorted = [...new Set(cols)].sort((a, b) => a - b);
  const out: string[] = [];
  let start = sorted[0];
  for (let i = 0; i < sorted.length; i++) {
    const c = sorted[i]!;
    const next = sorted[i + 1];
    if (next === c + 1) continue;
    out.push(start === c ? colRef(c, row) : `${colRef(start!, row)}:${colRef(c, row)}`);
    start = next;
  }
  return out;
}

interface Body {
  readonly first: number;
  readonly last: number;
  readonly range: string;
}

function bodyOf(data: RegisterData): Body | null {
  if (!data.rows.length) return null;
  const first = data.rows[0]!.row;
  const last = data.rows[data.rows.length - 1]!.row;
  const cols = data.columns.map((c) => c.col);
  return { first, last, range: rangeA1({ top: first, left: Math.min(...cols), bottom: last, right: Math.max(...cols) }) };
}

function colOf(data: RegisterData, key: string): number | null {
  return data.columns.find((c) => c.key === key)?.col ?? null;
}

/** RACI: a row with codes but not exactly one A (N/A is no A). Works on the typed letters, any case. */
export function raciCheckFormula(people: readonly number[], row: number, variant: Settings["raciVariant"]): string {
  const refs = runs(people, row);
  const aCount = refs.map((r) => `SUMPRODUCT(ISNUMBER(SEARCH("A",${r}))*(UPPER(TRIM(${r}))<>"N/A")*(UPPER(TRIM(${r}))<>"NA"))`).join("+");
  const letters = variant === "RASCI" ? ["R", "C", "I", "S"] : ["R", "C", "I"];
  const others = refs.map((r) => `SUMPRODUCT(${letters.map((l) => `ISNUMBER(SEARCH("${l}",${r}))`).join("+")})`).join("+");
  return `AND((${others})+(${aCount})>0,(${aCount})<>1)`;
}

function liveCheckOps(wb: WorkbookSnapshot, inputs: readonly RegisterInput[], settings: Settings, asOf: Iso): PlanOp[] {
  const ops: PlanOp[] = [];
  const asOfRef = threshold(wb, "asOf", isoToDateFormula(asOf));
  const highRisk = threshold(wb, "highRiskScore", String(settings.highRiskScore));
  for (const input of inputs) {
    const { data } = input;
    if (!data.structured) continue;
    const body = bodyOf(data);
    if (!body) continue;
    const r = body.first;
    if (data.register === "raci") {
      const people = raciPeople(data, input.people).map((p) => p.column.col);
      if (!people.length) continue;
      ops.push({ kind: "conditionalFormat", sheet: data.sheet, range: body.range, rule: { type: "expression", formula: raciCheckFormula(people, r, settings.raciVariant) }, style: RAG_COLOURS.Red });
    }
    if (data.register === "milestones") {
      const baseline = colOf(data, "baselineDate");
      if (baseline === null) continue;
      const forecast = colOf(data, "forecastDate");
      const status = colOf(data, "status");
      const due = forecast === null ? colRef(baseline, r) : `IF(ISNUMBER(${colRef(forecast, r)}),${colRef(forecast, r)},${colRef(baseline, r)})`;
      const open = status === null ? [] : [`${colRef(status, r)}<>"Complete"`, `${colRef(status, r)}<>"Cancelled"`];
      const formula = `AND(${[...open, `N(${due})>0`, `${due}<${asOfRef}`].join(",")})`;
      ops.push({ kind: "conditionalFormat", sheet: data.sheet, range: body.range, rule: { type: "expression", formula }, style: RAG_COLOURS.Amber });
    }
    if (data.register === "raid") {
      const [p, i, response] = [colOf(data, "probability"), colOf(data, "impact"), colOf(data, "response")];
      if (p === null || i === null || response === null) continue;
      const type = colOf(data, "type");
      const status = colOf(data, "status");
      const terms = [
        ...(type === null ? [] : [`OR(${colRef(type, r)}="Risk",${colRef(type, r)}="")`]),
        ...(status === null ? [] : [`${colRef(status, r)}<>"Closed"`]),
        `ISNUMBER(${colRef(p, r)})`,
        `ISNUMBER(${colRef(i, r)})`,
        `${colRef(p, r)}*${colRef(i, r)}>=${highRisk}`,
        `LEN(TRIM(${colRef(response, r)}))=0`,
      ];
      ops.push({ kind: "conditionalFormat", sheet: data.sheet, range: body.range, rule: { type: "expression", formula: `AND(${terms.join(",")})` }, style: RAG_COLOURS.Red });
    }
  }
  return ops;
}

// ------------------------------------------------------------------ the operation

/** The registers validation reads: structured tables first, then detected layouts. */
export function registerInputs(wb: WorkbookSnapshot, settings: Settings, options: ValidateOptions = {}): RegisterInput[] {
  const structured = structuredInputs(wb, options.structured);
  const detect = options.detect === undefined ? detectTables : options.detect;
  const detected = detect ? detectedInputs(wb, detect, structured.map((s) => ({ sheet: s.input.data.sheet, range: s.range })), settings.raciVariant) : [];
  // Once a register holds rows, people's own sheets of the same kind were converted into it (or
  // are superseded by it): validating both would report every defect twice.
  const filled = new Set(structured.filter((s) => s.input.data.rows.some((r) => r.cells.some((v) => v !== null && v !== ""))).map((s) => s.input.data.register));
  return [...structured.map((s) => s.input), ...detected.filter((d) => !filled.has(d.data.register))];
}

export function validate(wb: WorkbookSnapshot, settings: Settings, asOf: Iso, options: ValidateOptions = {}): ValidateResult {
  const inputs = registerInputs(wb, settings, options);
  const findings = runRules({ registers: inputs, settings: { ...settings, asOf }, asOf });
  const byRegister: Partial<Record<RegisterKey, SeverityCounts>> = {};
  for (const key of [...new Set(inputs.map((i) => i.data.register))]) byRegister[key] = counts(findings.filter((f) => f.register === key));
  const summary: ValidateSummary = { ...counts(findings), byRegister, checked: inputs.map(describeInput) };
  const plan: WorkbookPlan = { ops: [...findingsSheetOps(findings, summary, asOf), ...liveCheckOps(wb, inputs, settings, asOf)] };
  return { plan, findings, summary };
}

/** For messages: where a register was read. */
export function describeChecked(c: CheckedRegister): string {
  return `${c.sheet}!${c.range}${c.table ? ` (${c.table})` : " (detected)"}`;
}
