/**
 * Finishes the .xlsx package exceljs wrote: adds what exceljs cannot write. Runs on the zip
 * after exceljs saves, so exceljs's own parts stay as exceljs made them.
 *  - calculated-column formulas of tables (so Excel fills them into new rows),
 *  - defined names, including those exceljs drops,
 *  - PivotTables and charts (ooxml/), when the plan asked for them.
 */
import JSZip from "jszip";
import type { PlanOp } from "../../plan/plan";
import { prefixSheetFormulas } from "./ooxml/future-functions";
import { mergeNames, parseDefinedNames, replaceDefinedNames, xmlEscape, xmlUnescape, type DefinedName } from "./defined-names";

export type PivotOp = Extract<PlanOp, { kind: "pivotTable" }>;
export type ChartOp = Extract<PlanOp, { kind: "chart" }>;

export interface CalcColumn {
  readonly table: string;
  readonly column: string;
  /** As given in the plan ("=[@Probability]*[@Impact]"). */
  readonly formula: string;
  /** Table-qualified file form without "=". */
  readonly fileFormula: string;
}

export interface PackageExtras {
  calcColumns: CalcColumn[];
  pivots: PivotOp[];
  charts: ChartOp[];
}

/** Hook for the PivotTable and chart writer; set by ooxml/index.ts when it is loaded. */
export type PivotChartWriter = (zip: JSZip, pivots: readonly PivotOp[], charts: readonly ChartOp[], sheetIndex: ReadonlyMap<string, number>) => Promise<void>;
let pivotChartWriter: PivotChartWriter | null = null;
export function registerPivotChartWriter(w: PivotChartWriter): void {
  pivotChartWriter = w;
}

async function addCalcColumnFormulas(zip: JSZip, calc: readonly CalcColumn[]): Promise<void> {
  if (!calc.length) return;
  const byTable = new Map<string, CalcColumn[]>();
  for (const c of calc) byTable.set(c.table.toLowerCase(), [...(byTable.get(c.table.toLowerCase()) ?? []), c]);
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/tables\/table\d+\.xml$/.test(p))) {
    let xml = await zip.file(path)!.async("string");
    const name = /<table\b[^>]*\bname="([^"]+)"/.exec(xml)?.[1];
    const cols = name ? byTable.get(name.toLowerCase()) : undefined;
    if (!cols) continue;
    for (const c of cols) {
      const re = new RegExp(`<tableColumn\\b([^>]*\\bname="${xmlEscape(c.column).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]*?)(/>|>([\\s\\S]*?)</tableColumn>)`);
      xml = xml.replace(re, (_m, attrs: string, _end: string, inner: string | undefined) => {
        const rest = (inner ?? "").replace(/<calculatedColumnFormula>[\s\S]*?<\/calculatedColumnFormula>/, "");
        return `<tableColumn${attrs}><calculatedColumnFormula>${xmlEscape(c.fileFormula)}</calculatedColumnFormula>${rest}</tableColumn>`;
      });
    }
    zip.file(path, xml);
  }
}

