/** A cell's value as read from a workbook. Errors (#N/A, #REF!, …) are kept apart from text. */
export type CellValue = string | number | boolean | null | CellError;
export interface CellError {
  readonly error: string;
}

export function isCellError(v: unknown): v is CellError {
  return typeof v === "object" && v !== null && "error" in v;
}

/** True for null, "" and whitespace-only text. */
export function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/**
 * Runs of white space made one space. The text itself when it has none to change: V8 rebuilds a
 * replaced string as a chain of its pieces, several times its length in memory, and a register's
 * value that is the source cell's own string costs nothing more.
 */
export function collapseSpaces(s: string): string {
  return /\s\s|[^\S ]/.test(s) ? s.replace(/\s+/g, " ") : s;
}

/** Display text of a value, for messages and matching. */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (isCellError(v)) return v.error;
  return String(v).trim();
}

/**
 * A rectangular block of a sheet: the used range's values with their formats. The snapshot's
 * sheets are grids; detection and coercion work on grids without knowing about hosts.
 */
export interface Grid {
  readonly name: string;
  /** 0-based row and column of values[0][0]. */
  readonly originRow: number;
  readonly originCol: number;
  readonly values: readonly (readonly CellValue[])[];
  readonly formulas?: readonly (readonly (string | null)[])[];
  readonly numberFormats?: readonly (readonly (string | null)[])[];
  /** Merged ranges in A1 form. */
  readonly merges: readonly string[];
}
