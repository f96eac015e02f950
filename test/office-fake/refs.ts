/**
 * Structured references in formulas, checked as Excel checks them when a formula is entered:
 * "[@Col]" only inside a table's data rows and only for a column the table has, "tblX[Col]"
 * only for a table and column that exist. This is what makes a host that writes calculated
 * columns before the table exists, or with a header spelled differently, fail in the fake.
 */
import { fail } from "./errors";
import type { TableState, WorkbookState } from "./state";

/** Index of the "]" that closes the "[" at `open`, honouring the "'" escape. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'") {
      i++;
      continue;
    }
    if (ch === "[") depth++;
    if (ch === "]" && --depth === 0) return i;
  }
  return -1;
}

/** Column names inside a structured reference's brackets ("#This Row" and other specifiers left out). */
function columnsIn(content: string): string[] {
  const items = content.includes("[") ? [...content.matchAll(/\[((?:'.|[^\]])*)\]/g)].map((m) => m[1]!) : [content];
  return items
    .map((s) => s.replace(/^@/, "").replace(/'(.)/g, "$1"))
    .filter((s) => s !== "" && !s.startsWith("#"));
}

function checkColumns(state: WorkbookState, table: TableState, cols: readonly string[], formula: string): void {
  const have = new Set(state.columnsOf(table).map((c) => c.trim().toLowerCase()));
  for (const c of cols) {
    if (!have.has(c.trim().toLowerCase())) fail("InvalidArgument", `formula ${formula} refers to column "${c}" that table ${table.name} does not have`);
  }
}

/**
 * `passed` remembers formulas already found valid for a table during one write, so that a
 * calculated column of 100,000 rows is parsed once, not 100,000 times.
 */
export function checkStructuredRefs(state: WorkbookState, sheetId: number, row: number, col: number, formula: string, passed?: Set<string>): void {
  if (!formula.includes("[")) return;
  const own = state.tableAt(sheetId, row, col);
  const key = `${own && row > own.rect.top ? own.id : "-"}|${formula}`;
  if (passed?.has(key)) return;
  let inString = false;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i]!;
    if (ch === '"') inString = !inString;
    if (inString || ch !== "[") continue;
    const end = closing(formula, i);
    if (end < 0) fail("InvalidArgument", `formula ${formula} has an unclosed "["`);
    const content = formula.slice(i + 1, end);
    const name = /([A-Za-z_\\][A-Za-z0-9_.\\]*)$/.exec(formula.slice(0, i))?.[1];
    if (name) {
      const table = state.tableByName(name);
      if (!table) fail("InvalidArgument", `formula ${formula} refers to table ${name}, which does not exist`);
      checkColumns(state, table, columnsIn(content), formula);
    } else if (content.startsWith("@")) {
      const table = state.tableAt(sheetId, row, col);
      if (!table || row === table.rect.top) fail("InvalidArgument", `formula ${formula} uses [@…] outside a table's data rows`);
      checkColumns(state, table, columnsIn(content), formula);
    }
    i = end;
  }
  passed?.add(key);
}
