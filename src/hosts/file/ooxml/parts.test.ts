/**
 * Table-driven tests of the part writers: model → XML, compared as parsed XML (element order
 * included, since OOXML fixes it), plus the package edits that put the parts in place.
 */
import { XMLParser } from "fast-xml-parser";
import { renderChart, seriesColour } from "./chart";
import { withOverrides } from "./content-types";
import { renderDrawing } from "./drawing";
import { prefixFutureFunctions, prefixSheetFormulas } from "./future-functions";
import { preparePivot, prepareAnchor } from "./index";
import type { ChartModel, PivotModel } from "./model";
import { renderPivotCacheDefinition } from "./pivot-cache-definition";
import { renderPivotTable } from "./pivot-table";
import { freshRelIds, parseRelationships, relativeTarget, relsPathOf, withRelationships } from "./rels";
import { withPivotCaches } from "./workbook-part";
import { withDrawing } from "./worksheet-part";
import { el, serializeElement, serializePart, textEl, type XmlElement } from "./xml";

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", preserveOrder: true });
type Ordered = Record<string, unknown>[];
const parse = (xml: string) => parser.parse(xml) as Ordered;
/** Names of an element's children in document order. */
function childNames(xml: string, path: readonly string[]): string[] {
  let nodes = parse(xml).filter((n) => !("?xml" in n));
  for (const name of path) {
    const hit = nodes.find((n) => name in n);
    if (!hit) throw new Error(`no ${name} in ${path.join("/")}`);
    nodes = hit[name] as Ordered;
  }
  return nodes.map((n) => Object.keys(n).find((k) => k !== ":@")!).filter((k) => k !== "#text");
}

const RAID_COLUMNS = ["ID", "Project ID", "Type", "Title", "Severity"];
const pivotModel: PivotModel = preparePivot(
  { kind: "pivotTable", name: "pvt & <RAID>", sheet: "Pivots", anchor: "J3", sourceSheet: "RAID", sourceTable: "tblRAID", rows: [{ field: "Project ID" }], columns: [{ field: "severity" }], values: [{ field: "ID", fn: "count", name: "Count of ID" }] },
  RAID_COLUMNS,
  { cacheId: 7, cachePart: "xl/pivotCache/pivotCacheDefinition1.xml", tablePart: "xl/pivotTables/pivotTable1.xml" },
);

const line: ChartModel = {
  part: "xl/charts/chart1.xml",
  name: "c",
  type: "line",
  title: 'Trend "A" & B',
  categories: "'Trends'!$A$2:$A$9",
  series: [{ name: "Open Risks", values: "'Trends'!$B$2:$B$9", colour: "1F4E79" }],
  xTitle: "As Of",
  yDates: true,
};

describe("xml writer", () => {
  test.each([
    [el("a", { x: 'q"<&>' }), '<a x="q&quot;&lt;&amp;&gt;"/>'],
    [textEl("t", "1 < 2 & 3"), "<t>1 &lt; 2 &amp; 3</t>"],
    [el("a", { yes: true, no: false, skip: undefined }, [null, false, el("b")]), '<a yes="1" no="0"><b/></a>'],
  ] as [XmlElement, string][])("%# escapes and skips", (e, xml) => expect(serializeElement(e)).toBe(xml));
});

describe("pivot cache definition", () => {
  const xml = serializePart(renderPivotCacheDefinition(pivotModel));
  test("children in CT_PivotCacheDefinition order, one field per source column, refreshed on load", () => {
    expect(childNames(xml, ["pivotCacheDefinition"])).toEqual(["cacheSource", "cacheFields"]);
    expect(childNames(xml, ["pivotCacheDefinition", "cacheFields"])).toEqual(RAID_COLUMNS.map(() => "cacheField"));
    expect(xml).toContain('refreshOnLoad="1"');
    expect(xml).toContain('<worksheetSource name="tblRAID"/>');
  });
});

describe("pivot table", () => {
  const xml = serializePart(renderPivotTable(pivotModel));
  test("children in CT_pivotTableDefinition order", () => {
    expect(childNames(xml, ["pivotTableDefinition"])).toEqual(["location", "pivotFields", "rowFields", "colFields", "dataFields", "pivotTableStyleInfo"]);
  });
  test.each([
    ["row field", '<rowFields count="1"><field x="1"/></rowFields>'],
    ["column field, matched without regard to case", '<colFields count="1"><field x="4"/></colFields>'],
    ["count of ID", '<dataField name="Count of ID" fld="0" subtotal="count"'],
    ["escaped name", 'name="pvt &amp; &lt;RAID&gt;"'],
    ["location at the anchor", '<location ref="J3:K5"'],
    ["cache id", 'cacheId="7"'],
  ])("%s", (_what, fragment) => expect(xml).toContain(fragment));
  test("an unknown field is an error naming the pivot and the table", () => {
    expect(() => preparePivot({ kind: "pivotTable", name: "p", sheet: "S", anchor: "A1", sourceSheet: "R", sourceTable: "tblRAID", rows: [{ field: "Nope" }], columns: [], values: [] }, RAID_COLUMNS, { cacheId: 1, cachePart: "a", tablePart: "b" })).toThrow(/p: table tblRAID has no column "Nope"/);
  });
});

