/**
 * The PivotTable and chart writer of the file host: adds, to the parts exceljs rendered, one
 * pivot cache definition and one pivot table part per pivotTable op, one chart part per chart op
 * and one drawing per sheet that has charts, with their relationships and content types. Loaded
 * by file-host.ts so that it is always registered.
 */
import { parseCell, type RangeRef } from "../../../domain/a1";
import { isDateFormat } from "../../../domain/dates";
import { registerPivotChartWriter, type ChartOp, type PackageParts, type PivotOp } from "../package-parts";
import { renderChart, seriesColour } from "./chart";
import { CONTENT_TYPE, NUMFMT_SHORT_DATE, REL_TYPE } from "./constants";
import { withOverrides, type Override } from "./content-types";
import { renderDrawing } from "./drawing";
import type { ChartAnchorModel, ChartModel, DrawingModel, PivotModel, Relationship } from "./model";
import { nextPartNumber, sheetParts, tableColumnsByName } from "./package-reader";
import { renderPivotCacheDefinition } from "./pivot-cache-definition";
import { renderPivotTable } from "./pivot-table";
import { freshRelIds, parseRelationships, relativeTarget, relsPathOf, withRelationships } from "./rels";
import { usedCacheIds, withPivotCaches } from "./workbook-part";
import { withDrawing } from "./worksheet-part";
import { serializePart } from "./xml";

const WORKBOOK = "xl/workbook.xml";

/** Collects the relationships to add per source part, so each rels part is written once. */
class RelationshipBook {
  private readonly added = new Map<string, Relationship[]>();
  constructor(private readonly pkg: PackageParts) {}

  add(from: string, type: string, to: string): string {
    const existing = parseRelationships(this.pkg.text(relsPathOf(from)));
    const mine = this.added.get(from) ?? [];
    const [id] = freshRelIds([...existing, ...mine.map((r) => ({ Id: r.id }))], 1);
    mine.push({ id: id!, type, target: relativeTarget(from, to) });
    this.added.set(from, mine);
    return id!;
  }

  write(): void {
    for (const [from, rels] of this.added) {
      const path = relsPathOf(from);
      this.pkg.set(path, withRelationships(this.pkg.text(path), rels));
    }
  }
}

function fieldIndex(columns: readonly string[], field: string, op: PivotOp): number {
  const i = columns.findIndex((c) => c.toLowerCase() === field.toLowerCase());
  if (i < 0) throw new Error(`PivotTable ${op.name}: table ${op.sourceTable} has no column "${field}"`);
  return i;
}

/** Assigns part names and ids to a pivot op; its source table's columns become the cache fields. */
export function preparePivot(op: PivotOp, columns: readonly string[], ids: { cacheId: number; cachePart: string; tablePart: string }): PivotModel {
  const { row, col } = parseCell(op.anchor);
  const location: RangeRef = { top: row, left: col, bottom: row, right: col };
  return {
    name: op.name,
    ...ids,
    sourceTable: op.sourceTable,
    fields: columns,
    rowFields: op.rows.map((f) => fieldIndex(columns, f.field, op)),
    colFields: op.columns.map((f) => fieldIndex(columns, f.field, op)),
    dataFields: op.values.map((v) => ({
      field: fieldIndex(columns, v.field, op),
      subtotal: v.fn,
      name: v.name,
      ...(v.numberFormat && isDateFormat(v.numberFormat) ? { numFmtId: NUMFMT_SHORT_DATE } : {}),
    })),
    location,
  };
}

export function prepareChart(op: ChartOp, part: string): ChartModel {
  return {
    part,
    name: op.name,
    type: op.type,
    title: op.title,
    categories: op.categories,
    series: op.series.map((s, i) => ({ name: s.name, values: s.values, colour: seriesColour(s.name, i) })),
    ...(op.xTitle ? { xTitle: op.xTitle } : {}),
    ...(op.yTitle ? { yTitle: op.yTitle } : {}),
    yDates: !!op.yDates,
  };
}

