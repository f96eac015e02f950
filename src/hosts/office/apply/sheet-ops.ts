/** Sheet ops: ensure a sheet, clear a generated sheet, activate a sheet or a range. */
import type { PlanOp } from "../../../plan/plan";
import type { ApplyEnv } from "./env";

type Op<K extends PlanOp["kind"]> = Extract<PlanOp, { kind: K }>;

export async function ensureSheet(env: ApplyEnv, op: Op<"ensureSheet">): Promise<void> {
  // An existing sheet is left as it is (tab colour included), as the file host does.
  if (env.model.sheet(op.sheet)) return;
  await env.batch.reserve(3);
  const ws = env.context.workbook.worksheets.add(op.sheet);
  env.model.addSheet(op.sheet, false);
  env.adopt(op.sheet, ws);
  if (op.tabColor && env.features.api17) ws.tabColor = op.tabColor;
  if (op.position !== undefined) ws.position = Math.max(0, Math.min(op.position, env.model.order.length - 1));
}

/**
 * Clears a generated sheet in place (Metrics, Findings, Status Report): its tables, charts,
 * PivotTables, cells, formats, merges, validation, colour rules and frozen panes. The sheet is
 * not deleted and re-added, which would turn every formula and name that points at it into #REF!.
 */
export async function clearSheet(env: ApplyEnv, op: Op<"clearSheet">): Promise<void> {
  const sheet = env.model.sheet(op.sheet);
  if (!sheet) return;
  const ws = env.worksheet(op.sheet);
  const lower = op.sheet.toLowerCase();
  if (env.features.api18) {
    for (const p of sheet.pivots.values()) {
      await env.batch.reserve(1);
      ws.pivotTables.getItem(p).delete();
    }
  }
  for (const c of sheet.charts.values()) {
    await env.batch.reserve(1);
    ws.charts.getItem(c).delete();
  }
  const tables = new Map(sheet.tables);
  for (const [key, t] of env.model.tables) if (t.sheet.toLowerCase() === lower) tables.set(key, t.name);
  for (const [key, name] of tables) {
    await env.batch.reserve(1);
    env.table(name).delete();
    env.model.tables.delete(key);
    env.model.tableNames.delete(key);
  }
  await env.batch.reserve(5);
  const all = ws.getRange();
  all.unmerge();
  all.clear("All");
  if (env.features.api18) all.dataValidation.clear();
  if (env.features.conditionalFormats) all.conditionalFormats.clearAll();
  if (env.features.api17) ws.freezePanes.unfreeze();
  sheet.pivots.clear();
  sheet.charts.clear();
  sheet.tables.clear();
  sheet.conditionalFormats.length = 0;
  sheet.original = false;
}

export async function activate(env: ApplyEnv, op: Op<"activate">): Promise<void> {
  await env.batch.reserve(2);
  const ws = env.worksheet(op.sheet);
  ws.activate();
  if (op.range) ws.getRange(op.range).select();
}
