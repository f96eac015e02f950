import { DEFAULT_SETTINGS, settingsFromPairs, type Settings } from "../domain/settings";
import { SETTINGS_TABLE } from "../domain/registers/catalogue";
import { parseRange } from "../domain/a1";
import { serialToIso } from "../domain/dates";
import { findTable, type WorkbookSnapshot } from "../plan/snapshot";

/**
 * The settings kept in the workbook's Settings table, over the defaults, with `asOf` from the
 * command line (the CLI never reads the workbook's =TODAY()).
 */
export function settingsOf(wb: WorkbookSnapshot, asOf: string): Settings {
  const found = findTable(wb, SETTINGS_TABLE);
  const pairs: [string, unknown][] = [];
  if (found) {
    const r = parseRange(found.table.ref);
    const { sheet } = found;
    for (let row = r.top + 1; row <= r.bottom; row++) {
      const label = sheet.values[row - sheet.originRow]?.[r.left - sheet.originCol];
      let value: unknown = sheet.values[row - sheet.originRow]?.[r.left + 1 - sheet.originCol] ?? null;
      if (typeof label === "string" && label.trim().toLowerCase() === "as of" && typeof value === "number") value = serialToIso(value, wb.date1904);
      if (typeof label === "string") pairs.push([label, value]);
    }
  }
  return { ...settingsFromPairs(pairs, DEFAULT_SETTINGS), asOf };
}
