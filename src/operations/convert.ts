/**
 * convert: snapshot → plan that turns the tables in people's own sheets into the registers of
 * the catalogue. Source sheets are never touched: register sheets are added (or rows appended to
 * the registers the workbook has, de-duplicated by id), every source column is either mapped,
 * carried as an extra column, or reported, and every value either lands in the register or is
 * reported as rejected (kept as text) or cleared. Converting the result again gives an empty
 * plan.
 *
 * `proposeConversions` gives the same detection before anything is written, so that the task
 * pane can show it and let the user change a table's register or a column's target; `convert`
 * takes those choices as overrides.
 */
import { a1, colIndex, rangeA1 } from "../domain/a1";
import { namedRaidType } from "../domain/ingest/classify";
import { analyseSheet, detectionOf, PERSON, type Detection, type SheetAnalysis, type TableAnalysis } from "../domain/ingest/detect";
import { headerScore } from "../domain/ingest/header-match";
import { REGISTER_THRESHOLD } from "../domain/ingest/classify";
import { LISTS_TABLE, REGISTERS, SETTINGS_TABLE, isGeneratedSheet, register } from "../domain/registers/catalogue";
import type { RegisterKey } from "../domain/registers/types";
import type { Settings } from "../domain/settings";
import type { PlanOp } from "../plan/plan";
import type { WorkbookSnapshot } from "../plan/snapshot";
import { buildTable, type BuiltRow } from "./convert/records";
import { registerOps, type RegisterColumns } from "./convert/plan-ops";
import { TargetRegister } from "./convert/target";
import type { Conversion, ConversionOverride, ConversionProposal, ConvertOptions, ConvertResult, ProposedColumn, Unrecognised } from "./convert/types";
import { structure } from "./structure";

export type * from "./convert/types";

const OWN_TABLES = new Set([...REGISTERS.map((r) => r.table), LISTS_TABLE, SETTINGS_TABLE].map((t) => t.toLowerCase()));

/** Sheets conversion reads, and those it leaves alone (registers and the add-in's own sheets). */
function sourceSheets(wb: WorkbookSnapshot): { sources: WorkbookSnapshot["sheets"]; skipped: string[] } {
  const sources: WorkbookSnapshot["sheets"][number][] = [];
  const skipped: string[] = [];
  for (const s of wb.sheets) {
    const own = isGeneratedSheet(s.name) || s.tables.some((t) => OWN_TABLES.has(t.name.toLowerCase()));
    if (own || s.visibility === "veryHidden") skipped.push(s.name);
    else sources.push(s);
  }
  return { sources, skipped };
}

function analyse(wb: WorkbookSnapshot): { analyses: SheetAnalysis[]; skipped: string[] } {
  const { sources, skipped } = sourceSheets(wb);
  return { analyses: sources.map((s) => analyseSheet(s, { date1904: wb.date1904, tables: s.tables })), skipped };
}

function proposedColumns(d: Detection): ProposedColumn[] {
  const people = new Set((d.raciPeople ?? []).map((p) => p.col));
  return d.mapping.map((m) => ({ sourceHeader: m.sourceHeader, sourceColumn: m.sourceColumn, target: people.has(m.col) ? PERSON : m.column, confidence: m.confidence }));
}

/** What conversion would do with each table found, before anything is written. */
export function proposeConversions(wb: WorkbookSnapshot): ConversionProposal[] {
  const { analyses } = analyse(wb);
  const out: ConversionProposal[] = [];
  for (const a of analyses) {
    for (const t of a.tables) {
      const best = t.matches[0];
      const d = detectionOf(a, t);
      const shown = d ?? (best ? detectionOf(a, t, best.register) : null);
      out.push({
        id: t.id,
        sheet: a.sheet,
        range: rangeA1(t.layout.range),
        headerRow: t.layout.headerRow + 1,
        register: d ? d.register : null,
        confidence: d ? d.confidence : (best?.confidence ?? 0),
        alternatives: t.matches.filter((m) => m.register !== d?.register && m.confidence > 0).map((m) => ({ register: m.register, confidence: m.confidence })),
        columns: shown ? proposedColumns(shown) : t.layout.columns.map((c) => ({ sourceHeader: c.header, sourceColumn: a1(0, c.col).replace(/\d+$/, ""), target: null, confidence: 0 })),
        rows: shown ? shown.data.rows.length : t.layout.rows.length,
      });
    }
  }
  return out;
}

