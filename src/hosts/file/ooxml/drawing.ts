/**
 * The drawing part of a worksheet (xl/drawings/drawingN.xml): one two-cell anchor per chart,
 * so each chart moves and sizes with the cells it covers.
 *
 * CT_Drawing (dml-spreadsheetDrawing.xsd): EG_Anchor* (<twoCellAnchor/> | <oneCellAnchor/> | <absoluteAnchor/>)
 * CT_TwoCellAnchor: <from/> <to/> EG_ObjectChoices (<graphicFrame/> …) <clientData/>; @editAs
 * CT_Marker: <col/> <colOff/> <row/> <rowOff/>
 * CT_GraphicalObjectFrame: <nvGraphicFramePr/> <xfrm/> <a:graphic/>; @macro
 */
import { NS } from "./constants";
import type { ChartAnchorModel, DrawingModel } from "./model";
import { el, textEl, type XmlElement } from "./xml";

function marker(name: "xdr:from" | "xdr:to", at: { row: number; col: number }): XmlElement {
  return el(name, {}, [textEl("xdr:col", String(at.col)), textEl("xdr:colOff", "0"), textEl("xdr:row", String(at.row)), textEl("xdr:rowOff", "0")]);
}

function anchor(a: ChartAnchorModel): XmlElement {
  return el("xdr:twoCellAnchor", { editAs: "twoCell" }, [
    marker("xdr:from", a.from),
    marker("xdr:to", a.to),
    el("xdr:graphicFrame", { macro: "" }, [
      el("xdr:nvGraphicFramePr", {}, [el("xdr:cNvPr", { id: a.shapeId, name: a.name }), el("xdr:cNvGraphicFramePr")]),
      // The anchor decides position and size; xfrm is required but not used for anchored frames.
      el("xdr:xfrm", {}, [el("a:off", { x: 0, y: 0 }), el("a:ext", { cx: 0, cy: 0 })]),
      el("a:graphic", {}, [el("a:graphicData", { uri: NS.chart }, [el("c:chart", { "xmlns:c": NS.chart, "r:id": a.chartRelId })])]),
    ]),
    el("xdr:clientData"),
  ]);
}

export function renderDrawing(m: DrawingModel): XmlElement {
  return el("xdr:wsDr", { "xmlns:xdr": NS.spreadsheetDrawing, "xmlns:a": NS.drawingMain, "xmlns:r": NS.rel }, m.anchors.map(anchor));
}
