import { FINDINGS_SHEET, LISTS_SHEET, LISTS_TABLE, METRICS_SHEET, REGISTERS, REPORT_SHEET, SETTINGS_SHEET, SETTINGS_TABLE } from "../../domain/registers/catalogue";
import { PIVOTS_SHEET, TRENDS_SHEET } from "../../operations/metrics";
import type { WorkbookSnapshot } from "../../plan/snapshot";

const OWN_SHEETS = new Set([LISTS_SHEET, SETTINGS_SHEET, METRICS_SHEET, FINDINGS_SHEET, REPORT_SHEET, TRENDS_SHEET, PIVOTS_SHEET].map((s) => s.toLowerCase()));
const OWN_TABLES = new Set([...REGISTERS.map((r) => r.table), LISTS_TABLE, SETTINGS_TABLE].map((t) => t.toLowerCase()));

/** The sheets a user may convert: their own, with something on them (not registers, not the add-in's). */
export function convertSheets(wb: WorkbookSnapshot): string[] {
  return wb.sheets
    .filter((s) => s.visibility !== "veryHidden" && !OWN_SHEETS.has(s.name.toLowerCase()) && !s.tables.some((t) => OWN_TABLES.has(t.name.toLowerCase())))
    .filter((s) => s.values.some((r) => r.some((v) => v !== null && v !== "")))
    .map((s) => s.name);
}
