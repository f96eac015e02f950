/**
 * What a saved .xlsx holds beyond the snapshot — data validations, colour rules, frozen panes,
 * PivotTables and charts per sheet — read from the package XML, to compare with the fake.
 */
import JSZip from "jszip";
import { XMLParser } from "fast-xml-parser";

export interface FileValidation {
  readonly sqref: string;
  readonly type: string;
  readonly formula1: string | null;
  readonly formula2: string | null;
}

export interface FileConditionalFormat {
  readonly sqref: string;
  readonly type: string;
  readonly formula: string;
}

export interface FileSheetParts {
  readonly validations: FileValidation[];
  readonly conditionalFormats: FileConditionalFormat[];
  readonly frozen: { rows: number; cols: number };
  readonly pivots: string[];
  readonly charts: number;
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name) => ["sheet", "Relationship", "dataValidation", "conditionalFormatting", "cfRule", "formula", "pane", "drawing"].includes(name) });

type Node = Record<string, unknown>;
const arr = (x: unknown): Node[] => (Array.isArray(x) ? (x as Node[]) : x ? [x as Node] : []);
const text = (x: unknown): string | null => (x === undefined || x === null ? null : typeof x === "object" ? String((x as Node)["#text"] ?? "") : String(x));

function resolve(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").slice(0, -1);
  for (const p of target.split("/")) {
    if (p === "..") parts.pop();
    else if (p !== ".") parts.push(p);
  }
  return parts.join("/");
}

async function rels(zip: JSZip, part: string): Promise<Map<string, { target: string; type: string }>> {
  const path = part.replace(/([^/]+)$/, "_rels/$1.rels");
  const xml = await zip.file(path)?.async("string");
  const out = new Map<string, { target: string; type: string }>();
  if (!xml) return out;
  for (const r of arr((parser.parse(xml) as Node).Relationships && ((parser.parse(xml) as Node).Relationships as Node).Relationship)) {
    out.set(String(r.Id), { target: resolve(part, String(r.Target)), type: String(r.Type) });
  }
  return out;
}

export async function fileSheetParts(bytes: Uint8Array): Promise<Map<string, FileSheetParts>> {
  const zip = await JSZip.loadAsync(bytes);
  const wbXml = parser.parse(await zip.file("xl/workbook.xml")!.async("string")) as Node;
  const wbRels = await rels(zip, "xl/workbook.xml");
  const out = new Map<string, FileSheetParts>();
  for (const s of arr(((wbXml.workbook as Node).sheets as Node).sheet)) {
    const part = wbRels.get(String(s["r:id"]))!.target;
    const ws = (parser.parse(await zip.file(part)!.async("string")) as Node).worksheet as Node;
    const validations = arr((ws.dataValidations as Node | undefined)?.dataValidation).map((dv) => ({
      sqref: String(dv.sqref),
      type: String(dv.type ?? "none"),
      formula1: text(dv.formula1),
      formula2: text(dv.formula2),
    }));
    const conditionalFormats = arr(ws.conditionalFormatting).flatMap((cf) =>
      arr(cf.cfRule).map((r) => ({ sqref: String(cf.sqref), type: String(r.type), formula: text(arr(r.formula)[0]) ?? "" })),
    );
    const pane = arr(arr((ws.sheetViews as Node | undefined)?.sheetView)[0]?.pane)[0];
    const frozen = pane && pane.state === "frozen" ? { rows: Number(pane.ySplit ?? 0), cols: Number(pane.xSplit ?? 0) } : { rows: 0, cols: 0 };
    const sheetRels = await rels(zip, part);
    const pivots: string[] = [];
    let charts = 0;
    for (const r of sheetRels.values()) {
      if (r.type.endsWith("/pivotTable")) {
        const pt = parser.parse(await zip.file(r.target)!.async("string")) as Node;
        pivots.push(String((pt.pivotTableDefinition as Node).name));
      }
      if (r.type.endsWith("/drawing")) {
        for (const d of (await rels(zip, r.target)).values()) if (d.type.endsWith("/chart")) charts++;
      }
    }
    out.set(String(s.name), { validations, conditionalFormats, frozen, pivots, charts });
  }
  return out;
}
