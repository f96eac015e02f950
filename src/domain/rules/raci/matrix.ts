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

/** A non-blank person cell of an activity. */
export class RaciEntry {
  constructor(
    readonly person: RaciPersonColumn,
    private readonly sheetRow: number,
    readonly raw: CellValue,
    readonly parsed: RaciCell,
  ) {}

  /** A1 address of the person's cell on this row (worked out for findings only). */
  get cell(): string {
    return a1(this.sheetRow, this.person.column.col);
  }
}

/** An activity row; its name cell and key are worked out only when a rule reports it. */
export class RaciActivity {
  constructor(
    readonly row: RowView,
    /** Activity text; "" when the name cell is blank. */
    readonly name: string,
    /** The matrix the activity belongs to: its Project ID (normalised), "" without one. */
    readonly matrix: string,
    /** The Project ID as written, for messages. */
    readonly matrixLabel: string,
    /** Non-blank person cells, in column order. */
    readonly entries: readonly RaciEntry[],
  ) {}

  /** The activity name cell (the Activity column, else the first column). */
  get nameCell(): string {
    return rowCell(this.row, "activity", "activityId");
  }

  get key(): string {
    return rowKey(this.row, "activity");
  }
}

export interface RaciMatrix {
  readonly activities: readonly RaciActivity[];
}

/** Headers of the people holding `code` on an activity, in column order. */
export function holders(activity: RaciActivity, code: RaciCode): string[] {
  const out: string[] = [];
  const entries = activity.entries;
  for (let n = 0; n < entries.length; n++) if (entries[n]!.parsed.codes.has(code)) out.push(entries[n]!.person.column.header.trim());
  return out;
}

/** How many people hold `code` on an activity. */
export function holderCount(activity: RaciActivity, code: RaciCode): number {
  let count = 0;
  const entries = activity.entries;
  for (let n = 0; n < entries.length; n++) if (entries[n]!.parsed.codes.has(code)) count++;
  return count;
}

export function raciMatrix(ctx: RuleContext): RaciMatrix {
  return ctx.memo("raci/matrix", () => {
    const variant = ctx.settings.raciVariant;
    // A matrix repeats a handful of marks ("R", "A/R", "C") thousands of times: each is parsed
    // once, and the rules only read the parsed cells.
    const parsedText = new Map<string, RaciCell>();
    const activities: RaciActivity[] = [];
    const people = ctx.people;
    const rows = ctx.rows;
    for (let n = 0; n < rows.length; n++) {
      const row = rows[n]!;
      const entries: RaciEntry[] = [];
      let coded = false;
      for (let k = 0; k < people.length; k++) {
        const person = people[k]!;
        const raw = row.dataRow.cells[person.index] ?? null;
        if (isBlank(raw)) continue;
        let parsed: RaciCell | undefined;
        if (typeof raw === "string") {
          parsed = parsedText.get(raw);
          if (!parsed) parsedText.set(raw, (parsed = parseRaciValue(raw, variant)));
        } else {
          parsed = parseRaciValue(raw, variant);
        }
        if (parsed.valid && parsed.codes.size === 0) continue; // "-", "N/A": not involved
        if (parsed.codes.size) coded = true;
        entries.push(new RaciEntry(person, row.row, raw, parsed));
      }
      if (!entries.length) continue;
      const name = row.textOf("activity");
      // A row without a single code is no activity; one with only unreadable marks is, when it has a name.
      if (!coded && !name) continue;
      const label = row.textOf("projectId") || (ctx.project ?? "");
      activities.push(new RaciActivity(row, name, norm(label), label, entries));
    }
    return { activities };
  });
}

/** Activities grouped by matrix, in first-seen order. */
export function byMatrix(activities: readonly RaciActivity[]): RaciActivity[][] {
  const groups = new Map<string, RaciActivity[]>();
  for (let n = 0; n < activities.length; n++) {
    const a = activities[n]!;
    const g = groups.get(a.matrix);
    if (g) g.push(a);
    else groups.set(a.matrix, [a]);
  }
  return [...groups.values()];
}
