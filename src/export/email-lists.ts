/**
 * How long the lists of the email forms get. An email is read on a phone or in a narrow reading
 * pane: past a screenful a list stops being read, so the email shows the first rows of each
 * list and says how many more the Status Report sheet (and the attached workbook) holds.
 */

/** Rows of a list shown in the email forms by default. */
export const EMAIL_MAX_ROWS = 10;

export interface Capped<T> {
  readonly shown: readonly T[];
  /** Rows left out. */
  readonly more: number;
}

export function capped<T>(rows: readonly T[], max: number): Capped<T> {
  return rows.length <= max ? { shown: rows, more: 0 } : { shown: rows.slice(0, max), more: rows.length - max };
}
