/**
 * WorkbookPlan: a declarative list of changes, produced by a pure operation and applied by a
 * host (Office.js or exceljs). Plans are plain data so that they can be snapshot-tested,
 * diffed and applied by either host with the same result.
 *
 * Addresses are A1 text on the named sheet. Formulas are written with their leading "=" in
 * the English (invariant) function names that both Office.js `formulas` and the file format use.
 */

/**
 * A cell to write. A plain string is always text, never a formula, even when it starts with
 * "=" (hosts must write it so); formulas are explicit. Dates are ISO and converted by the host
 * into the target workbook's date system.
 */
export type PlanCell =
  | string
  | number
  | boolean
  | null
  | { readonly f: string }
  | { readonly d: string }
  | { readonly link: string; readonly text: string };

export const isFormulaCell = (c: PlanCell): c is { f: string } => typeof c === "object" && c !== null && "f" in c;
export const isDateCell = (c: PlanCell): c is { d: string } => typeof c === "object" && c !== null && "d" in c;
export const isLinkCell = (c: PlanCell): c is { link: string; text: string } => typeof c === "object" && c !== null && "link" in c;

export interface CellStyle {
  readonly numberFormat?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontSize?: number;
  /** "#RRGGBB" */
  readonly fontColor?: string;
  /** "#RRGGBB" */
  readonly fill?: string;
  readonly wrap?: boolean;
  readonly hAlign?: "left" | "center" | "right";
  readonly vAlign?: "top" | "center" | "bottom";
  readonly border?: "thin" | "bottom" | "none";
}

export interface TableColumnPlan {
  readonly header: string;
  readonly numberFormat?: string;
  /** Width in characters. */
  readonly width?: number;
  /** Calculated-column formula for every row, with structured references, e.g. "=[@Probability]*[@Impact]". */
  readonly formula?: string;
  /** Shown visibly different (calc columns): hosts give the column a distinct header and body style. */
  readonly calc?: boolean;
}

export type ValidationRule =
  | { readonly type: "list"; readonly source: string }
  | { readonly type: "whole" | "decimal"; readonly min: number; readonly max: number }
  | { readonly type: "date" };

export type ConditionalRule =
  | { readonly type: "equals"; readonly text: string }
  | { readonly type: "expression"; readonly formula: string };

export interface PivotField {
  /** Source column header. */
  readonly field: string;
}
export interface PivotValue {
  readonly field: string;
  readonly fn: "count" | "sum" | "max" | "min" | "average";
  /** Caption of the data field, e.g. "Count of ID". */
  readonly name: string;
  readonly numberFormat?: string;
}

export interface ChartSeries {
  /** Series name (literal). */
  readonly name: string;
  /** Absolute reference to the series values, e.g. "'Metrics'!$C$2:$C$9". */
  readonly values: string;
}

export type PlanOp =
  | { readonly kind: "ensureSheet"; readonly sheet: string; readonly tabColor?: string; readonly position?: number }
  /** Clears contents, formats, merges and validations of a sheet the add-in generates (Metrics, Findings, Status Report). Never used on user sheets. */
  | { readonly kind: "clearSheet"; readonly sheet: string }
  | {
      readonly kind: "createTable";
      readonly sheet: string;
      readonly table: string;
      /** Top-left cell of the header row. */
      readonly anchor: string;
      readonly columns: readonly TableColumnPlan[];
      /** Data rows, one value per column; cells of formula columns are ignored (null). */
      readonly rows: readonly (readonly PlanCell[])[];
      readonly style?: string;
    }
  /** Adds columns at the right end of an existing table; existing rows get blanks (or the column's formula). */
  | { readonly kind: "addTableColumns"; readonly sheet: string; readonly table: string; readonly columns: readonly TableColumnPlan[] }
  /** Appends rows (in the table's column order after any addTableColumns of the same plan). */
  | { readonly kind: "appendTableRows"; readonly sheet: string; readonly table: string; readonly rows: readonly (readonly PlanCell[])[] }
  /** Replaces every data row of a table (history registers: a date's rows replaced). */
  | { readonly kind: "replaceTableRows"; readonly sheet: string; readonly table: string; readonly rows: readonly (readonly PlanCell[])[] }
  | { readonly kind: "writeRange"; readonly sheet: string; readonly anchor: string; readonly cells: readonly (readonly PlanCell[])[] }
  | { readonly kind: "format"; readonly sheet: string; readonly range: string; readonly style: CellStyle }
  | { readonly kind: "columnWidths"; readonly sheet: string; readonly startCol: number; readonly widths: readonly number[] }
  | { readonly kind: "rowHeight"; readonly sheet: string; readonly row: number; readonly height: number }
  | { readonly kind: "merge"; readonly sheet: string; readonly range: string }
  | { readonly kind: "dataValidation"; readonly sheet: string; readonly range: string; readonly rule: ValidationRule; readonly error?: string; readonly prompt?: string }
  | { readonly kind: "conditionalFormat"; readonly sheet: string; readonly range: string; readonly rule: ConditionalRule; readonly style: Pick<CellStyle, "fill" | "fontColor" | "bold"> }
  /** A workbook-scoped defined name; `ref` is formula text without "=", e.g. "'Settings'!$B$2". */
  | { readonly kind: "namedRange"; readonly name: string; readonly ref: string; readonly comment?: string }
  | { readonly kind: "freezePanes"; readonly sheet: string; readonly rows: number; readonly cols: number }
  | {
      readonly kind: "pivotTable";
      readonly name: string;
      readonly sheet: string;
      readonly anchor: string;
      readonly sourceSheet: string;
      readonly sourceTable: string;
      readonly rows: readonly PivotField[];
      readonly columns: readonly PivotField[];
      readonly values: readonly PivotValue[];
    }
  | {
      readonly kind: "chart";
      readonly name: string;
      readonly sheet: string;
      readonly type: "line" | "column" | "columnStacked";
      readonly title: string;
      /** Top-left and bottom-right cells the chart covers. */
      readonly from: string;
      readonly to: string;
      /** Absolute reference of the category (x) values. */
      readonly categories: string;
      readonly series: readonly ChartSeries[];
      readonly xTitle?: string;
      readonly yTitle?: string;
      /** Y values are dates (MTA): the axis shows dates. */
      readonly yDates?: boolean;
    }
  | {
      readonly kind: "pageSetup";
      readonly sheet: string;
      readonly orientation: "landscape" | "portrait";
      readonly paperSize: "A4" | "Letter";
      readonly fitToWidth: number;
      /** 0 = as many pages tall as needed. */
      readonly fitToHeight: number;
      readonly printArea?: string;
      /** Rows repeated on each page, e.g. "1:4". */
      readonly printTitleRows?: string;
      /** Header/footer in Excel's &-code syntax (&P page, &N pages, &D date). */
      readonly header?: string;
      readonly footer?: string;
    }
  | { readonly kind: "activate"; readonly sheet: string; readonly range?: string };

export type PlanOpKind = PlanOp["kind"];

export interface WorkbookPlan {
  readonly ops: readonly PlanOp[];
}

export const EMPTY_PLAN: WorkbookPlan = { ops: [] };

export function concatPlans(...plans: WorkbookPlan[]): WorkbookPlan {
  return { ops: plans.flatMap((p) => p.ops) };
}
