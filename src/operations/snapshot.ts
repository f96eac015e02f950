/**
 * snapshot: snapshot → plan that stamps the portfolio's state with `asOf` (metrics.md): one row
 * per project in Status History (metrics and RAGs as values) and one row per milestone in
 * Milestone History. Taking it again for the same `asOf` replaces that date's rows and keeps the
 * Commentary typed on them; every other row stays as it was, so a second run changes nothing.
 */
import { colName as colLetter, parseRange } from "../domain/a1";
import { cellText, type CellValue } from "../domain/cell";
import { isIso, serialToIso, type Iso } from "../domain/dates";
import { METRIC_NAMES, register } from "../domain/registers/catalogue";
import type { RegisterKey } from "../domain/registers/types";
import { RAG_HEADERS, RAG_KEYS } from "../domain/metrics/definitions";
import { evaluateMetrics, type MetricsEvaluation } from "../domain/metrics/evaluate";
import { readMetricInputs } from "../domain/metrics/inputs";
import type { Settings } from "../domain/settings";
import type { PlanCell, PlanOp, WorkbookPlan } from "../plan/plan";
import { DATE_FORMAT } from "../plan/register-layout";
import { structuredRegisters } from "../plan/structured";
import { findTable, type SheetSnapshot, type TableSnapshot, type WorkbookSnapshot } from "../plan/snapshot";

export interface SnapshotSummary {
  readonly asOf: Iso;
  /** Rows written for this date. */
  readonly projects: number;
  readonly milestones: number;
  /** Rows of this date that were there before and are replaced. */
  readonly replaced: { readonly statusHistory: number; readonly milestoneHistory: number };
  /** Rows of other dates kept. */
  readonly kept: { readonly statusHistory: number; readonly milestoneHistory: number };
}

export type SnapshotResult =
  | { readonly ok: true; readonly plan: WorkbookPlan; readonly summary: SnapshotSummary; readonly evaluation: MetricsEvaluation }
  | { readonly ok: false; readonly missing: readonly string[] };

/** Registers a snapshot reads (Projects … Actions) or writes (the two histories). */
const NEEDED: readonly RegisterKey[] = ["projects", "milestones", "raid", "actions", "statusHistory", "milestoneHistory"];

interface TableRows {
  readonly sheet: SheetSnapshot;
  readonly table: TableSnapshot;
  readonly rows: PlanCell[][];
  /** As Of of each row, ISO, null when it is not a date. */
  readonly asOf: (Iso | null)[];
}

/** Existing rows of a history table as plan cells, dates kept as dates whatever the date system. */
function tableRows(wb: WorkbookSnapshot, key: RegisterKey): TableRows {
  const def = register(key);
  const { sheet, table } = findTable(wb, def.table)!;
  const r = parseRange(table.ref);
  const dateCols = table.columns.map((h) => def.columns.find((c) => c.header.toLowerCase() === h.toLowerCase())?.type === "date");
  const asOfCol = table.columns.findIndex((h) => h.toLowerCase() === "as of");
  const rows: PlanCell[][] = [];
  const asOf: (Iso | null)[] = [];
  for (let row = r.top + 1; row <= r.bottom - (table.totalsRow ? 1 : 0); row++) {
    const src = sheet.values[row - sheet.originRow] ?? [];
    const cells = table.columns.map((_h, i): CellValue => src[r.left + i - sheet.originCol] ?? null);
    if (cells.every((v) => v === null || cellText(v) === "")) continue; // the blank row a new register starts with
    rows.push(cells.map((v, i): PlanCell => (dateCols[i] && typeof v === "number" ? dateCell(serialToIso(v, wb.date1904)) : plain(v))));
    const a = asOfCol >= 0 ? cells[asOfCol] ?? null : null;
    asOf.push(typeof a === "number" ? serialToIso(a, wb.date1904) : typeof a === "string" && isIso(a) ? a : null);
  }
  return { sheet, table, rows, asOf };
}

