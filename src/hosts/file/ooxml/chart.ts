/**
 * A DrawingML chart part (xl/charts/chartN.xml): a line chart or a (stacked) column chart over
 * worksheet ranges. No value caches are written: the ranges hold formulas, and both Excel and
 * LibreOffice read the series from the cells.
 *
 * CT_ChartSpace (dml-chart.xsd): <date1904/>? <lang/>? <roundedCorners/>? <style/>? <clrMapOvr/>?
 *   <pivotSource/>? <protection/>? <chart/> <spPr/>? <txPr/>? <externalData/>? <printSettings/>?
 *   <userShapes/>? <extLst/>?
 * CT_Chart: <title/>? <autoTitleDeleted/>? <pivotFmts/>? <view3D/>? <floor/>? <sideWall/>?
 *   <backWall/>? <plotArea/> <legend/>? <plotVisOnly/>? <dispBlanksAs/>? <extLst/>?
 * CT_PlotArea: <layout/>? (one or more chart groups) (axes)* <dTable/>? <spPr/>? <extLst/>?
 * CT_LineChart: <grouping/> <varyColors/>? <ser/>* <dLbls/>? <dropLines/>? <hiLowLines/>?
 *   <upDownBars/>? <marker/>? <smooth/>? <axId/>{2} <extLst/>?
 * CT_BarChart: <barDir/> <grouping/>? <varyColors/>? <ser/>* <dLbls/>? <gapWidth/>? <overlap/>?
 *   <serLines/>* <axId/>{2} <extLst/>?
 * CT_LineSer: <idx/> <order/> <tx/>? <spPr/>? <marker/>? <dPt/>* <dLbls/>? <trendline/>*
 *   <errBars/>? <cat/>? <val/>? <smooth/>? <extLst/>?
 * CT_BarSer: <idx/> <order/> <tx/>? <spPr/>? <invertIfNegative/>? <pictureOptions/>? <dPt/>*
 *   <dLbls/>? <trendline/>* <errBars/>? <cat/>? <val/>? <shape/>? <extLst/>?
 * EG_AxShared: <axId/> <scaling/> <delete/>? <axPos/> <majorGridlines/>? <minorGridlines/>?
 *   <title/>? <numFmt/>? <majorTickMark/>? <minorTickMark/>? <tickLblPos/>? <spPr/>? <txPr/>?
 *   <crossAx/> (<crosses/> | <crossesAt/>)?
 * CT_CatAx: EG_AxShared <auto/>? <lblAlgn/>? <lblOffset/>? <tickLblSkip/>? <tickMarkSkip/>? <noMultiLvlLbl/>?
 * CT_ValAx: EG_AxShared <crossBetween/>? <majorUnit/>? <minorUnit/>? <dispUnits/>?
 */
import { NS } from "./constants";
import type { ChartModel, ChartSeriesModel } from "./model";
import { el, textEl, val, type XmlElement } from "./xml";

const CAT_AX = 500_001;
const VAL_AX = 500_002;
const DATE_FORMAT = "dd-mmm-yy";

function richText(text: string, size: number, bold: boolean): XmlElement {
  return el("c:tx", {}, [
    el("c:rich", {}, [
      el("a:bodyPr"),
      el("a:lstStyle"),
      el("a:p", {}, [el("a:pPr", {}, [el("a:defRPr", { sz: size, b: bold })]), el("a:r", {}, [el("a:rPr", { lang: "en-US", sz: size, b: bold }), textEl("a:t", text)])]),
    ]),
  ]);
}

function title(text: string, size: number): XmlElement {
  return el("c:title", {}, [richText(text, size, size >= 1200), val("c:overlay", false)]);
}

function solid(colour: string): XmlElement {
  return el("a:solidFill", {}, [val("a:srgbClr", colour)]);
}

function seriesShape(type: ChartModel["type"], s: ChartSeriesModel): XmlElement {
  return type === "line"
    ? el("c:spPr", {}, [el("a:ln", { w: 28_575, cap: "rnd" }, [solid(s.colour), el("a:round")])])
    : el("c:spPr", {}, [solid(s.colour)]);
}

