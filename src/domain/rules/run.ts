/**
 * The validation engine: runs the rules over the registers of a workbook (structured tables and
 * layouts detected in people's own sheets alike) and turns their reports into findings that are
 * sorted (sheet, row, column, rule) and never duplicated.
 */
import { parseCell, type CellRef } from "../a1";
import type { Iso } from "../dates";
import type { Finding } from "../findings";
import type { RegisterData } from "../registers/data";
import type { RegisterKey } from "../registers/types";
import type { Settings } from "../settings";
import { RULES } from "./index";
import { formatMessage, reporter, type AnyRule, type RaciPersonColumn, type RuleContext, type RuleReport } from "./rule";
import { dataRows } from "./rows";

export interface RegisterInput {
  readonly data: RegisterData;
  /**
   * RACI person columns as absolute 0-based sheet columns (a detection's `raciPeople`). Default:
   * the columns after Activity that map to no catalogue column, as in a structured tblRACI.
   */
  readonly people?: readonly number[];
  /** The project a detected sheet is about (a "Project ID: P-01" line above it), for rows without a Project ID. */
  readonly project?: string;
}

export interface RunOptions {
  readonly registers: readonly RegisterInput[];
  readonly settings: Settings;
  readonly asOf: Iso;
  /** Default: every rule of the registry. */
  readonly rules?: readonly AnyRule[];
}

/** The person columns of a RACI register. */
export function raciPeople(data: RegisterData, people?: readonly number[]): RaciPersonColumn[] {
  if (data.register !== "raci") return [];
  if (people) {
    const wanted = new Set(people);
    return data.columns.flatMap((column, index) => (wanted.has(column.col) ? [{ index, column }] : []));
  }
  const anchor = data.columns.find((c) => c.key === "activity") ?? data.columns.find((c) => c.key === "activityId");
  const after = anchor ? anchor.col : -1;
  return data.columns.flatMap((column, index) => (column.key === null && column.col > after ? [{ index, column }] : []));
}

interface Placed {
  readonly f: Finding;
  readonly row: number;
  readonly col: number;
}

/**
 * Position of an A1 cell, as `parseCell` reads it. The plain upper-case addresses rules report
 * are read without a regex (sorting reads one per finding); anything else goes to `parseCell`.
 */
function position(cell: string): CellRef {
  let col = 0;
  let i = 0;
  for (; i < cell.length && i < 4; i++) {
    const c = cell.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  if (i === 0 || i > 3 || i === cell.length) return parseCell(cell);
  let row = 0;
  for (let j = i; j < cell.length; j++) {
    const c = cell.charCodeAt(j);
    if (c < 48 || c > 57) return parseCell(cell);
    row = row * 10 + (c - 48);
  }
  return { row: row - 1, col: col - 1 };
}

function place(f: Finding): Placed {
  const { row, col } = position(f.cell);
  return { f, row, col };
}

function comparePlaced(a: Placed, b: Placed): number {
  if (a.f.sheet !== b.f.sheet) return a.f.sheet < b.f.sheet ? -1 : 1;
  if (a.row !== b.row) return a.row - b.row;
  if (a.col !== b.col) return a.col - b.col;
  if (a.f.rule !== b.f.rule) return a.f.rule < b.f.rule ? -1 : 1;
  return a.f.message < b.f.message ? -1 : a.f.message > b.f.message ? 1 : 0;
}

/** The order of findings: sheet, row, column, rule (then message, so that the order is total). */
export function compareFindings(a: Finding, b: Finding): number {
  return comparePlaced(place(a), place(b));
}

/** Sorted (sheet, row, column, rule) and without duplicates: one finding per rule and cell. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  // Cells parsed once, not at every comparison.
  const sorted = findings.map(place).sort(comparePlaced);
  const out: Finding[] = [];
  let prev: Placed | null = null;
  for (let n = 0; n < sorted.length; n++) {
    const p = sorted[n]!;
    // Equal rule and cell sort next to each other (the message breaks ties last).
    if (prev && prev.f.rule === p.f.rule && prev.f.sheet === p.f.sheet && prev.row === p.row && prev.col === p.col) continue;
    out.push(p.f);
    prev = p;
  }
  return out;
}

/** The context of one register, shared by every rule run on it. */
export function registerContext(
  input: RegisterInput,
  workbook: ReadonlyMap<RegisterKey, readonly RegisterData[]>,
  settings: Settings,
  asOf: Iso,
  shared: Map<string, unknown>,
): RuleContext {
  const { data } = input;
  const memo = new Map<string, unknown>();
  let rows: ReturnType<typeof dataRows> | null = null;
  return {
    data,
    get rows() {
      rows ??= dataRows(data);
      return rows;
    },
    settings,
    asOf,
    people: raciPeople(data, input.people),
    project: input.project ?? null,
    workbook,
    memo<T>(key: string, build: () => T): T {
      if (!memo.has(key)) memo.set(key, build());
      return memo.get(key) as T;
    },
    shared<T>(key: string, build: () => T): T {
      if (!shared.has(key)) shared.set(key, build());
      return shared.get(key) as T;
    },
  };
}

/** Whether a rule reads this register. */
export function appliesTo(rule: AnyRule, data: RegisterData): boolean {
  return rule.meta.register === "any" || rule.meta.register === data.register;
}

/** A rule's report as a finding on the register's sheet. */
export function toFinding(rule: AnyRule, data: RegisterData, r: RuleReport): Finding {
  const template = rule.meta.messages[r.messageId];
  if (template === undefined) throw new Error(`rule ${rule.meta.id} reported unknown message id ${r.messageId}`);
  return {
    rule: rule.meta.id,
    severity: rule.meta.severity,
    register: data.register,
    sheet: data.sheet,
    cell: r.cell,
    row: position(r.cell).row + 1,
    key: r.key,
    message: formatMessage(template, r.data),
  };
}

/** Every finding of every register, sorted and de-duplicated. */
export function runRules(options: RunOptions): Finding[] {
  const rules = options.rules ?? RULES;
  const workbook = new Map<RegisterKey, RegisterData[]>();
  // Structured registers first: cross checks prefer the workbook's own Stakeholders and Projects.
  const ordered = [...options.registers].sort((a, b) => Number(b.data.structured) - Number(a.data.structured));
  for (const r of ordered) workbook.set(r.data.register, [...(workbook.get(r.data.register) ?? []), r.data]);
  const shared = new Map<string, unknown>();
  const all: Finding[] = [];
  for (const input of options.registers) {
    const ctx = registerContext(input, workbook, options.settings, options.asOf, shared);
    for (const rule of rules) {
      if (!appliesTo(rule, input.data)) continue;
      const reports = rule.check(ctx, reporter);
      for (let n = 0; n < reports.length; n++) all.push(toFinding(rule, input.data, reports[n]!));
    }
  }
  return sortFindings(all);
}
