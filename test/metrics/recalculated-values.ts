/**
 * Reads the values a spreadsheet engine saved, straight from the package: exceljs drops a
 * formula's cached result when it is 0, which would hide the very values the tests compare.
 */
import { XMLParser } from "fast-xml-parser";
import JSZip from "jszip";
import { parseCell } from "../../src/domain/a1";
import type { CellValue } from "../../src/domain/cell";
import type { WorkbookSnapshot, SheetSnapshot } from "../../src/plan/snapshot";

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => ["row", "c", "si", "r", "sheet", "Relationship"].includes(name), parseTagValue: false, trimValues: false });

type Node = Record<string, unknown>;
const text = (n: unknown): string => (typeof n === "string" ? n : n && typeof n === "object" && "#text" in n ? String((n as Node)["#text"]) : "");

function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  const sst = (parser.parse(xml) as Node).sst as Node;
  return ((sst.si as Node[] | undefined) ?? []).map((si) => (si.t !== undefined ? text(si.t) : ((si.r as Node[] | undefined) ?? []).map((r) => text(r.t)).join("")));
}

/** A snapshot holding only values (no tables, formats or formulas) of every sheet. */
export async function recalculatedValues(bytes: Uint8Array): Promise<WorkbookSnapshot> {
  const zip = await JSZip.loadAsync(bytes);
  const read = (p: string) => zip.file(p)?.async("string");
  const strings = sharedStrings(await read("xl/sharedStrings.xml"));
  const wb = parser.parse((await read("xl/workbook.xml"))!) as Node;
  const workbook = wb.workbook as Node;
  const date1904 = ["1", "true"].includes(String(((workbook.workbookPr as Node | undefined) ?? {})["@date1904"] ?? "0"));
  const rels = ((parser.parse((await read("xl/_rels/workbook.xml.rels"))!) as Node).Relationships as Node).Relationship as Node[];
  const sheets: SheetSnapshot[] = [];
  for (const s of (workbook.sheets as Node).sheet as Node[]) {
    const target = String(rels.find((r) => r["@Id"] === s["@r:id"])!["@Target"]).replace(/^\/?(xl\/)?/, "xl/");
    const ws = (parser.parse((await read(target))!) as Node).worksheet as Node;
    const values: CellValue[][] = [];
    for (const row of ((ws.sheetData as Node | undefined)?.row as Node[] | undefined) ?? []) {
      for (const c of (row.c as Node[] | undefined) ?? []) {
        const { row: r, col } = parseCell(String(c["@r"]));
        const t = String(c["@t"] ?? "n");
        const v = c.v === undefined ? undefined : text(c.v);
        let value: CellValue = null;
        if (t === "s" && v !== undefined) value = strings[Number(v)] ?? null;
        else if (t === "str" || t === "inlineStr") value = v ?? (c.is ? text((c.is as Node).t) : null);
        else if (t === "e") value = { error: v ?? "#VALUE!" };
        else if (t === "b") value = v === "1";
        else if (v !== undefined && v !== "") value = Number(v);
        (values[r] ??= [])[col] = value;
      }
    }
    const dense = Array.from({ length: values.length }, (_x, i) => Array.from(values[i] ?? [], (v) => v ?? null));
    sheets.push({ name: String(s["@name"]), originRow: 0, originCol: 0, values: dense, merges: [], tables: [], visibility: "visible" });
  }
  return { sheets, date1904, names: [] };
}