function applyOverride(a: SheetAnalysis, t: TableAnalysis, o: ConversionOverride | undefined): Detection | null {
  if (!o) return detectionOf(a, t);
  if (o.skip) return null;
  const columns = o.columns ? new Map(Object.entries(o.columns).map(([letter, target]) => [colIndex(letter), target] as const)) : undefined;
  const key = o.register ?? (t.matches[0] && t.matches[0].confidence >= REGISTER_THRESHOLD ? t.matches[0].register : undefined);
  if (!key) return null;
  return detectionOf(a, t, key, columns);
}

/**
 * Places a table's rows in its register. A function of its own rather than a loop inside
 * `convert`, which meets new shapes with each table and was deoptimised, leaving a loop over
 * every row of the workbook to run unoptimised.
 */
function placeRows(target: TargetRegister, built: readonly BuiltRow[], sheet: string, d: Detection, trace: Map<string, string> | undefined) {
  const table = target.def.table;
  let rows = 0,
    merged = 0,
    duplicates = 0,
    generatedIds = 0;
  const renamed: Conversion["renamed"][number][] = [];
  const conflicts: Conversion["conflicts"][number][] = [];
  for (const row of built) {
    const p = target.place(row, sheet);
    if (trace) for (const [h, cells] of row.sources) for (const c of cells) trace.set(`${sheet}!${c}`, p.kind === "added" || p.kind === "merged" ? `register ${table} ${h} row ${p.index}` : p.kind);
    if (p.kind === "added") {
      rows++;
      if (p.generated) generatedIds++;
      if (p.renamedFrom && row.idCell) renamed.push({ cell: row.idCell, from: p.renamedFrom, to: p.id ?? "" });
    } else if (p.kind === "merged") merged++;
    else {
      duplicates++;
      if (p.kind === "conflict") conflicts.push({ cell: row.idCell ?? a1(row.sourceRow, d.range.left), value: p.id, reason: `${table} already has id ${p.id} with other values; its row was left as it is` });
    }
  }
  return { rows, merged, duplicates, generatedIds, renamed, conflicts };
}

/** The Project ID a label/value pair gives ("Project ID: P-001", "PROJECT No: MA-015-02"). */
function projectIdOf(meta: Readonly<Record<string, string>> | undefined): string | null {
  if (!meta) return null;
  for (const [label, value] of Object.entries(meta)) {
    if (!value.trim()) continue;
    if (headerScore(label.replace(/\s*\(\d+\)$/, ""), register("milestones"), "projectId") >= 0.9) return value.trim();
  }
  return null;
}

