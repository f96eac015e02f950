/**
 * Finishes the .xlsx package exceljs rendered: adds what exceljs cannot write. Runs on the parts
 * exceljs rendered, before they are zipped, so exceljs's own parts stay as exceljs made them.
 *  - calculated-column formulas of tables (so Excel fills them into new rows),
 *  - defined names, including those exceljs drops,
 *  - PivotTables and charts (ooxml/), when the plan asked for them.
 */
import type JSZip from "jszip";
import type { PlanOp } from "../../plan/plan";
import { prefixSheetFormulas } from "./ooxml/future-functions";
import { mergeNames, parseDefinedNames, replaceDefinedNames, xmlEscape, xmlUnescape, type DefinedName } from "./defined-names";
import type { ZipSource } from "./zip-writer";

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

/**
 * The parts of a package in memory, by path, in the order they are written. Parts are held as
 * exceljs rendered them (text, or bytes for media), so reading and changing one costs nothing
 * beyond the change itself.
 */
export class PackageParts implements ZipSource {
  private readonly parts = new Map<string, string | Uint8Array>();

  get names(): string[] {
    return [...this.parts.keys()];
  }

  has(path: string): boolean {
    return this.parts.has(path);
  }

  /** The part as text; null when there is no such part. */
  text(path: string): string | null {
    const p = this.parts.get(path);
    if (p === undefined) return null;
    if (typeof p === "string") return p;
    const s = new TextDecoder().decode(p);
    this.parts.set(path, s);
    return s;
  }

  set(path: string, content: string | Uint8Array): void {
    this.parts.set(path, content);
  }

  /** Removes the part and returns it, so that the zip writer holds each part only while it compresses it. */
  take(path: string): string | Uint8Array {
    const p = this.parts.get(path);
    if (p === undefined) throw new Error(`no part ${path} in the package`);
    this.parts.delete(path);
    return p;
  }
}

/** Hook for the PivotTable and chart writer; set by ooxml/index.ts when it is loaded. */
export type PivotChartWriter = (pkg: PackageParts, pivots: readonly PivotOp[], charts: readonly ChartOp[], sheetIndex: ReadonlyMap<string, number>) => void;
let pivotChartWriter: PivotChartWriter | null = null;
export function registerPivotChartWriter(w: PivotChartWriter): void {
  pivotChartWriter = w;
}

function addCalcColumnFormulas(pkg: PackageParts, calc: readonly CalcColumn[]): void {
  if (!calc.length) return;
  const byTable = new Map<string, CalcColumn[]>();
  for (const c of calc) byTable.set(c.table.toLowerCase(), [...(byTable.get(c.table.toLowerCase()) ?? []), c]);
  for (const path of pkg.names.filter((p) => /^xl\/tables\/table\d+\.xml$/.test(p))) {
    let xml = pkg.text(path)!;
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
    pkg.set(path, xml);
  }
}

