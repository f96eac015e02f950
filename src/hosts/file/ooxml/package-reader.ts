/** Looks up what the part writers need in the package exceljs wrote: sheet parts by name, table columns by table name. */
import type JSZip from "jszip";
import { xmlUnescape } from "../defined-names";
import { parseRelationships, relsPathOf } from "./rels";

async function text(zip: JSZip, path: string): Promise<string | null> {
  const f = zip.file(path);
  return f ? f.async("string") : null;
}

/** Resolves a relationship target (relative to `from`'s folder, or absolute) to a package path. */
export function resolveTarget(from: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = from.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

/** Worksheet part path by sheet name (lower-cased). */
export async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const wb = (await text(zip, "xl/workbook.xml")) ?? "";
  const rels = parseRelationships(await text(zip, relsPathOf("xl/workbook.xml")));
  const out = new Map<string, string>();
  for (const m of wb.matchAll(/<sheet\b([^>]*?)\/?>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[1]!)?.[1];
    const rid = /\br:id="([^"]*)"/.exec(m[1]!)?.[1];
    const rel = rels.find((r) => r.Id === rid);
    if (name && rel?.Target) out.set(xmlUnescape(name).toLowerCase(), resolveTarget("xl/workbook.xml", rel.Target));
  }
  return out;
}

/** Column names of a table part, by table name (lower-cased key), in column order. */
export async function tableColumnsByName(zip: JSZip): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/tables\/[^/]+\.xml$/.test(p))) {
    const xml = (await text(zip, path)) ?? "";
    const name = /<table\b[^>]*?\bname="([^"]*)"/.exec(xml)?.[1];
    if (!name) continue;
    const columns = [...xml.matchAll(/<tableColumn\b[^>]*?\bname="([^"]*)"/g)].map((m) => xmlUnescape(m[1]!));
    out.set(xmlUnescape(name).toLowerCase(), columns);
  }
  return out;
}

/** The first free N for parts named prefix + N + ".xml". */
export function nextPartNumber(zip: JSZip, prefix: string): number {
  let n = 1;
  while (zip.file(`${prefix}${n}.xml`)) n++;
  return n;
}
