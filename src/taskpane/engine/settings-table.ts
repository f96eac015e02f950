/**
 * The Settings table as the Settings tab shows it, and the plan that writes the user's changes
 * back: one writeRange per changed value cell, nothing else (the table, its names and formats
 * stay as structure made them).
 */
import { a1, parseRange } from "../../domain/a1";
import { cellText } from "../../domain/cell";
import { SETTINGS_TABLE } from "../../domain/registers/catalogue";
import { SETTING_DEFS, type SettingKey } from "../../domain/settings";
import { settingsOf } from "../../cli/settings-from-workbook";
import type { PlanOp, WorkbookPlan } from "../../plan/plan";
import { cellAt, findTable, type WorkbookSnapshot } from "../../plan/snapshot";
import type { LoadedSettings, SettingCell, SettingsDraft } from "../state/settings/actions";
import { parseSetting } from "../state/settings/selectors";
import { workbookAsOf } from "../../operations/metrics";

export function readSettingsTable(wb: WorkbookSnapshot): LoadedSettings {
  const own = workbookAsOf(wb);
  const fixed = !own.formula && own.iso ? own.iso : null;
  const values = { ...settingsOf(wb, fixed ?? "1900-01-01"), asOf: fixed };
  const found = findTable(wb, SETTINGS_TABLE);
  const cells: Partial<Record<SettingKey, SettingCell>> = {};
  if (found) {
    const r = parseRange(found.table.ref);
    for (let row = r.top + 1; row <= r.bottom; row++) {
      const label = cellText(cellAt(found.sheet, row, r.left)).trim().toLowerCase();
      const def = SETTING_DEFS.find((d) => d.label.toLowerCase() === label);
      if (def && !cells[def.key]) cells[def.key] = { sheet: found.sheet.name, cell: a1(row, r.left + 1) };
    }
  }
  return { values, asOf: fixed ? { mode: "fixed", iso: fixed } : { mode: "today" }, cells, hasTable: !!found };
}

/** The plan that writes the changed settings; the keys written. Invalid values are not written. */
export function settingsPlan(loaded: LoadedSettings, draft: SettingsDraft, changed: readonly SettingKey[]): { plan: WorkbookPlan; written: SettingKey[] } {
  const ops: PlanOp[] = [];
  const written: SettingKey[] = [];
  for (const key of changed) {
    const def = SETTING_DEFS.find((d) => d.key === key);
    const at = loaded.cells[key];
    if (!def || !at) continue;
    const parsed = parseSetting(def, draft[key]);
    if (!parsed.ok) continue;
    const cell = key === "asOf" ? (parsed.value === null ? { f: "=TODAY()" } : { d: String(parsed.value) }) : parsed.value;
    ops.push({ kind: "writeRange", sheet: at.sheet, anchor: at.cell, cells: [[cell]] });
    written.push(key);
  }
  return { plan: { ops }, written };
}
