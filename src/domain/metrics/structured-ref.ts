/**
 * Formula text pieces: structured references to register columns and quoted literals. Columns are
 * always written in the bracketed form tbl[[Column]], which is valid for every header, and the
 * characters that structured references reserve ([ ] # ') are escaped with an apostrophe.
 */
import { column, register } from "../registers/catalogue";
import type { RegisterKey } from "../registers/types";

export function escapeColumn(header: string): string {
  return header.replace(/(['#[\]])/g, "'$1");
}

export function tableColumn(table: string, header: string): string {
  return `${table}[[${escapeColumn(header)}]]`;
}

export function tableColumns(table: string, first: string, last: string): string {
  return `${table}[[${escapeColumn(first)}]:[${escapeColumn(last)}]]`;
}

/** Reference to a catalogue register's column by key, e.g. ref("milestones", "status") → tblMilestones[[Status]]. */
export function ref(reg: RegisterKey, key: string): string {
  const def = register(reg);
  return tableColumn(def.table, column(def, key).header);
}

/** A text literal for a formula. */
export function str(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** A range/criterion pair list flattened into COUNTIFS/SUMIFS arguments. */
export type Criteria = readonly (readonly [string, string])[];

export function args(criteria: Criteria): string {
  return criteria.map(([range, crit]) => `${range},${crit}`).join(",");
}
