/**
 * Table ops: create, add columns, append rows, replace rows. A table grows by Table.resize
 * (ExcelApi 1.13) after which its new rows are written like any cells; an older Excel grows it
 * with rows.add. Before either, the cells the table would take must be free (checked in the
 * prepare syncs), so that nothing of the user's is overwritten or pushed aside.
 */
import { colName, parseCell } from "../../../domain/a1";
import type { PlanCell, PlanOp, TableColumnPlan } from "../../../plan/plan";
import { columnAddress, rectAddress, widthInPoints } from "../addresses";
import { jsonBytes } from "../budget";
import { formulaText, textInput } from "../cells";
import { WorkbookError } from "../errors";
import type { ApplyEnv } from "./env";
import { writeBlock } from "./grid-writer";
import { createTableArea, usedCellOfArea } from "./inventory";
import type { TableModel } from "./model";

type Op<K extends PlanOp["kind"]> = Extract<PlanOp, { kind: K }>;

const CALC_FILL = "#F2F2F2";
const CALC_FONT = "#404040";

function isBlankRow(row: readonly PlanCell[], formulas: readonly (string | null)[]): boolean {
  return formulas.every((f, j) => f !== null || row[j] === null || row[j] === undefined || row[j] === "");
}

function tableOf(env: ApplyEnv, sheet: string, name: string): TableModel {
  const t = env.model.table(name);
  if (!t || t.sheet.toLowerCase() !== sheet.toLowerCase()) throw new WorkbookError(`table ${name} not found on sheet "${sheet}"`);
  return t;
}

/** Calculated columns look different (the file host gives them the same grey italics). */
async function styleCalcColumns(env: ApplyEnv, t: TableModel, top: number, bottom: number, only?: (col: number) => boolean): Promise<void> {
  const ws = env.worksheet(t.sheet);
  for (let j = 0; j < t.formulas.length; j++) {
    if (!t.formulas[j] || (only && !only(j))) continue;
    await env.batch.reserve(3);
    const col = t.rect.left + j;
    const format = ws.getRange(rectAddress({ top, bottom, left: col, right: col })).format;
    format.fill.color = CALC_FILL;
    format.font.italic = true;
    format.font.color = CALC_FONT;
  }
}

async function columnWidths(env: ApplyEnv, sheet: string, left: number, columns: readonly TableColumnPlan[]): Promise<void> {
  const ws = env.worksheet(sheet);
  for (let j = 0; j < columns.length; j++) {
    const w = columns[j]!.width;
    if (!w) continue;
    await env.batch.reserve(1);
    ws.getRange(columnAddress(left + j)).format.columnWidth = widthInPoints(w);
  }
}

export async function createTable(env: ApplyEnv, op: Op<"createTable">): Promise<void> {
  if (env.model.tableNames.has(op.table.toLowerCase())) throw new WorkbookError(`cannot create table ${op.table}: the workbook already has a table of that name`);
  const used = usedCellOfArea(env.model, op);
  if (used) throw new WorkbookError(`cannot create table ${op.table}: cell ${op.sheet}!${used} is not empty`);
  const area = createTableArea(op);
  const anchor = parseCell(op.anchor);
  const rows = op.rows.length ? op.rows : [op.columns.map((): PlanCell => null)];
  const ws = env.worksheet(op.sheet);
  const headers = op.columns.map((c) => textInput(c.header, false));
  await env.batch.reserve(4, jsonBytes(headers));
  ws.getRange(rectAddress({ ...area, bottom: area.top })).values = [headers];
  // The table exists before its rows are written: "[@Col]" formulas are valid only inside it.
  const table = ws.tables.add(rectAddress(area), true);
  table.name = op.table;
  table.style = op.style ?? "TableStyleMedium2";
  const formulas = op.columns.map((c) => (c.formula ? formulaText(c.formula) : null));
  const model: TableModel = {
    name: op.table,
    sheet: op.sheet,
    rect: area,
    totalsRow: false,
    columns: op.columns.map((c) => c.header),
    formulas,
    formats: op.columns.map((c) => c.numberFormat ?? null),
    lastRowBlank: isBlankRow(rows[rows.length - 1]!, formulas),
    usedBelow: null,
    usedRight: null,
  };
  env.model.tables.set(op.table.toLowerCase(), model);
  env.model.tableNames.add(op.table.toLowerCase());
  await writeBlock(env, {
    sheet: op.sheet,
    top: anchor.row + 1,
    left: anchor.col,
    width: op.columns.length,
    rows,
    format: (j) => (op.columns[j]!.numberFormat === undefined ? undefined : op.columns[j]!.numberFormat!),
    formula: (j) => formulas[j] ?? null,
  });
  await columnWidths(env, op.sheet, anchor.col, op.columns);
  await styleCalcColumns(env, model, area.top + 1, area.bottom);
}

