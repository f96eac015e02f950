/**
 * A RACI register read once for all RACI rules: which rows are activities (a row with no codes
 * is a heading such as "Phase 1", or a legend, or the second line of a wrapped task), and the
 * parsed code of every person cell. A register with a Project ID column holds one matrix per
 * project; rules that compare activities compare them within their matrix.
 */
import { a1 } from "../../a1";
import { isBlank, type CellValue } from "../../cell";
import type { RowView } from "../../registers/records";
import type { RaciPersonColumn, RuleContext } from "../rule";
import { norm, rowCell, rowKey } from "../rows";
import { parseRaciValue, type RaciCell, type RaciCode } from "./codes";

export interface RaciEntry {
  readonly person: RaciPersonColumn;
  /** A1 address of the person's cell on this row. */
  readonly cell: string;
  readonly raw: CellValue;
  readonly parsed: RaciCell;
}

export interface RaciActivity {
  readonly row: RowView;
  /** Activity text; "" when the name cell is blank. */
  readonly name: string;
  /** The activity name cell (the Activity column, else the first column). */
  readonly nameCell: string;
  readonly key: string;
  /** The matrix the activity belongs to: its Project ID (normalised), "" without one. */
  readonly matrix: string;
  /** The Project ID as written, for messages. */
  readonly matrixLabel: string;
  /** Non-blank person cells, in column order. */
  readonly entries: readonly RaciEntry[];
}

export interface RaciMatrix {
  readonly activities: readonly RaciActivity[];
}

/** Headers of the people holding `code` on an activity, in column order. */
export function holders(activity: RaciActivity, code: RaciCode): string[] {
  return activity.entries.filter((e) => e.parsed.codes.has(code)).map((e) => e.person.column.header.trim());
}

export function raciMatrix(ctx: RuleContext): RaciMatrix {
  return ctx.memo("raci/matrix", () => {
    const variant = ctx.settings.raciVariant;
    const activities: RaciActivity[] = [];
    for (const row of ctx.rows) {
      const entries: RaciEntry[] = [];
      let coded = false;
      for (const person of ctx.people) {
        const raw = row.dataRow.cells[person.index] ?? null;
        if (isBlank(raw)) continue;
        const parsed = parseRaciValue(raw, variant);
        if (parsed.valid && parsed.codes.size === 0) continue; // "-", "N/A": not involved
        if (parsed.codes.size) coded = true;
        entries.push({ person, cell: a1(row.row, person.column.col), raw, parsed });
      }
      const name = row.textOf("activity");
      // A row without a single code is no activity; one with only unreadable marks is, when it has a name.
      if (!entries.length || (!coded && !name)) continue;
      activities.push({
        row,
        name,
        nameCell: rowCell(row, "activity", "activityId"),
        key: rowKey(row, "activity"),
        matrix: norm(row.textOf("projectId") || (ctx.project ?? "")),
        matrixLabel: row.textOf("projectId") || (ctx.project ?? ""),
        entries,
      });
    }
    return { activities };
  });
}

/** Activities grouped by matrix, in first-seen order. */
export function byMatrix(activities: readonly RaciActivity[]): RaciActivity[][] {
  const groups = new Map<string, RaciActivity[]>();
  for (const a of activities) {
    const g = groups.get(a.matrix);
    if (g) g.push(a);
    else groups.set(a.matrix, [a]);
  }
  return [...groups.values()];
}
