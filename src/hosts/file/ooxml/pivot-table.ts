/**
 * The pivot table part (xl/pivotTables/pivotTableN.xml): which cache fields go to rows, columns
 * and values. Axis fields list no items beyond the default subtotal item, because the cache has
 * none yet (see pivot-cache-definition.ts); the refresh on load fills them in.
 *
 * CT_pivotTableDefinition (sml.xsd), children in this order:
 *   <location/> <pivotFields/>? <rowFields/>? <rowItems/>? <colFields/>? <colItems/>?
 *   <pageFields/>? <dataFields/>? <formats/>? <conditionalFormats/>? <chartFormats/>?
 *   <pivotHierarchies/>? <pivotTableStyleInfo/>? <filters/>? <rowHierarchiesUsage/>?
 *   <colHierarchiesUsage/>? <extLst/>?
 *   @name, @cacheId and @dataCaption are required.
 * CT_Location: @ref @firstHeaderRow @firstDataRow @firstDataCol required.
 * CT_PivotField: <items/>? <autoSortScope/>? <extLst/>?; @axis (axisRow|axisCol|…), @dataField.
 * CT_DataField: <extLst/>?; @fld required, @subtotal (count|sum|max|min|average|…), @name, @numFmtId.
 */
import { rangeA1 } from "../../../domain/a1";
import { NS } from "./constants";
import type { PivotModel } from "./model";
import { el, type XmlElement } from "./xml";

const PIVOT_VERSION = 3;
const STYLE = "PivotStyleMedium9";

/** A placeholder area for the layout one row field, one column field and one value give; the refresh resizes it. */
function locationOf(m: PivotModel): XmlElement {
  const { top, left } = m.location;
  return el("location", { ref: rangeA1({ top, left, bottom: top + 2, right: left + 1 }), firstHeaderRow: 1, firstDataRow: 2, firstDataCol: 1 });
}

function pivotField(m: PivotModel, index: number): XmlElement {
  const axis = m.rowFields.includes(index) ? "axisRow" : m.colFields.includes(index) ? "axisCol" : undefined;
  const isData = m.dataFields.some((d) => d.field === index);
  return el("pivotField", { axis, dataField: isData || undefined, showAll: false }, [!!axis && el("items", { count: 1 }, [el("item", { t: "default" })])]);
}

const fieldList = (name: string, fields: readonly number[]) => fields.length > 0 && el(name, { count: fields.length }, fields.map((x) => el("field", { x })));

export function renderPivotTable(m: PivotModel): XmlElement {
  // With more than one value field, Excel lists the values as a column "field" with index -2.
  const colFields = m.dataFields.length > 1 ? [...m.colFields, -2] : m.colFields;
  return el(
    "pivotTableDefinition",
    {
      xmlns: NS.main,
      name: m.name,
      cacheId: m.cacheId,
      dataCaption: "Values",
      applyNumberFormats: false,
      applyBorderFormats: false,
      applyFontFormats: false,
      applyPatternFormats: false,
      applyAlignmentFormats: false,
      applyWidthHeightFormats: true,
      updatedVersion: PIVOT_VERSION,
      minRefreshableVersion: PIVOT_VERSION,
      createdVersion: PIVOT_VERSION,
      useAutoFormatting: true,
      itemPrintTitles: true,
      indent: 0,
      outline: true,
      outlineData: true,
    },
    [
      locationOf(m),
      el("pivotFields", { count: m.fields.length }, m.fields.map((_f, i) => pivotField(m, i))),
      fieldList("rowFields", m.rowFields),
      fieldList("colFields", colFields),
      el(
        "dataFields",
        { count: m.dataFields.length },
        m.dataFields.map((d) => el("dataField", { name: d.name, fld: d.field, subtotal: d.subtotal, baseField: 0, baseItem: 0, numFmtId: d.numFmtId })),
      ),
      el("pivotTableStyleInfo", { name: STYLE, showRowHeaders: true, showColHeaders: true, showRowStripes: false, showColStripes: false, showLastColumn: true }),
    ],
  );
}