export async function finishPackage(
  base: Uint8Array,
  extras: PackageExtras,
  names: readonly DefinedName[],
  sheetIndex: ReadonlyMap<string, number>,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(base);
  await addCalcColumnFormulas(zip, extras.calcColumns);
  await fixRoundTripSchema(zip);
  await fixWorksheets(zip);

  const wbPath = "xl/workbook.xml";
  const wbXml = await zip.file(wbPath)!.async("string");
  // exceljs writes print areas and titles as sheet-scoped names: keep those, then ours.
  // exceljs writes print areas half-absolute ($A1:$L80); Excel writes and expects $A$1:$L$80.
  const written = parseDefinedNames(wbXml)
    .filter((n) => n.localSheetId !== undefined)
    .map((n) => (n.name === "_xlnm.Print_Area" ? { ...n, ref: n.ref.replace(/\$([A-Z]{1,3})(\d+)/g, "$$$1$$$2") } : n));
  const ours = names.filter((n) => n.localSheetId === undefined || !written.some((w) => w.localSheetId === n.localSheetId && w.name === n.name));
  zip.file(wbPath, replaceDefinedNames(wbXml, mergeNames(ours, written)));

  if (extras.pivots.length || extras.charts.length) {
    if (!pivotChartWriter) throw new Error("PivotTables and charts need the OOXML writer (hosts/file/ooxml), which is not loaded");
    await pivotChartWriter(zip, extras.pivots, extras.charts, sheetIndex);
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

/**
 * exceljs cannot read a tableColumn that has child elements (Excel writes
 * calculatedColumnFormula for every calculated column): it loses count of the columns and
 * throws. Before exceljs loads a package we move those formulas out of the table parts and
 * keep them, so that they are written back on save.
 */
export async function liftTableFormulas(zip: JSZip): Promise<{ changed: boolean; calc: CalcColumn[] }> {
  const calc: CalcColumn[] = [];
  let changed = false;
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/tables\/[^/]+\.xml$/.test(p))) {
    const xml = await zip.file(path)!.async("string");
    if (!/<tableColumn\b[^>]*[^/>]>/.test(xml)) continue;
    const table = xmlUnescape(/<table\b[^>]*\bname="([^"]+)"/.exec(xml)?.[1] ?? "");
    const out = xml.replace(/<tableColumn\b([^>]*[^/>])>([\s\S]*?)<\/tableColumn>/g, (_m, attrs: string, inner: string) => {
      const f = /<calculatedColumnFormula\b[^>]*>([\s\S]*?)<\/calculatedColumnFormula>/.exec(inner);
      const column = xmlUnescape(/\bname="([^"]*)"/.exec(attrs)?.[1] ?? "");
      if (f && table && column) {
        const fileFormula = xmlUnescape(f[1]!);
        calc.push({ table, column, formula: `=${fileFormula}`, fileFormula });
      }
      return `<tableColumn${attrs}/>`;
    });
    if (out !== xml) {
      zip.file(path, out);
      changed = true;
    }
  }
  return { changed, calc };
}

/**
 * exceljs writes tableParts before legacyDrawing (comments) where CT_Worksheet wants
 * legacyDrawing first; Excel then asks to repair the file. Move it back into schema order.
 */
function worksheetOrder(xml: string): string {
  const t = xml.indexOf("<tableParts");
  const l = xml.search(/<legacyDrawing\b/);
  if (t < 0 || l < 0 || l < t) return xml;
  const legacy = /<legacyDrawing\b[^>]*\/>/.exec(xml)![0];
  const without = xml.replace(legacy, "");
  return without.replace("<tableParts", `${legacy}<tableParts`);
}

/**
 * What exceljs writes back from someone's own workbook out of schema (found converting the
 * corpus): 6-digit rgb colours it read as they were, sheetPr children out of order,
 * legacyDrawing after extLst, "containsBlanks"-style rule types written as operators, and
 * editAs on one-cell picture anchors. Each is put into schema form; nothing else changes. The
 * worksheet fixes are in roundTripSheet, applied with the others in fixWorksheets.
 */
async function fixRoundTripSchema(zip: JSZip): Promise<void> {
  const styles = zip.file("xl/styles.xml");
  if (styles) {
    const xml = await styles.async("string");
    const out = xml.replace(/\brgb="([0-9A-Fa-f]{6})"/g, 'rgb="FF$1"');
    if (out !== xml) zip.file("xl/styles.xml", out);
  }
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/drawings\/drawing\d+\.xml$/.test(p))) {
    const xml = await zip.file(path)!.async("string");
    const out = xml.replace(/(<xdr:(?:oneCellAnchor|absoluteAnchor)\b[^>]*?)\s+editAs="[^"]*"/g, "$1");
    if (out !== xml) zip.file(path, out);
  }
}

const CF_OPERATORS = new Set(["lessThan", "lessThanOrEqual", "equal", "notEqual", "greaterThanOrEqual", "greaterThan", "between", "notBetween", "containsText", "notContains", "beginsWith", "endsWith"]);
const SHEET_PR_ORDER = ["tabColor", "outlinePr", "pageSetUpPr"];

