/**
 * Row helpers shared by the rules: which rows hold data, how a row is named in a finding, and
 * how people and ids are compared.
 */
import { a1 } from "../a1";
import { isBlank } from "../cell";
import { register } from "../registers/catalogue";
import type { RegisterData } from "../registers/data";
import { RegisterReader, RowView } from "../registers/records";

/**
 * Views of the rows that hold data. Calculated columns are ignored when deciding: a blank table
 * row still shows "On Track" in Schedule State, and it is not a milestone.
 */
export function dataRows(data: RegisterData): RowView[] {
  const def = register(data.register);
  const calc = new Set(def.columns.filter((c) => c.calc).map((c) => c.key));
  const considered = data.columns.map((c) => !(c.key !== null && calc.has(c.key)));
  const reader = new RegisterReader(data);
  const out: RowView[] = [];
  const rows = data.rows;
  for (let n = 0; n < rows.length; n++) {
    const r = rows[n]!;
    const cells = r.cells;
    for (let i = 0; i < cells.length; i++) {
      if (considered[i] && !isBlank(cells[i])) {
        out.push(new RowView(data, r, reader));
        break;
      }
    }
  }
  return out;
}

/** The finding key of a row: its id, else its name column, else "row N". */
export function rowKey(row: RowView, nameKey?: string): string {
  const def = register(row.data.register);
  const id = row.textOf(def.idKey);
  if (id) return id;
  const name = nameKey ? row.textOf(nameKey) : "";
  return name || `row ${row.row + 1}`;
}

/** A run of two white-space characters, or one that is not a plain space. */
const LOOSE_SPACE = /\s\s|[^\S ]/;

/** Comparison form of ids, names and activity texts: trimmed, inner spaces collapsed, any case. */
export function norm(text: string): string {
  const t = text.trim();
  // Most texts hold single plain spaces only: testing is cheaper than replacing.
  return (LOOSE_SPACE.test(t) ? t.replace(/\s+/g, " ") : t).toLowerCase();
}

/** The cell a finding about a row points at: the first of `keys` the register has, else the row's first cell. */
export function rowCell(row: RowView, ...keys: string[]): string {
  for (const k of keys) {
    const c = row.cell(k);
    if (c) return c;
  }
  return a1(row.row, row.data.columns[0]?.col ?? 0);
}

/**
 * Lists values for a message, capped so that a message stays one line. `total` is the full
 * count when the caller passes only the first few values.
 */
export function listOf(values: readonly string[], max = 6, total = values.length): string {
  if (total <= max) return values.join(", ");
  return `${values.slice(0, max).join(", ")} and ${total - max} more`;
}

/** A percentage (0–100) for a message: whole numbers as they are, others to two decimals. */
export function percentText(value: number): string {
  return `${Number.isInteger(value) ? value : Math.round(value * 100) / 100}%`;
}