/** The anchor covers the `from` cell through the `to` cell inclusive. */
export function prepareAnchor(op: ChartOp, shapeId: number, chartRelId: string): ChartAnchorModel {
  const from = parseCell(op.from);
  const to = parseCell(op.to);
  return { shapeId, name: op.name, chartRelId, from: { row: from.row, col: from.col }, to: { row: to.row + 1, col: to.col + 1 } };
}

function sheetPart(sheets: ReadonlyMap<string, string>, sheet: string): string {
  const part = sheets.get(sheet.toLowerCase());
  if (!part) throw new Error(`sheet "${sheet}" is not in the workbook`);
  return part;
}

export function writePivotsAndCharts(pkg: PackageParts, pivots: readonly PivotOp[], charts: readonly ChartOp[]): void {
  const sheets = sheetParts(pkg);
  const tables = tableColumnsByName(pkg);
  const rels = new RelationshipBook(pkg);
  const overrides: Override[] = [];
  let workbookXml = pkg.text(WORKBOOK) ?? "";

  // ---- pivots
  const caches: { cacheId: number; relId: string }[] = [];
  let cacheId = Math.max(0, ...usedCacheIds(workbookXml)) + 1;
  let cacheN = nextPartNumber(pkg, "xl/pivotCache/pivotCacheDefinition");
  let tableN = nextPartNumber(pkg, "xl/pivotTables/pivotTable");
  for (const op of pivots) {
    const columns = tables.get(op.sourceTable.toLowerCase());
    if (!columns) throw new Error(`PivotTable ${op.name}: source table ${op.sourceTable} is not in the workbook`);
    const model = preparePivot(op, columns, { cacheId: cacheId++, cachePart: `xl/pivotCache/pivotCacheDefinition${cacheN++}.xml`, tablePart: `xl/pivotTables/pivotTable${tableN++}.xml` });
    pkg.set(model.cachePart, serializePart(renderPivotCacheDefinition(model)));
    pkg.set(model.tablePart, serializePart(renderPivotTable(model)));
    caches.push({ cacheId: model.cacheId, relId: rels.add(WORKBOOK, REL_TYPE.pivotCacheDefinition, model.cachePart) });
    rels.add(model.tablePart, REL_TYPE.pivotCacheDefinition, model.cachePart);
    rels.add(sheetPart(sheets, op.sheet), REL_TYPE.pivotTable, model.tablePart);
    overrides.push({ part: model.cachePart, contentType: CONTENT_TYPE.pivotCacheDefinition }, { part: model.tablePart, contentType: CONTENT_TYPE.pivotTable });
  }
  workbookXml = withPivotCaches(workbookXml, caches);
  pkg.set(WORKBOOK, workbookXml);

  // ---- charts: one drawing per sheet
  let chartN = nextPartNumber(pkg, "xl/charts/chart");
  let drawingN = nextPartNumber(pkg, "xl/drawings/drawing");
  const bySheet = new Map<string, ChartOp[]>();
  for (const c of charts) bySheet.set(c.sheet, [...(bySheet.get(c.sheet) ?? []), c]);
  for (const [sheet, ops] of bySheet) {
    const part = sheetPart(sheets, sheet);
    const drawing = `xl/drawings/drawing${drawingN++}.xml`;
    const anchors: ChartAnchorModel[] = [];
    for (const [i, op] of ops.entries()) {
      const model = prepareChart(op, `xl/charts/chart${chartN++}.xml`);
      pkg.set(model.part, serializePart(renderChart(model)));
      overrides.push({ part: model.part, contentType: CONTENT_TYPE.chart });
      anchors.push(prepareAnchor(op, i + 2, rels.add(drawing, REL_TYPE.chart, model.part)));
    }
    const dm: DrawingModel = { part: drawing, anchors };
    pkg.set(drawing, serializePart(renderDrawing(dm)));
    overrides.push({ part: drawing, contentType: CONTENT_TYPE.drawing });
    const relId = rels.add(part, REL_TYPE.drawing, drawing);
    pkg.set(part, withDrawing(pkg.text(part)!, relId));
  }

  rels.write();
  pkg.set("[Content_Types].xml", withOverrides(pkg.text("[Content_Types].xml")!, overrides));
}

registerPivotChartWriter(writePivotsAndCharts);