describe("chart", () => {
  test.each([
    ["line", line, "c:lineChart", ["c:grouping", "c:varyColors", "c:ser", "c:marker", "c:axId", "c:axId"]],
    ["stacked column", { ...line, type: "columnStacked", yDates: false, series: [{ name: "Red", values: "'T'!$B$2", colour: seriesColour("Red", 0) }] }, "c:barChart", ["c:barDir", "c:grouping", "c:varyColors", "c:ser", "c:gapWidth", "c:overlap", "c:axId", "c:axId"]],
  ] as [string, ChartModel, string, string[]][])("%s: children in schema order", (_n, model, group, children) => {
    const xml = serializePart(renderChart(model));
    expect(childNames(xml, ["c:chartSpace"])).toEqual(["c:roundedCorners", "c:chart"]);
    expect(childNames(xml, ["c:chartSpace", "c:chart"])).toEqual(["c:title", "c:autoTitleDeleted", "c:plotArea", "c:legend", "c:plotVisOnly", "c:dispBlanksAs"]);
    expect(childNames(xml, ["c:chartSpace", "c:chart", "c:plotArea"])).toEqual(["c:layout", group, "c:catAx", "c:valAx"]);
    expect(childNames(xml, ["c:chartSpace", "c:chart", "c:plotArea", group])).toEqual(children);
  });
  test("series refer to the ranges; titles are escaped; RAG series get RAG colours", () => {
    const xml = serializePart(renderChart(line));
    expect(xml).toContain("<c:f>'Trends'!$B$2:$B$9</c:f>");
    expect(xml).toContain("<a:t>Trend \"A\" &amp; B</a:t>");
    expect(seriesColour("amber", 3)).toBe("FFC000");
  });
});

describe("drawing", () => {
  test("a two-cell anchor per chart covering from…to inclusive", () => {
    const anchor = prepareAnchor({ kind: "chart", name: "c", sheet: "T", type: "line", title: "t", from: "B3", to: "D10", categories: "", series: [] }, 2, "rId1");
    expect(anchor.from).toEqual({ row: 2, col: 1 });
    expect(anchor.to).toEqual({ row: 10, col: 4 });
    const xml = serializePart(renderDrawing({ part: "xl/drawings/drawing1.xml", anchors: [anchor] }));
    expect(childNames(xml, ["xdr:wsDr", "xdr:twoCellAnchor"])).toEqual(["xdr:from", "xdr:to", "xdr:graphicFrame", "xdr:clientData"]);
    expect(xml).toContain('r:id="rId1"');
  });
});

describe("package edits", () => {
  test("relationships: fresh ids, targets relative to the source part, existing attributes kept", () => {
    const existing = '<Relationships><Relationship Id="rId1" Type="t" Target="https://x.example/?a=1&amp;b=2" TargetMode="External"/><Relationship Id="rId3" Type="t" Target="y"/></Relationships>';
    expect(freshRelIds(parseRelationships(existing), 2)).toEqual(["rId2", "rId4"]);
    const xml = withRelationships(existing, [{ id: "rId2", type: "T", target: "../charts/chart1.xml" }]);
    expect(xml).toContain('Target="https://x.example/?a=1&amp;b=2" TargetMode="External"');
    expect(xml).toContain('<Relationship Id="rId2" Type="T" Target="../charts/chart1.xml"/>');
    expect(relativeTarget("xl/drawings/drawing1.xml", "xl/charts/chart2.xml")).toBe("../charts/chart2.xml");
    expect(relativeTarget("xl/workbook.xml", "xl/pivotCache/pivotCacheDefinition1.xml")).toBe("pivotCache/pivotCacheDefinition1.xml");
    expect(relsPathOf("xl/worksheets/sheet3.xml")).toBe("xl/worksheets/_rels/sheet3.xml.rels");
  });
  test("content types: one override per new part", () => {
    const xml = withOverrides('<Types><Override PartName="/xl/a.xml" ContentType="x"/></Types>', [{ part: "xl/a.xml", contentType: "x" }, { part: "xl/charts/chart1.xml", contentType: "c" }]);
    expect(xml).toBe('<Types><Override PartName="/xl/a.xml" ContentType="x"/><Override PartName="/xl/charts/chart1.xml" ContentType="c"/></Types>');
  });
  test("workbook: pivotCaches after calcPr and before extLst", () => {
    const xml = withPivotCaches("<workbook><sheets/><calcPr/><extLst/></workbook>", [{ cacheId: 1, relId: "rId9" }]);
    expect(xml).toBe('<workbook><sheets/><calcPr/><pivotCaches><pivotCache cacheId="1" r:id="rId9"/></pivotCaches><extLst/></workbook>');
  });
  test("worksheet: drawing before tableParts, r namespace declared", () => {
    const xml = withDrawing("<worksheet><sheetData/><pageSetup/><tableParts count=\"1\"/></worksheet>", "rId2");
    expect(xml).toBe(`<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData/><pageSetup/><drawing r:id="rId2"/><tableParts count="1"/></worksheet>`);
  });
  test.each([
    ["MAXIFS(A1:A3,B1:B3,1)", "_xlfn.MAXIFS(A1:A3,B1:B3,1)"],
    ['IF(X=0,"MAXIFS(",MAXIFS(A:A,B:B,1))', 'IF(X=0,"MAXIFS(",_xlfn.MAXIFS(A:A,B:B,1))'],
    ["_xlfn.MAXIFS(A1,B1,1)", "_xlfn.MAXIFS(A1,B1,1)"],
    ["MYMAXIFS(A1)", "MYMAXIFS(A1)"],
  ])("future functions: %s", (f, expected) => expect(prefixFutureFunctions(f)).toBe(expected));
  test("future functions in a sheet's <f> elements, escaping kept", () => {
    expect(prefixSheetFormulas('<c><f>IF(A1&lt;2,MAXIFS(B1,C1,"x"),0)</f></c>')).toBe('<c><f>IF(A1&lt;2,_xlfn.MAXIFS(B1,C1,"x"),0)</f></c>');
  });
});