/** The worksheet part of fixRoundTripSchema (run by fixWorksheets with the other worksheet fixes). */
function roundTripSheet(xml: string): string {
  let out = xml.replace(/<sheetPr\b([^>]*)>([\s\S]*?)<\/sheetPr>/, (_m, attrs: string, inner: string) => {
    const parts = inner.match(/<(\w+)\b[^>]*?(?:\/>|>[\s\S]*?<\/\1>)/g) ?? [];
    const rank = (x: string) => SHEET_PR_ORDER.indexOf(/^<(\w+)/.exec(x)![1]!);
    return `<sheetPr${attrs}>${[...parts].sort((a, b) => rank(a) - rank(b)).join("")}</sheetPr>`;
  });
  out = out.replace(/(<cfRule\b[^>]*?)\s+operator="([^"]*)"/g, (m, head: string, op: string) => (CF_OPERATORS.has(op) ? m : head));
  // legacyDrawing written after the worksheet's own extLst: move it in front of that extLst.
  const tail = /<\/extLst>(<legacyDrawing\b[^>]*\/>)<\/worksheet>\s*$/.exec(out);
  if (tail) {
    let depth = 0;
    let at = -1;
    const re = /<(\/?)extLst>/g;
    const before = out.slice(0, tail.index + "</extLst>".length);
    const tags = [...before.matchAll(re)].reverse();
    for (const t of tags) {
      depth += t[1] ? 1 : -1;
      if (depth === 0) {
        at = t.index!;
        break;
      }
    }
    if (at >= 0) out = `${out.slice(0, at)}${tail[1]}${before.slice(at)}</worksheet>`;
  }
  return out;
}

/**
 * exceljs writes a link to a cell of the workbook ("#'Sheet'!C5") as an external relationship
 * plus a location that keeps the "#"; LibreOffice then opens a link to another file. OOXML wants
 * only `location="'Sheet'!C5"` and no relationship, which Excel and LibreOffice both follow.
 * Returns the part and the relationship ids to drop from its rels.
 */
function internalLinks(xml: string): { xml: string; dropped: Set<string> } {
  const dropped = new Set<string>();
  const out = xml.replace(/<hyperlink ([^>]*?)r:id="([^"]+)" ([^>]*?)location="#([^"]*)"/g, (_m, a: string, rId: string, b: string, loc: string) => {
    dropped.add(rId);
    return `<hyperlink ${a}${b}location="${loc}"`;
  });
  return { xml: out, dropped };
}

/**
 * Every fix of a worksheet part, each part read and written once: exceljs's element order and
 * round-trip schema slips, the "_xlfn." prefix of functions newer than Excel 2007 (MAXIFS, …)
 * whoever wrote the formula, and links to cells of the workbook. A sheet of 100,000 rows is tens
 * of MB of XML; inflating and decoding it once per fix cost more than the fixes themselves.
 */
async function fixWorksheets(zip: JSZip): Promise<void> {
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/worksheets\/[^/]+\.xml$/.test(p))) {
    const xml = await zip.file(path)!.async("string");
    const numbered = /^xl\/worksheets\/sheet\d+\.xml$/.test(path);
    const fixed = prefixSheetFormulas(numbered ? roundTripSheet(worksheetOrder(xml)) : xml);
    const { xml: out, dropped } = numbered ? internalLinks(fixed) : { xml: fixed, dropped: new Set<string>() };
    if (out !== xml) zip.file(path, out);
    if (!dropped.size) continue;
    const relsPath = path.replace(/sheet(\d+)\.xml$/, "_rels/sheet$1.xml.rels");
    const rels = await zip.file(relsPath)?.async("string");
    // By id through a set: a Findings sheet holds a link per finding, tens of thousands of them.
    if (rels) zip.file(relsPath, rels.replace(/<Relationship [^>]*?\/>/g, (r) => (dropped.has(/\bId="([^"]*)"/.exec(r)?.[1] ?? "") ? "" : r)));
  }
}
