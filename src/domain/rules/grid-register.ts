/**
 * RegisterData from a small grid (header row first), as a structured register table would give
 * it. Used by the RuleTester and by the test that runs the examples of docs/rules.md, so that a
 * rule case reads like the sheet it stands for.
 */
import { parseCell } from "../a1";
import type { CellValue } from "../cell";
import { cellText } from "../cell";
import { isFractionColumn } from "../ingest/coerce";
import { register } from "../registers/catalogue";
import type { DataColumn, DataRow, RegisterData } from "../registers/data";
import type { RegisterKey } from "../registers/types";

export interface GridRegisterOptions {
  /** Top-left cell of the header row. Default A1. */
  readonly anchor?: string;
  /** Default: the register's sheet name. */
  readonly sheet?: string;
  /** A structured register (catalogue table) or a detected layout. Default true. */
  readonly structured?: boolean;
  readonly date1904?: boolean;
  /** Number formats by header (e.g. "% Complete": "0%", "Baseline Date": "dd-mmm-yyyy"). */
  readonly formats?: Readonly<Record<string, string>>;
}

function norm(s: string): string {
  return s.trim().toLowerCase().replace(/\s+/g, " ");
}

/** Catalogue key of a header: the header itself, else the first column with that alias. */
export function keyOfHeader(key: RegisterKey, header: string): string | null {
  const def = register(key);
  const h = norm(header);
  if (!h) return null;
  const exact = def.columns.find((c) => norm(c.header) === h);
  if (exact) return exact.key;
  return def.columns.find((c) => c.aliases.some((a) => norm(a) === h))?.key ?? null;
}

export function registerFromRows(key: RegisterKey, grid: readonly (readonly CellValue[])[], options: GridRegisterOptions = {}): RegisterData {
  const def = register(key);
  const anchor = parseCell(options.anchor ?? "A1");
  const headers = (grid[0] ?? []).map((h) => cellText(h));
  const used = new Set<string>();
  const columns: DataColumn[] = headers.map((header, i) => {
    const k = keyOfHeader(key, header);
    // A second column with the same meaning stays unmapped, as conversion would leave it.
    const mapped = k !== null && !used.has(k) ? k : null;
    if (mapped) used.add(mapped);
    return { key: mapped, header, col: anchor.col + i };
  });
  const formats = columns.map((c) => options.formats?.[c.header] ?? null);
  const rows: DataRow[] = grid.slice(1).map((r, i) => ({
    row: anchor.row + 1 + i,
    cells: columns.map((_c, j) => r[j] ?? null),
    formats,
  }));
  const withFractions = columns.map((c, i) => {
    const type = def.columns.find((d) => d.key === c.key)?.type;
    if (type !== "percent") return c;
    return { ...c, fraction: isFractionColumn(rows.map((r) => r.cells[i] ?? null), rows.map(() => formats[i] ?? null)) };
  });
  const structured = options.structured ?? true;
  return {
    register: key,
    sheet: options.sheet ?? def.sheet,
    ...(structured ? { table: def.table } : {}),
    headerRow: anchor.row,
    columns: withFractions,
    rows,
    date1904: options.date1904 ?? false,
    structured,
  };
}
