/**
 * What the host knows of the workbook while it turns a plan into calls: the sheets, tables and
 * names found by the prepare syncs, updated op by op as the plan creates and grows them, so
 * that every address is computed without asking Excel again.
 */
import type { RangeRef } from "../../../domain/a1";

export interface TableModel {
  /** As Excel spells it. */
  readonly name: string;
  readonly sheet: string;
  rect: RangeRef;
  readonly totalsRow: boolean;
  columns: string[];
  /** Calculated-column formula per column ("=…"), null for plain columns. */
  formulas: (string | null)[];
  /** Number format per column that new rows take (null: General). */
  formats: (string | null)[];
  /** The last data row holds nothing but formulas (a new register's placeholder row): appending fills it. */
  lastRowBlank: boolean;
  /** First row below the table (read before the plan) that holds something, within the rows checked. */
  readonly usedBelow: number | null;
  /** First cell right of the table (read before the plan) that holds something, within the columns checked. */
  readonly usedRight: string | null;
}

export interface ExistingConditionalFormat {
  readonly id: string;
  readonly item: Excel.ConditionalFormat;
  readonly rect: RangeRef;
  /** Type and rule, compared with the rule a plan op would add. */
  readonly key: string;
}

export interface SheetModel {
  readonly name: string;
  /** The sheet was there before the plan and has not been cleared by it. */
  original: boolean;
  /** Charts and PivotTables on the sheet: lower-case name → name as Excel spells it. */
  readonly charts: Map<string, string>;
  readonly pivots: Map<string, string>;
  /** Tables on the sheet before the plan (deleted by clearSheet), keyed the same way. */
  readonly tables: Map<string, string>;
  readonly conditionalFormats: ExistingConditionalFormat[];
}

export class WorkbookModel {
  readonly sheets = new Map<string, SheetModel>();
  /** Sheet names in tab order. */
  readonly order: string[] = [];
  /** Tables the plan extends, and those it creates. */
  readonly tables = new Map<string, TableModel>();
  /** Lower-case names of every table, existing or created by the plan. */
  readonly tableNames = new Set<string>();
  readonly names = new Set<string>();
  /** First used cell of createTable target areas on sheets that existed ("sheet|A1:C9" → cell or null). */
  readonly usedAreas = new Map<string, string | null>();
  date1904 = false;

  sheet(name: string): SheetModel | undefined {
    return this.sheets.get(name.toLowerCase());
  }

  addSheet(name: string, original: boolean): SheetModel {
    const s: SheetModel = { name, original, charts: new Map(), pivots: new Map(), tables: new Map(), conditionalFormats: [] };
    this.sheets.set(name.toLowerCase(), s);
    this.order.push(name);
    return s;
  }

  table(name: string): TableModel | undefined {
    return this.tables.get(name.toLowerCase());
  }
}

export function areaKey(sheet: string, area: string): string {
  return `${sheet.toLowerCase()}|${area}`;
}