const dateCell = (iso: Iso | null): PlanCell => (iso ? { d: iso } : null);
function plain(v: CellValue): PlanCell {
  if (v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  return v.error; // an error value is kept as its text rather than lost
}

/** Builds a row in the table's own column order from values by header; other columns stay blank. */
function byHeader(table: TableSnapshot, values: ReadonlyMap<string, PlanCell>): PlanCell[] {
  return table.columns.map((h) => values.get(h.toLowerCase()) ?? null);
}

/** Other dates' rows, then this date's new rows placed after every earlier date (history stays in date order). */
function merge(existing: TableRows, asOf: Iso, fresh: PlanCell[][]): { rows: PlanCell[][]; replaced: number; kept: number } {
  const keptRows: PlanCell[][] = [];
  let insertAt = 0;
  let replaced = 0;
  existing.rows.forEach((row, i) => {
    const d = existing.asOf[i] ?? null;
    if (d === asOf) {
      replaced++;
      return;
    }
    keptRows.push(row);
    if (d === null || d < asOf) insertAt = keptRows.length;
  });
  return { rows: [...keptRows.slice(0, insertAt), ...fresh, ...keptRows.slice(insertAt)], replaced, kept: keptRows.length };
}

export function snapshot(wb: WorkbookSnapshot, settings: Settings & { readonly asOf: Iso }): SnapshotResult {
  const missing = NEEDED.map((k) => register(k).table).filter((t) => !findTable(wb, t));
  if (missing.length) return { ok: false, missing };
  const asOf = settings.asOf;
  const registers = structuredRegisters(wb);
  const inputs = readMetricInputs(registers);
  const evaluation = evaluateMetrics(inputs, settings, asOf);

  const status = tableRows(wb, "statusHistory");
  const commentaryCol = status.table.columns.findIndex((h) => h.toLowerCase() === "commentary");
  const projectCol = status.table.columns.findIndex((h) => h.toLowerCase() === "project id");
  const commentary = new Map<string, PlanCell>();
  status.rows.forEach((row, i) => {
    if (status.asOf[i] === asOf && commentaryCol >= 0 && projectCol >= 0) commentary.set(cellText(row[projectCol] as CellValue).toLowerCase(), row[commentaryCol] ?? null);
  });
  const statusRows = evaluation.projects.map((p) => {
    const v = new Map<string, PlanCell>([
      ["as of", { d: asOf }],
      ["project id", p.projectId],
      ["commentary", commentary.get(p.projectId.toLowerCase()) ?? null],
    ]);
    for (const k of RAG_KEYS) v.set(RAG_HEADERS[k].toLowerCase(), p.rag[k]);
    for (const m of METRIC_NAMES) v.set(m.toLowerCase(), p.metrics[m]);
    return byHeader(status.table, v);
  });

  const milestones = tableRows(wb, "milestoneHistory");
  const msRows = inputs.milestones
    .filter((m) => m.idPresent)
    .map((m) =>
      byHeader(
        milestones.table,
        new Map<string, PlanCell>([
          ["as of", { d: asOf }],
          ["milestone id", m.id],
          ["project id", cellText(m.projectId) || null],
          ["baseline date", dateCell(m.baseline)],
          ["forecast date", dateCell(m.forecast)],
          ["actual date", dateCell(m.actual)],
          ["status", m.statusText || null],
        ]),
      ),
    );

  const s = merge(status, asOf, statusRows);
  const m = merge(milestones, asOf, msRows);
  const ops: PlanOp[] = [];
  for (const [t, rows] of [[status, s.rows], [milestones, m.rows]] as const) {
    ops.push({ kind: "replaceTableRows", sheet: t.sheet.name, table: t.table.name, rows });
    const r = parseRange(t.table.ref);
    const last = r.top + Math.max(1, rows.length);
    t.table.columns.forEach((h, i) => {
      const def = register(t === status ? "statusHistory" : "milestoneHistory").columns.find((c) => c.header.toLowerCase() === h.toLowerCase());
      if (def?.type === "date") ops.push({ kind: "format", sheet: t.sheet.name, range: `${colLetter(r.left + i)}${r.top + 2}:${colLetter(r.left + i)}${last + 1}`, style: { numberFormat: DATE_FORMAT } });
    });
  }
  return {
    ok: true,
    plan: { ops },
    evaluation,
    summary: {
      asOf,
      projects: statusRows.length,
      milestones: msRows.length,
      replaced: { statusHistory: s.replaced, milestoneHistory: m.replaced },
      kept: { statusHistory: s.kept, milestoneHistory: m.kept },
    },
  };
}

