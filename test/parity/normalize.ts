/**
 * Both hosts' results in one comparable shape. The few normalisations are the places where the
 * two are equal for Excel but spelled differently:
 *  - a calculated column's "[@Col]" (what Office.js writes and reads) is the file format's
 *    "tbl[[#This Row],[Col]]";
 *  - "mm-dd-yy" is how exceljs names built-in number format 14, the date format Excel gives a
 *    date typed into a General cell, which Office.js reports as "m/d/yyyy";
 *  - an empty string written to a cell: the file keeps an empty text cell, Excel's typed entry
 *    of "" clears the cell. Both are blank to every operation (domain/cell isBlank).
 */
import { a1, parseRange } from "../../src/domain/a1";
import type { CellValue, WorkbookSnapshot } from "../../src/plan/snapshot";
import type { WorkbookState } from "../office-fake/state";
import type { FileSheetParts } from "./file-parts";

export function normalizeFormula(f: string): string {
  return f.replace(/[A-Za-z_\\][\w.\\]*\[\[#This Row\],\[((?:'.|[^\]])+)\]\]/g, "[@[$1]]").replace(/\[@([^[\]]+)\]/g, "[@[$1]]");
}

export function normalizeFormat(n: string | null): string | null {
  return n === "mm-dd-yy" ? "m/d/yyyy" : n;
}

export interface NormalCell {
  readonly v: CellValue;
  readonly f: string | null;
  readonly n: string | null;
}

export interface NormalWorkbook {
  readonly date1904: boolean;
  readonly names: readonly string[];
  readonly sheets: Readonly<Record<string, { visibility: string; merges: string[]; tables: string[]; cells: Record<string, NormalCell> }>>;
}

/** Cells that hold a value or a formula, with their formats; tables as "name ref: headers". */
export function normalizeSnapshot(s: WorkbookSnapshot): NormalWorkbook {
  const sheets: Record<string, NormalWorkbook["sheets"][string]> = {};
  for (const sh of s.sheets) {
    const cells: Record<string, NormalCell> = {};
    const height = Math.max(sh.values.length, sh.formulas?.length ?? 0);
    for (let i = 0; i < height; i++) {
      const width = Math.max(sh.values[i]?.length ?? 0, sh.formulas?.[i]?.length ?? 0);
      for (let j = 0; j < width; j++) {
        const v = sh.values[i]?.[j] ?? null;
        const f = sh.formulas?.[i]?.[j] ?? null;
        if ((v === null || v === "") && f === null) continue;
        cells[a1(sh.originRow + i, sh.originCol + j)] = { v, f: f && normalizeFormula(f), n: normalizeFormat(sh.numberFormats?.[i]?.[j] ?? null) };
      }
    }
    sheets[sh.name] = {
      visibility: sh.visibility,
      merges: [...sh.merges].sort(),
      tables: sh.tables.map((t) => `${t.name} ${t.ref}${t.totalsRow ? " +totals" : ""}: ${t.columns.join(" | ")}`).sort(),
      cells,
    };
  }
  return { date1904: s.date1904, names: s.names.map((n) => `${n.name} = ${n.ref}`).sort(), sheets };
}

function eachCell(sqref: string, fn: (cell: string) => void): void {
  for (const part of sqref.split(/\s+/).filter(Boolean)) {
    const r = parseRange(part);
    for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) fn(a1(row, col));
  }
}

type PerCell = Record<string, Record<string, string>>;

function add(out: PerCell, sheet: string, sqref: string, key: string, join: boolean): void {
  const m = (out[sheet] ??= {});
  eachCell(sqref, (c) => {
    m[c] = join && m[c] ? [m[c], key].sort().join(" & ") : key;
  });
}

/** "list:List_X", "whole:1..5", "decimal:0..1", "date" per validated cell. */
export function fileValidations(parts: Map<string, FileSheetParts>): PerCell {
  const out: PerCell = {};
  for (const [sheet, p] of parts) {
    for (const v of p.validations) {
      const key = v.type === "list" ? `list:${v.formula1}` : v.type === "date" ? "date" : `${v.type}:${v.formula1}..${v.formula2}`;
      add(out, sheet, v.sqref, key, false);
    }
  }
  return out;
}

export function fakeValidations(state: WorkbookState): PerCell {
  const out: PerCell = {};
  for (const s of state.sheets) {
    for (const v of s.validations) {
      const [kind, body] = Object.entries(v.rule)[0]!;
      const key = kind === "list" ? `list:${String(body.source).replace(/^=/, "")}` : kind === "date" ? "date" : `${kind === "wholeNumber" ? "whole" : kind}:${body.formula1}..${body.formula2}`;
      add(out, s.name, `${a1(v.rect.top, v.rect.left)}:${a1(v.rect.bottom, v.rect.right)}`, key, false);
    }
  }
  return out;
}

/** Colour rules per cell: "equals:\"Red\"" or "expr:ISNUMBER(…)", several joined with " & ". */
export function fileConditionalFormats(parts: Map<string, FileSheetParts>): PerCell {
  const out: PerCell = {};
  for (const [sheet, p] of parts) {
    for (const cf of p.conditionalFormats) add(out, sheet, cf.sqref, cf.type === "cellIs" ? `equals:${cf.formula}` : `expr:${cf.formula}`, true);
  }
  return out;
}

export function fakeConditionalFormats(state: WorkbookState): PerCell {
  const out: PerCell = {};
  for (const s of state.sheets) {
    for (const cf of s.conditionalFormats) {
      const key = cf.type === "CellValue" ? `equals:${String(cf.rule?.formula1).replace(/^=/, "")}` : `expr:${String(cf.rule?.formula).replace(/^=/, "")}`;
      add(out, s.name, `${a1(cf.rect.top, cf.rect.left)}:${a1(cf.rect.bottom, cf.rect.right)}`, key, true);
    }
  }
  return out;
}

/** Differences between two plain values, as "path: a ≠ b" lines (at most `limit`). */
export function differences(a: unknown, b: unknown, limit = 25, path = ""): string[] {
  const out: string[] = [];
  const walk = (x: unknown, y: unknown, p: string) => {
    if (out.length >= limit) return;
    if (typeof x === "object" && x !== null && typeof y === "object" && y !== null && !Array.isArray(x) && !Array.isArray(y)) {
      const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
      for (const k of keys) walk((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k], p ? `${p}.${k}` : k);
      return;
    }
    if (JSON.stringify(x) !== JSON.stringify(y)) out.push(`${p}: ${JSON.stringify(x)} ≠ ${JSON.stringify(y)}`);
  };
  walk(a, b, path);
  return out;
}
