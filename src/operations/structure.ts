/**
 * structure: snapshot → plan that makes the workbook a structured PMO workbook. Missing
 * registers are created; an existing register is upgraded in place (missing catalogue columns
 * added at its right end, every row and extra column kept); a structured workbook gives an
 * empty plan, which makes the operation idempotent.
 */
import { a1, parseRange, type RangeRef } from "../domain/a1";
import { LISTS_SHEET, LISTS_TABLE, REGISTERS, SETTINGS_SHEET, SETTINGS_TABLE } from "../domain/registers/catalogue";
import { LIST_NAMES } from "../domain/registers/lists";
import type { RegisterDef, RegisterKey } from "../domain/registers/types";
import { SETTING_DEFS, type Settings } from "../domain/settings";
import type { PlanCell, PlanOp, WorkbookPlan } from "../plan/plan";
import { catalogueColumns, columnPlan, listsSheetOps, registerDecorations, settingsSheetOps } from "../plan/register-layout";
import { cellAt, findSheet, findTable, type SheetSnapshot, type WorkbookSnapshot } from "../plan/snapshot";

export interface StructureSummary {
  readonly created: readonly RegisterKey[];
  readonly upgraded: readonly { readonly register: RegisterKey; readonly added: readonly string[] }[];
  /** Registers not created because a sheet of that name holds someone's own data. */
  readonly blocked: readonly { readonly register: RegisterKey; readonly sheet: string; readonly reason: string }[];
  readonly listsCreated: boolean;
  readonly settingsCreated: boolean;
  /** Rows added to Lists or Settings tables that lacked some entries. */
  readonly settingsAdded: readonly string[];
}

export interface StructureResult {
  readonly plan: WorkbookPlan;
  readonly summary: StructureSummary;
}

export interface StructureOptions {
  /** Only these registers (default: all). Lists and Settings are always ensured. */
  readonly registers?: readonly RegisterKey[];
}

function norm(s: string): string {
  return s.trim().toLowerCase();
}

function sheetHasData(wb: WorkbookSnapshot, name: string): boolean {
  const s = findSheet(wb, name);
  return !!s && s.values.some((r) => r.some((v) => v !== null && v !== ""));
}

/** The first non-empty cell in the `count` columns right of a table, over the table's rows. */
function firstFilledCell(sheet: SheetSnapshot, r: RangeRef, count: number): string | null {
  for (let row = r.top; row <= r.bottom; row++) {
    for (let col = r.right + 1; col <= r.right + count; col++) {
      const v = cellAt(sheet, row, col);
      if (v !== null && v !== "") return a1(row, col);
    }
  }
  return null;
}

function createRegisterOps(def: RegisterDef): PlanOp[] {
  const columns = def.columns.map(columnPlan);
  const ops: PlanOp[] = [
    { kind: "ensureSheet", sheet: def.sheet },
    {
      kind: "createTable",
      sheet: def.sheet,
      table: def.table,
      anchor: "A1",
      columns,
      // A table needs one data row; it stays blank until people type into it.
      rows: [columns.map((): PlanCell => null)],
      style: def.generated ? "TableStyleLight15" : "TableStyleMedium2",
    },
    ...registerDecorations(def, def.sheet, 1, 1, catalogueColumns(def)),
    { kind: "freezePanes", sheet: def.sheet, rows: 1, cols: 0 },
  ];
  return ops;
}

export function structure(wb: WorkbookSnapshot, settings: Settings, options: StructureOptions = {}): StructureResult {
  const ops: PlanOp[] = [];
  const created: RegisterKey[] = [];
  const upgraded: { register: RegisterKey; added: string[] }[] = [];
  const blocked: { register: RegisterKey; sheet: string; reason: string }[] = [];
  const settingsAdded: string[] = [];

  // Lists and Settings first: register validations and calc formulas refer to their names.
  const lists = findTable(wb, LISTS_TABLE);
  const listsCreated = !lists && !sheetHasData(wb, LISTS_SHEET);
  if (listsCreated) ops.push(...listsSheetOps());
  else if (lists) {
    const have = new Set(lists.table.columns.map(norm));
    const missing = LIST_NAMES.filter((l) => !have.has(norm(l)));
    if (missing.length) settingsAdded.push(...missing.map((l) => `list ${l}`));
  }

  const settingsTable = findTable(wb, SETTINGS_TABLE);
  const settingsCreated = !settingsTable && !sheetHasData(wb, SETTINGS_SHEET);
  if (settingsCreated) ops.push(...settingsSheetOps(settings));
  else if (settingsTable) {
    const { sheet, table } = settingsTable;
    const range = parseRange(table.ref);
    const labels = new Set<string>();
    for (let r = range.top + 1; r <= range.bottom; r++) {
      const v = sheet.values[r - sheet.originRow]?.[range.left - sheet.originCol];
      if (typeof v === "string") labels.add(norm(v));
    }
    const missing = SETTING_DEFS.filter((d) => !labels.has(norm(d.label)));
    if (missing.length) {
      ops.push({
        kind: "appendTableRows",
        sheet: sheet.name,
        table: table.name,
        rows: missing.map((d) => {
          const v = settings[d.key];
          const value: PlanCell = d.key === "asOf" ? (v ? { d: String(v) } : { f: "=TODAY()" }) : (v as PlanCell);
          const row: PlanCell[] = [d.label, value, d.description];
          while (row.length < table.columns.length) row.push(null);
          return row.slice(0, table.columns.length);
        }),
      });
      settingsAdded.push(...missing.map((d) => d.label));
    }
  }

  const wanted = options.registers ? REGISTERS.filter((r) => options.registers!.includes(r.key)) : REGISTERS;
  for (const def of wanted) {
    const found = findTable(wb, def.table);
    if (!found) {
      if (sheetHasData(wb, def.sheet)) {
        blocked.push({ register: def.key, sheet: def.sheet, reason: `sheet "${def.sheet}" holds other data; convert it or rename it, then run again` });
        continue;
      }
      ops.push(...createRegisterOps(def));
      created.push(def.key);
      continue;
    }
    const have = new Set(found.table.columns.map(norm));
    const missing = def.columns.filter((c) => !have.has(norm(c.header)));
    if (missing.length) {
      const obstacle = firstFilledCell(found.sheet, parseRange(found.table.ref), missing.length);
      if (obstacle) {
        blocked.push({ register: def.key, sheet: found.sheet.name, reason: `cannot add ${missing.length} missing column(s) to ${def.table}: cell ${found.sheet.name}!${obstacle} beside the table is not empty; move it and run again` });
        continue;
      }
      ops.push({ kind: "addTableColumns", sheet: found.sheet.name, table: found.table.name, columns: missing.map(columnPlan) });
      const range = parseRange(found.table.ref);
      const first = range.top + 1;
      const last = Math.max(first, range.bottom - (found.table.totalsRow ? 1 : 0));
      const cols = new Map<string, number>();
      missing.forEach((c, i) => cols.set(c.key, range.right + 1 + i));
      ops.push(...registerDecorations({ ...def, columns: missing }, found.sheet.name, first, last, cols));
      upgraded.push({ register: def.key, added: missing.map((c) => c.header) });
    }
  }

  return {
    plan: { ops },
    summary: { created, upgraded, blocked, listsCreated, settingsCreated, settingsAdded },
  };
}
