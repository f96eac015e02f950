/**
 * The fake workbook itself: plain data that the API proxies change when a batch is synced, and
 * that tests inspect directly (cells, tables, validations, names, pivots, charts, layout).
 */
import type { RangeRef } from "../../src/domain/a1";
import { fail } from "./errors";
import { Grid } from "./grid";
import { intersects } from "./addresses";

export interface TableState {
  readonly id: number;
  name: string;
  readonly sheetId: number;
  rect: RangeRef;
  style: string;
  readonly showTotals: boolean;
}

export type ValidationRuleState = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

export interface ValidationState {
  rect: RangeRef;
  rule: ValidationRuleState;
  errorAlert?: Readonly<Record<string, unknown>>;
  prompt?: Readonly<Record<string, unknown>>;
  ignoreBlanks: boolean;
}

export interface ConditionalFormatState {
  readonly id: string;
  readonly rect: RangeRef;
  readonly type: "CellValue" | "Custom";
  rule: Readonly<Record<string, unknown>> | null;
  readonly format: { fill?: string; fontColor?: string; bold?: boolean };
}

export interface ChartSeriesState {
  name: string;
  values: string | null;
  xValues: string | null;
}

export interface ChartState {
  readonly id: number;
  name: string;
  type: string;
  title: string;
  from: string | null;
  to: string | null;
  series: ChartSeriesState[];
  categoryTitle: string;
  valueTitle: string;
  valueNumberFormat: string;
}

export interface PivotState {
  readonly id: number;
  readonly name: string;
  readonly sourceTableId: number;
  readonly anchor: RangeRef;
  readonly rows: string[];
  readonly columns: string[];
  readonly values: { field: string; name: string; summarizeBy: string; numberFormat: string }[];
}

export interface StyleRecord {
  readonly rect: RangeRef;
  readonly property: string;
  readonly value: unknown;
}

export class SheetState {
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  tabColor = "";
  readonly grid = new Grid();
  merges: RangeRef[] = [];
  validations: ValidationState[] = [];
  conditionalFormats: ConditionalFormatState[] = [];
  charts: ChartState[] = [];
  pivots: PivotState[] = [];
  freeze = { rows: 0, cols: 0 };
  pageLayout: Record<string, unknown> = {};
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly hyperlinks = new Map<string, Readonly<Record<string, string>>>();
  styles: StyleRecord[] = [];

  constructor(
    readonly id: number,
    public name: string,
  ) {}
}

export interface NameState {
  readonly name: string;
  /** With its leading "=", as NamedItem.formula returns it. */
  readonly formula: string;
  readonly comment: string;
  readonly visible: boolean;
}

export interface WorkbookOptions {
  readonly date1904?: boolean;
  /** Sheets the workbook starts with (Excel always has one; the default here is none, like a new file host). */
  readonly sheets?: readonly string[];
}

export class WorkbookState {
  readonly sheets: SheetState[] = [];
  readonly tables: TableState[] = [];
  names: NameState[] = [];
  readonly date1904: boolean;
  activeSheetId: number | null = null;
  selection: { sheetId: number; rect: RangeRef } | null = null;
  private lastId = 0;

  constructor(options: WorkbookOptions = {}) {
    this.date1904 = !!options.date1904;
    for (const s of options.sheets ?? []) this.addSheet(s);
  }

  newId(): number {
    return ++this.lastId;
  }

  sheetByName(name: string): SheetState | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  sheetById(id: number): SheetState {
    const s = this.sheets.find((x) => x.id === id);
    if (!s) fail("ItemNotFound", `the worksheet was deleted`);
    return s;
  }

  addSheet(name: string): SheetState {
    if (!name || name.length > 31 || /[\\/?*[\]:]/.test(name) || name.startsWith("'") || name.endsWith("'")) fail("InvalidArgument", `"${name}" is not a valid sheet name`);
    if (this.sheetByName(name)) fail("ItemAlreadyExists", `a sheet named "${name}" already exists`);
    const sheet = new SheetState(this.newId(), name);
    this.sheets.push(sheet);
    if (this.activeSheetId === null) this.activeSheetId = sheet.id;
    return sheet;
  }

  tableByName(name: string): TableState | undefined {
    const lower = name.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === lower);
  }

  tableById(id: number): TableState {
    const t = this.tables.find((x) => x.id === id);
    if (!t) fail("ItemNotFound", `the table was deleted`);
    return t;
  }

  tablesOn(sheetId: number): TableState[] {
    return this.tables.filter((t) => t.sheetId === sheetId);
  }

  /** The table whose range holds the cell, if any. */
  tableAt(sheetId: number, row: number, col: number): TableState | undefined {
    return this.tables.find((t) => t.sheetId === sheetId && row >= t.rect.top && row <= t.rect.bottom && col >= t.rect.left && col <= t.rect.right);
  }

  tablesOverlapping(sheetId: number, rect: RangeRef, except?: number): TableState[] {
    return this.tables.filter((t) => t.sheetId === sheetId && t.id !== except && intersects(t.rect, rect));
  }

  removeTable(id: number): void {
    const i = this.tables.findIndex((t) => t.id === id);
    if (i >= 0) this.tables.splice(i, 1);
  }

  /** Column names of a table: the text of its header cells. */
  columnsOf(t: TableState): string[] {
    const sheet = this.sheetById(t.sheetId);
    const out: string[] = [];
    for (let c = t.rect.left; c <= t.rect.right; c++) {
      const v = sheet.grid.get(t.rect.top, c).value;
      out.push(v === null ? "" : typeof v === "object" ? v.error : String(v));
    }
    return out;
  }

  nameByName(name: string): NameState | undefined {
    const lower = name.toLowerCase();
    return this.names.find((n) => n.name.toLowerCase() === lower);
  }
}