export function convert(wb: WorkbookSnapshot, settings: Settings, options: ConvertOptions = {}): ConvertResult {
  const { analyses, skipped: skippedSheets } = analyse(wb);
  const overrides = new Map((options.overrides ?? []).map((o) => [o.id, o]));
  const trace = options.trace ? new Map<string, string>() : undefined;

  // A Project ID on a sheet of its own (a PROJECT details sheet) holds for the whole workbook,
  // when it is the only one.
  const wbProjects = new Set(analyses.map((a) => projectIdOf(a.layout.metadata)).filter((p): p is string => !!p));
  const wbProject = wbProjects.size === 1 ? [...wbProjects][0]! : null;

  const targets = new Map<RegisterKey, TargetRegister>();
  const columns = new Map<RegisterKey, { people: string[]; extras: { header: string; date: boolean }[] }>();
  const conversions: Conversion[] = [];
  const unrecognised: Unrecognised[] = [];
  let tablesFound = 0;

  for (const a of analyses) {
    if (trace) for (const c of a.layout.contextCells) trace.set(`${a.sheet}!${c}`, "context");
    for (const t of a.tables) {
      tablesFound++;
      if (trace) for (const c of [...t.layout.contextCells, ...t.layout.footers.map((f) => f.cell)]) trace.set(`${a.sheet}!${c}`, "context");
      const d = applyOverride(a, t, overrides.get(t.id));
      if (!d) {
        if (!overrides.get(t.id)?.skip) {
          const best = t.matches[0];
          unrecognised.push({ id: t.id, sheet: a.sheet, range: rangeA1(t.layout.range), headers: t.layout.columns.map((c) => c.header).filter((h) => h), best: best && best.confidence > 0 ? { register: best.register, confidence: best.confidence } : null });
        }
        continue;
      }
      const def = register(d.register);
      let target = targets.get(def.key);
      if (!target) {
        target = new TargetRegister(def, wb);
        targets.set(def.key, target);
        columns.set(def.key, { people: [], extras: [] });
      }
      const cols = columns.get(def.key)!;
      // Extra columns of the same name join (another table's "Comments", or the one a previous
      // run added); only role columns are kept apart from them.
      const taken = new Set(def.key === "raci" ? [...cols.people, ...(target.existing?.headers ?? [])] : cols.people);

      const ownProject = projectIdOf(d.metadata);
      const projectId = ownProject ? { value: ownProject, from: `"Project ID" above the table on ${a.sheet}` } : wbProject ? { value: wbProject, from: "the workbook's project details" } : undefined;
      const titleCol = d.mapping.find((m) => m.column === "title");
      const titles = Object.entries(d.metadata ?? {}).filter(([k]) => /^Title/.test(k)).map(([, v]) => v);
      const type = def.key === "raid" ? namedRaidType([a.sheet, ...titles, ...(titleCol ? [titleCol.sourceHeader] : [])]) : null;
      const built = buildTable(d, {
        def,
        settings,
        ...(projectId ? { projectId } : {}),
        ...(type ? { raidType: { value: type, from: `the name "${[a.sheet, ...titles].find((n) => namedRaidType([n]) === type) ?? titleCol?.sourceHeader ?? a.sheet}"` } } : {}),
        takenHeaders: taken,
      });
      // Roles and extra columns join the register's, matched by name across source tables.
      for (const p of built.people) if (!cols.people.some((x) => x.toLowerCase() === p.toLowerCase())) cols.people.push(p);
      for (const e of built.extras) if (!cols.extras.some((x) => x.header.toLowerCase() === e.header.toLowerCase())) cols.extras.push(e);

      const { rows, merged, duplicates, generatedIds, renamed, conflicts } = placeRows(target, built.rows, a.sheet, d, trace);
      if (trace) for (const [c, w] of built.traced) trace.set(`${a.sheet}!${c}`, w);
      conversions.push({
        id: t.id,
        sourceSheet: a.sheet,
        sourceRange: rangeA1(d.range),
        register: def.key,
        table: def.table,
        targetSheet: target.sheet,
        headerRow: d.headerRow + 1,
        confidence: d.confidence,
        rows,
        merged,
        duplicates,
        mapping: built.mapping,
        unmapped: built.unmapped,
        rejected: built.rejected,
        cleared: built.cleared,
        filled: built.filled,
        headings: built.headings,
        skipped: built.skipped,
        renamed,
        conflicts,
        generatedIds,
      });
    }
  }

  // Registers in catalogue order; Lists and Settings first, since dropdowns and calculated
  // columns refer to their names.
  const registerOpsList: PlanOp[] = [];
  const created: RegisterKey[] = [];
  const appended: RegisterKey[] = [];
  for (const def of REGISTERS) {
    const target = targets.get(def.key);
    if (!target) continue;
    const ops = registerOps(target, columns.get(def.key) as RegisterColumns);
    if (!ops.length) continue;
    registerOpsList.push(...ops);
    if (!target.existing) created.push(def.key);
    else if (target.added.length) appended.push(def.key);
  }
  const ops: PlanOp[] = registerOpsList.length ? [...structure(wb, settings, { registers: [] }).plan.ops, ...registerOpsList] : [];

  const warnings: string[] = [];
  if (wb.source?.kind === "xlsm") warnings.push("the workbook has macros: the converted workbook is written as .xlsx, without them");
  const blocked = [...targets.values()].filter((t) => !t.existing && t.sheet !== t.def.sheet);
  for (const t of blocked) warnings.push(`sheet "${t.def.sheet}" holds your own data, so the ${t.def.title} register was written to "${t.sheet}"`);

  return {
    plan: { ops },
    conversions,
    summary: {
      tablesFound,
      converted: conversions.length,
      rows: conversions.reduce((s, c) => s + c.rows, 0),
      duplicates: conversions.reduce((s, c) => s + c.duplicates, 0),
      rejected: conversions.reduce((s, c) => s + c.rejected.length, 0),
      created,
      appended,
      unrecognised,
      skippedSheets,
      warnings,
    },
    ...(trace ? { trace } : {}),
  };
}