/** Changes the parts exceljs rendered into the package we write (in place). */
export function finishPackage(pkg: PackageParts, extras: PackageExtras, names: readonly DefinedName[], sheetIndex: ReadonlyMap<string, number>): void {
  addCalcColumnFormulas(pkg, extras.calcColumns);
  fixRoundTripSchema(pkg);
  fixWorksheets(pkg);

  const wbPath = "xl/workbook.xml";
  const wbXml = pkg.text(wbPath)!;
  // exceljs writes print areas and titles as sheet-scoped names: keep those, then ours.
  // exceljs writes print areas half-absolute ($A1:$L80); Excel writes and expects $A$1:$L$80.
  const written = parseDefinedNames(wbXml)
    .filter((n) => n.localSheetId !== undefined)
    .map((n) => (n.name === "_xlnm.Print_Area" ? { ...n, ref: n.ref.replace(/\$([A-Z]{1,3})(\d+)/g, "$$$1$$$2") } : n));
  const ours = names.filter((n) => n.localSheetId === undefined || !written.some((w) => w.localSheetId === n.localSheetId && w.name === n.name));
  pkg.set(wbPath, replaceDefinedNames(wbXml, mergeNames(ours, written)));

  if (extras.pivots.length || extras.charts.length) {
    if (!pivotChartWriter) throw new Error("PivotTables and charts need the OOXML writer (hosts/file/ooxml), which is not loaded");
    pivotChartWriter(pkg, extras.pivots, extras.charts, sheetIndex);
  }
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
function fixRoundTripSchema(pkg: PackageParts): void {
  const styles = pkg.text("xl/styles.xml");
  if (styles !== null) {
    const out = styles.replace(/\brgb="([0-9A-Fa-f]{6})"/g, 'rgb="FF$1"');
    if (out !== styles) pkg.set("xl/styles.xml", out);
  }
  for (const path of pkg.names.filter((p) => /^xl\/drawings\/drawing\d+\.xml$/.test(p))) {
    const xml = pkg.text(path)!;
    const out = xml.replace(/(<xdr:(?:oneCellAnchor|absoluteAnchor)\b[^>]*?)\s+editAs="[^"]*"/g, "$1");
    if (out !== xml) pkg.set(path, out);
  }
}

const CF_OPERATORS = new Set(["lessThan", "lessThanOrEqual", "equal", "notEqual", "greaterThanOrEqual", "greaterThan", "between", "notBetween", "containsText", "notContains", "beginsWith", "endsWith"]);
const SHEET_PR_ORDER = ["tabColor", "outlinePr", "pageSetUpPr"];

/** The head of a worksheet part (before sheetData): sheetPr's children into schema order. */
function roundTripHead(head: string): string {
  return head.replace(/<sheetPr\b([^>]*)>([\s\S]*?)<\/sheetPr>/, (_m, attrs: string, inner: string) => {
    const parts = inner.match(/<(\w+)\b[^>]*?(?:\/>|>[\s\S]*?<\/\1>)/g) ?? [];
    const rank = (x: string) => SHEET_PR_ORDER.indexOf(/^<(\w+)/.exec(x)![1]!);
    return `<sheetPr${attrs}>${[...parts].sort((a, b) => rank(a) - rank(b)).join("")}</sheetPr>`;
  });
}

/** The tail of a worksheet part (after sheetData): rule types written as operators, legacyDrawing after extLst. */
function roundTripTail(tail: string): string {
  let out = tail.replace(/(<cfRule\b[^>]*?)\s+operator="([^"]*)"/g, (m, head: string, op: string) => (CF_OPERATORS.has(op) ? m : head));
  // legacyDrawing written after the worksheet's own extLst: move it in front of that extLst.
  const end = /<\/extLst>(<legacyDrawing\b[^>]*\/>)<\/worksheet>\s*$/.exec(out);
  if (end) {
    let depth = 0;
    let at = -1;
    const re = /<(\/?)extLst>/g;
    const before = out.slice(0, end.index + "</extLst>".length);
    const tags = [...before.matchAll(re)].reverse();
    for (const t of tags) {
      depth += t[1] ? 1 : -1;
      if (depth === 0) {
        at = t.index!;
        break;
      }
    }
    if (at >= 0) out = `${out.slice(0, at)}${end[1]}${before.slice(at)}</worksheet>`;
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
 * A worksheet part cut around its cells: everything before <sheetData>, the sheetData element,
 * everything after it. Only the cells hold formulas; every other fix is in the head or the
 * tail, a few KB against tens of MB of cells in a sheet of 100,000 rows.
 */
export function splitWorksheet(xml: string): { head: string; data: string; tail: string } {
  const start = xml.indexOf("<sheetData");
  if (start < 0) return { head: xml, data: "", tail: "" };
  const close = xml.lastIndexOf("</sheetData>");
  const end = close > start ? close + "</sheetData>".length : xml.indexOf(">", start) + 1;
  return { head: xml.slice(0, start), data: xml.slice(start, end), tail: xml.slice(end) };
}

/**
 * Every fix of a worksheet part: exceljs's element order and round-trip schema slips (head and
 * tail), the "_xlfn." prefix of functions newer than Excel 2007 (MAXIFS, …) whoever wrote the
 * formula (cells), and links to cells of the workbook (tail).
 */
function fixWorksheets(pkg: PackageParts): void {
  for (const path of pkg.names.filter((p) => /^xl\/worksheets\/[^/]+\.xml$/.test(p))) {
    const xml = pkg.text(path)!;
    const { head, data, tail } = splitWorksheet(xml);
    const numbered = /^xl\/worksheets\/sheet\d+\.xml$/.test(path);
    const cells = prefixSheetFormulas(data);
    const newHead = numbered ? roundTripHead(head) : head;
    const { xml: newTail, dropped } = numbered ? internalLinks(roundTripTail(worksheetOrder(tail))) : { xml: tail, dropped: new Set<string>() };
    if (cells !== data || newHead !== head || newTail !== tail) pkg.set(path, newHead + cells + newTail);
    if (!dropped.size) continue;
    const relsPath = path.replace(/sheet(\d+)\.xml$/, "_rels/sheet$1.xml.rels");
    const rels = pkg.text(relsPath);
    // By id through a set: a Findings sheet holds a link per finding, tens of thousands of them.
    if (rels !== null) pkg.set(relsPath, rels.replace(/<Relationship [^>]*?\/>/g, (r) => (dropped.has(/\bId="([^"]*)"/.exec(r)?.[1] ?? "") ? "" : r)));
  }
}