export async function addTableColumns(env: ApplyEnv, op: Op<"addTableColumns">): Promise<void> {
  const t = tableOf(env, op.sheet, op.table);
  if (t.usedRight) throw new WorkbookError(`cannot add columns to table ${op.table}: cell ${op.sheet}!${t.usedRight} is not empty`);
  const table = env.table(t.name);
  for (const c of op.columns) {
    await env.batch.reserve(1, jsonBytes(c.header));
    table.columns.add(undefined, undefined, c.header);
  }
  const left = t.rect.right + 1;
  t.rect = { ...t.rect, right: t.rect.right + op.columns.length };
  t.columns.push(...op.columns.map((c) => c.header));
  const formulas = op.columns.map((c) => (c.formula ? formulaText(c.formula) : null));
  t.formulas.push(...formulas);
  t.formats.push(...op.columns.map((c) => c.numberFormat ?? null));
  const bodyTop = t.rect.top + 1;
  const bodyBottom = t.rect.bottom - (t.totalsRow ? 1 : 0);
  if (bodyBottom >= bodyTop) {
    await writeBlock(env, {
      sheet: t.sheet,
      top: bodyTop,
      left,
      width: op.columns.length,
      rows: Array.from({ length: bodyBottom - bodyTop + 1 }, () => []),
      // A new column's cells may take the format of their neighbour; set each one explicitly.
      format: (j) => op.columns[j]!.numberFormat ?? "General",
      formula: (j) => formulas[j] ?? null,
      nulls: "keep",
    });
  }
  await columnWidths(env, t.sheet, left, op.columns);
  await styleCalcColumns(env, t, bodyTop, bodyBottom, (j) => j >= left - t.rect.left);
}

/** Makes the table end at `bottom`: resize (ExcelApi 1.13), or for an older Excel delete the rows it loses. */
async function shrinkTo(env: ApplyEnv, t: TableModel, bottom: number): Promise<void> {
  if (bottom >= t.rect.bottom) return;
  const ws = env.worksheet(t.sheet);
  await env.batch.reserve(2);
  if (env.features.api113) env.table(t.name).resize(ws.getRange(rectAddress({ ...t.rect, bottom })));
  else ws.getRange(rectAddress({ ...t.rect, top: bottom + 1 })).delete("Up");
  t.rect = { ...t.rect, bottom };
}

function assertFreeBelow(t: TableModel, bottom: number, what: string): void {
  if (bottom <= t.rect.bottom || t.usedBelow === null || t.usedBelow > bottom) return;
  throw new WorkbookError(`cannot ${what} table ${t.name}: cell ${t.sheet}!${colName(t.rect.left)}${t.usedBelow + 1} below it is not empty`);
}

export async function tableRows(env: ApplyEnv, op: Op<"appendTableRows"> | Op<"replaceTableRows">): Promise<void> {
  const t = tableOf(env, op.sheet, op.table);
  if (t.totalsRow) throw new WorkbookError(`table ${op.table} on "${op.sheet}" has a totals row; remove it (Table Design > Total Row) and try again`);
  const replace = op.kind === "replaceTableRows";
  const rows = op.rows.length || !replace ? op.rows : [t.columns.map((): PlanCell => null)];
  if (!rows.length) return;
  // Appending fills a register's blank placeholder row instead of leaving a gap under it.
  const first = replace ? t.rect.top + 1 : t.lastRowBlank && t.rect.bottom > t.rect.top ? t.rect.bottom : t.rect.bottom + 1;
  const bottom = first + rows.length - 1;
  assertFreeBelow(t, bottom, replace ? "replace the rows of" : "append rows to");
  if (replace) {
    await env.batch.reserve(1);
    env.table(t.name).getDataBodyRange().clear("Contents");
    await shrinkTo(env, t, bottom);
  }
  const width = t.columns.length;
  const block = {
    sheet: t.sheet,
    left: t.rect.left,
    width,
    format: (j: number) => (t.formats[j] === null ? undefined : t.formats[j]),
    formula: (j: number) => t.formulas[j] ?? null,
  };
  const oldBottom = t.rect.bottom;
  if (bottom > oldBottom && env.features.api113) {
    await env.batch.reserve(2);
    const ws = env.worksheet(t.sheet);
    env.table(t.name).resize(ws.getRange(rectAddress({ ...t.rect, bottom })));
    t.rect = { ...t.rect, bottom };
    await writeBlock(env, { ...block, top: first, rows });
  } else {
    const inside = Math.max(0, Math.min(rows.length, oldBottom - first + 1));
    if (inside) await writeBlock(env, { ...block, top: first, rows: rows.slice(0, inside) });
    if (inside < rows.length) {
      await writeBlock(env, { ...block, top: first + inside, rows: rows.slice(inside), appendTo: env.table(t.name) });
      t.rect = { ...t.rect, bottom };
    }
  }
  t.lastRowBlank = isBlankRow(rows[rows.length - 1]!, t.formulas);
  if (bottom > oldBottom) await styleCalcColumns(env, t, oldBottom + 1, bottom);
}