function series(m: ChartModel, s: ChartSeriesModel, i: number): XmlElement {
  const line = m.type === "line";
  return el("c:ser", {}, [
    val("c:idx", i),
    val("c:order", i),
    el("c:tx", {}, [textEl("c:v", s.name)]),
    seriesShape(m.type, s),
    line && el("c:marker", {}, [val("c:symbol", "circle"), val("c:size", 5), el("c:spPr", {}, [solid(s.colour)])]),
    !line && val("c:invertIfNegative", false),
    el("c:cat", {}, [el("c:numRef", {}, [textEl("c:f", m.categories)])]),
    el("c:val", {}, [el("c:numRef", {}, [textEl("c:f", s.values)])]),
    line && val("c:smooth", false),
  ]);
}

function chartGroup(m: ChartModel): XmlElement {
  const ser = m.series.map((s, i) => series(m, s, i));
  const axes = [val("c:axId", CAT_AX), val("c:axId", VAL_AX)];
  if (m.type === "line") return el("c:lineChart", {}, [val("c:grouping", "standard"), val("c:varyColors", false), ...ser, val("c:marker", true), ...axes]);
  const stacked = m.type === "columnStacked";
  return el("c:barChart", {}, [
    val("c:barDir", "col"),
    val("c:grouping", stacked ? "stacked" : "clustered"),
    val("c:varyColors", false),
    ...ser,
    val("c:gapWidth", 80),
    stacked && val("c:overlap", 100),
    ...axes,
  ]);
}

function numFmt(code: string, linked: boolean): XmlElement {
  return el("c:numFmt", { formatCode: code, sourceLinked: linked });
}

function categoryAxis(m: ChartModel): XmlElement {
  return el("c:catAx", {}, [
    val("c:axId", CAT_AX),
    el("c:scaling", {}, [val("c:orientation", "minMax")]),
    val("c:delete", false),
    val("c:axPos", "b"),
    m.xTitle ? title(m.xTitle, 1000) : null,
    numFmt(DATE_FORMAT, false),
    val("c:majorTickMark", "out"),
    val("c:minorTickMark", "none"),
    val("c:tickLblPos", "low"),
    val("c:crossAx", VAL_AX),
    val("c:crosses", "autoZero"),
    val("c:auto", false),
    val("c:lblAlgn", "ctr"),
    val("c:lblOffset", 100),
    val("c:noMultiLvlLbl", false),
  ]);
}

function valueAxis(m: ChartModel): XmlElement {
  return el("c:valAx", {}, [
    val("c:axId", VAL_AX),
    el("c:scaling", {}, [val("c:orientation", "minMax")]),
    val("c:delete", false),
    val("c:axPos", "l"),
    el("c:majorGridlines", {}, [el("c:spPr", {}, [el("a:ln", { w: 6_350 }, [solid("D9D9D9")])])]),
    m.yTitle ? title(m.yTitle, 1000) : null,
    numFmt(m.yDates ? DATE_FORMAT : "General", false),
    val("c:majorTickMark", "out"),
    val("c:minorTickMark", "none"),
    val("c:tickLblPos", "nextTo"),
    val("c:crossAx", CAT_AX),
    // Dates are far from zero: crossing at the axis minimum keeps the date scale tight.
    val("c:crosses", m.yDates ? "min" : "autoZero"),
    val("c:crossBetween", m.type === "line" ? "midCat" : "between"),
  ]);
}

export function renderChart(m: ChartModel): XmlElement {
  return el("c:chartSpace", { "xmlns:c": NS.chart, "xmlns:a": NS.drawingMain, "xmlns:r": NS.rel }, [
    val("c:roundedCorners", false),
    el("c:chart", {}, [
      title(m.title, 1400),
      val("c:autoTitleDeleted", false),
      el("c:plotArea", {}, [el("c:layout"), chartGroup(m), categoryAxis(m), valueAxis(m)]),
      el("c:legend", {}, [val("c:legendPos", "r"), val("c:overlay", false)]),
      val("c:plotVisOnly", true),
      // #N/A points (no snapshot for that date) leave a gap instead of dropping to zero.
      val("c:dispBlanksAs", "gap"),
    ]),
  ]);
}

/** Series colours: RAG series in their RAG colours, other series from a palette readable on white. */
const PALETTE = ["1F4E79", "C55A11", "548235", "7030A0", "BF8F00", "2E75B6", "C00000", "00B0F0", "7F6000", "FF66CC", "375623", "8497B0"];
const RAG: Readonly<Record<string, string>> = { red: "C00000", amber: "FFC000", green: "00B050" };

export function seriesColour(name: string, index: number): string {
  return RAG[name.trim().toLowerCase()] ?? PALETTE[index % PALETTE.length]!;
}
