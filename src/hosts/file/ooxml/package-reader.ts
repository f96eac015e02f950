/** Looks up what the part writers need in the package exceljs wrote: sheet parts by name, table columns by table name. */
import { xmlUnescape } from "../defined-names";
import type { PackageParts } from "../package-parts";
import { parseRelationships, relsPathOf } from "./rels";

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
export function sheetParts(pkg: PackageParts): Map<string, string> {
  const wb = pkg.text("xl/workbook.xml") ?? "";
  const rels = parseRelationships(pkg.text(relsPathOf("xl/workbook.xml")));
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
export function tableColumnsByName(pkg: PackageParts): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const path of pkg.names.filter((p) => /^xl\/tables\/[^/]+\.xml$/.test(p))) {
    const xml = pkg.text(path) ?? "";
    const name = /<table\b[^>]*?\bname="([^"]*)"/.exec(xml)?.[1];
    if (!name) continue;
    const columns = [...xml.matchAll(/<tableColumn\b[^>]*?\bname="([^"]*)"/g)].map((m) => xmlUnescape(m[1]!));
    out.set(xmlUnescape(name).toLowerCase(), columns);
  }
  return out;
}

/** The first free N for parts named prefix + N + ".xml". */
export function nextPartNumber(pkg: PackageParts, prefix: string): number {
  let n = 1;
  while (pkg.has(`${prefix}${n}.xml`)) n++;
  return n;
}
