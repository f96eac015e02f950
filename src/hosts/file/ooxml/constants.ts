/** Namespaces, relationship types and content types of the parts this writer adds (ECMA-376 Part 1). */

export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  packageRels: "http://schemas.openxmlformats.org/package/2006/relationships",
  chart: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  drawingMain: "http://schemas.openxmlformats.org/drawingml/2006/main",
  spreadsheetDrawing: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
} as const;

export const REL_TYPE = {
  pivotCacheDefinition: `${NS.rel}/pivotCacheDefinition`,
  pivotTable: `${NS.rel}/pivotTable`,
  drawing: `${NS.rel}/drawing`,
  chart: `${NS.rel}/chart`,
} as const;

export const CONTENT_TYPE = {
  pivotCacheDefinition: "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml",
  pivotTable: "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
} as const;

/** Built-in number format 14: the short date of the user's locale (no styles.xml entry needed). */
export const NUMFMT_SHORT_DATE = 14;

/** EMUs (English Metric Units) per point; DrawingML sizes are in EMUs. */
export const EMU_PER_PT = 12_700;
