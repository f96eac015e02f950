/**
 * The plan operations that put converted rows into a register: a new register table (own
 * columns in catalogue order, then RACI roles and extra columns), or columns and rows added to
 * the register the workbook already has, with the dropdowns and formats of the rows written.
 */
import type { RegisterDef } from "../../domain/registers/types";
import type { PlanCell, PlanOp, TableColumnPlan } from "../../plan/plan";
import { catalogueColumns, columnPlan, DATE_FORMAT, extraColumnPlan, registerDecorations } from "../../plan/register-layout";
import type { TargetRegister } from "./target";

export interface RegisterColumns {
  /** RACI role headers. */
  readonly people: readonly string[];
  /** Extra (non-catalogue, non-role) headers, with whether they hold dates. */
  readonly extras: readonly { readonly header: string; readonly date: boolean }[];
}

const lc = (s: string) => s.trim().toLowerCase();

/**
 * A register row in the order of `headers`: each header's value, under the header as written or
 * else the first one equal to it in lower case. The row's headers are lower-cased once, at the
 * first header not found as written: a row lacks many of a register's headers, and scanning the
 * row for each of them cost width² case conversions per row.
 */
function rowOf(values: ReadonlyMap<string, PlanCell>, headers: readonly string[], wanted: readonly string[], isCalc: readonly boolean[]): PlanCell[] {
  let byLower: Map<string, PlanCell> | null = null;
  return headers.map((h, i) => {
    if (isCalc[i]) return null;
    const v = values.get(h);
    if (v !== undefined) return v;
    if (!byLower) {
      byLower = new Map();
      for (const [k, x] of values) if (!byLower.has(lc(k))) byLower.set(lc(k), x);
    }
    const x = byLower.get(wanted[i]!);
    return x === undefined ? null : x;
  });
}

/** Operations for one register; empty when the run adds nothing to it. */
export function registerOps(target: TargetRegister, cols: RegisterColumns): PlanOp[] {
  const def: RegisterDef = target.def;
  const own = def.columns.map((c) => c.header);
  const people = new Set(cols.people.map(lc));
  const dateExtras = new Set(cols.extras.filter((e) => e.date).map((e) => lc(e.header)));
  const more = [...cols.people, ...cols.extras.map((e) => e.header), ...target.mergeHeaders];
  const { all, added } = target.headersAfter(own, more);
  const calc = new Set(def.columns.filter((c) => c.calc).map((c) => lc(c.header)));
  const isCalc = all.map((h) => calc.has(lc(h)));
  const wanted = all.map(lc);
  const rows: PlanCell[][] = target.added.map((values) => rowOf(values, all, wanted, isCalc));
  const planFor = (h: string): TableColumnPlan => {
    if (people.has(lc(h))) return extraColumnPlan(h, true);
    const plan = extraColumnPlan(h, false);
    return dateExtras.has(lc(h)) ? { ...plan, numberFormat: DATE_FORMAT } : plan;
  };
  const isPerson = (h: string) => people.has(lc(h)) || (def.openColumns === "raci" && !def.columns.some((c) => lc(c.header) === lc(h)) && target.existing !== null && !cols.extras.some((e) => lc(e.header) === lc(h)));

  const ops: PlanOp[] = [];
  const existing = target.existing;
  if (!existing) {
    const columns = [...def.columns.map(columnPlan), ...added.map(planFor)];
    const body = rows.length ? rows : [columns.map((): PlanCell => null)];
    ops.push({ kind: "ensureSheet", sheet: target.sheet });
    ops.push({ kind: "createTable", sheet: target.sheet, table: def.table, anchor: "A1", columns, rows: body, style: "TableStyleMedium2" });
    const raciCols = all.flatMap((h, i) => (people.has(lc(h)) ? [i] : []));
    ops.push(...registerDecorations(def, target.sheet, 1, body.length, catalogueColumns(def), raciCols));
    ops.push({ kind: "freezePanes", sheet: target.sheet, rows: 1, cols: 0 });
    return ops;
  }
  if (!added.length && !rows.length) return ops;
  if (added.length) ops.push({ kind: "addTableColumns", sheet: existing.sheet, table: existing.table, columns: added.map(planFor) });
  if (rows.length) {
    ops.push({ kind: "appendTableRows", sheet: existing.sheet, table: existing.table, rows });
    const first = existing.firstFree;
    const last = first + rows.length - 1;
    const positions = new Map<string, number>();
    for (const c of def.columns) {
      const i = all.findIndex((h) => lc(h) === lc(c.header));
      if (i >= 0) positions.set(c.key, existing.left + i);
    }
    const raciCols = all.flatMap((h, i) => (isPerson(h) ? [existing.left + i] : []));
    ops.push(...registerDecorations(def, existing.sheet, first, last, positions, raciCols));
  }
  return ops;
}

