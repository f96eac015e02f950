/**
 * What an earlier build left on the Status Report sheet: whether the sheet is one the report
 * wrote (a sheet of that name that someone else made must never be cleared), which scope it
 * reported, and the commentary typed on it. Cells are found by their labels in column A, not by
 * address, so that rows the user inserted above them do not lose the text.
 */
import { cellText, isBlank, type CellValue, type Grid } from "../cell";
import { REPORT_TEXT } from "./messages";
import { EMPTY_COMMENTARY, type Commentary } from "./model";

export interface ExistingReportSheet {
  /** The sheet holds nothing at all. */
  readonly empty: boolean;
  /** The sheet was written by the report (its title and Project label are where the report puts them). */
  readonly ours: boolean;
  /** The scope id (Portfolio or a Project ID) it reported; null when not found. */
  readonly scopeId: string | null;
  readonly commentary: Commentary;
}

const TITLE_PREFIX = REPORT_TEXT.title("").trim();

function rowsOf(grid: Grid): { col0: string; rest: CellValue[] }[] {
  return grid.values.map((row) => {
    // Cells left of column A cannot exist; a grid that starts right of A has no labels.
    const at = (c: number) => (c - grid.originCol >= 0 ? (row[c - grid.originCol] ?? null) : null);
    const rest: CellValue[] = [];
    for (let c = Math.max(1, grid.originCol); c < grid.originCol + row.length; c++) rest.push(at(c));
    return { col0: cellText(at(0)), rest };
  });
}

/** The text of the first non-blank cell right of the label, with its line breaks. */
function valueRightOf(rest: readonly CellValue[]): string {
  const v = rest.find((c) => !isBlank(c));
  if (v === undefined || v === null) return "";
  return typeof v === "string" ? v.replace(/\r\n?/g, "\n").trim() : cellText(v);
}

export function readExistingReportSheet(grid: Grid | undefined): ExistingReportSheet {
  if (!grid || grid.values.every((r) => r.every((c) => isBlank(c)))) return { empty: true, ours: false, scopeId: null, commentary: EMPTY_COMMENTARY };
  const rows = rowsOf(grid);
  const find = (label: string) => rows.find((r) => r.col0.toLowerCase() === label.toLowerCase());
  const first = rows.find((r) => r.col0 !== "");
  const project = find(REPORT_TEXT.labels.project);
  const ours = !!first && first.col0.startsWith(TITLE_PREFIX) && !!project;
  return {
    empty: false,
    ours,
    scopeId: project ? valueRightOf(project.rest) || null : null,
    commentary: {
      accomplishments: valueRightOf(find(REPORT_TEXT.commentary.accomplishments)?.rest ?? []),
      nextSteps: valueRightOf(find(REPORT_TEXT.commentary.nextSteps)?.rest ?? []),
    },
  };
}

/** The commentary to keep: the one typed on a sheet that reported the same scope. */
export function commentaryToKeep(existing: ExistingReportSheet, scopeId: string): Commentary {
  if (!existing.ours || existing.scopeId === null || existing.scopeId.toLowerCase() !== scopeId.toLowerCase()) return EMPTY_COMMENTARY;
  return existing.commentary;
}
