/**
 * What the part writers render: plan operations resolved against the package (source table
 * columns, part names, relationship ids, cache ids). `prepare` functions build these; `render`
 * functions turn them into XML without looking anything up.
 */
import type { RangeRef } from "../../../domain/a1";

export type Subtotal = "count" | "sum" | "max" | "min" | "average";

export interface PivotModel {
  readonly name: string;
  /** Workbook-wide id shared by the workbook's pivotCache entry and the pivot table. */
  readonly cacheId: number;
  /** Part names without leading slash, e.g. "xl/pivotCache/pivotCacheDefinition1.xml". */
  readonly cachePart: string;
  readonly tablePart: string;
  /** Source: a table name, so a refresh picks up rows added since. */
  readonly sourceTable: string;
  /** Every column of the source table, in order: the cache has one field per column. */
  readonly fields: readonly string[];
  readonly rowFields: readonly number[];
  readonly colFields: readonly number[];
  readonly dataFields: readonly { readonly field: number; readonly subtotal: Subtotal; readonly name: string; readonly numFmtId?: number }[];
  /** Where the pivot starts (its first header cell); the size is what the refresh makes it. */
  readonly location: RangeRef;
}

export interface ChartSeriesModel {
  readonly name: string;
  readonly values: string;
  /** "RRGGBB" */
  readonly colour: string;
}

export interface ChartModel {
  readonly part: string;
  readonly name: string;
  readonly type: "line" | "column" | "columnStacked";
  readonly title: string;
  readonly categories: string;
  readonly series: readonly ChartSeriesModel[];
  readonly xTitle?: string;
  readonly yTitle?: string;
  readonly yDates: boolean;
}

export interface ChartAnchorModel {
  /** Drawing-unique shape id (1 is reserved for the drawing itself by convention). */
  readonly shapeId: number;
  readonly name: string;
  /** Relationship id of the chart in the drawing's rels. */
  readonly chartRelId: string;
  readonly from: { readonly row: number; readonly col: number };
  readonly to: { readonly row: number; readonly col: number };
}

export interface DrawingModel {
  readonly part: string;
  readonly anchors: readonly ChartAnchorModel[];
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}
