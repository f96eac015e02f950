/**
 * Relationship parts (_rels/*.rels): read what exceljs wrote, add ours with fresh ids, write the
 * whole part again through the escaping writer. Attributes we do not know (TargetMode of
 * hyperlinks) are kept as they were.
 *
 * CT_Relationships (opc-relationships.xsd): <Relationship Id Type Target TargetMode?/>*
 */
import { xmlUnescape } from "../defined-names";
import { NS } from "./constants";
import type { Relationship } from "./model";
import { el, serializePart, type XmlElement } from "./xml";

type RawRelationship = Readonly<Record<string, string>>;

export function parseRelationships(xml: string | null): RawRelationship[] {
  if (!xml) return [];
  const out: RawRelationship[] = [];
  for (const m of xml.matchAll(/<Relationship\b([^>]*?)\/?>/g)) {
    const attrs: Record<string, string> = {};
    for (const a of m[1]!.matchAll(/([\w:]+)="([^"]*)"/g)) attrs[a[1]!] = xmlUnescape(a[2]!);
    out.push(attrs);
  }
  return out;
}

/** Ids "rIdN" not yet used by `existing`, in order. */
export function freshRelIds(existing: readonly RawRelationship[], count: number): string[] {
  const used = new Set(existing.map((r) => r.Id));
  const ids: string[] = [];
  for (let n = 1; ids.length < count; n++) if (!used.has(`rId${n}`)) ids.push(`rId${n}`);
  return ids;
}

export function renderRelationships(rels: readonly RawRelationship[]): XmlElement {
  return el("Relationships", { xmlns: NS.packageRels }, rels.map((r) => el("Relationship", r)));
}

/** The part's text with `added` appended to whatever relationships it had. */
export function withRelationships(existingXml: string | null, added: readonly Relationship[]): string {
  const rels: RawRelationship[] = [...parseRelationships(existingXml), ...added.map((r) => ({ Id: r.id, Type: r.type, Target: r.target }))];
  return serializePart(renderRelationships(rels));
}

/** Path of the rels part of a part: xl/worksheets/sheet1.xml → xl/worksheets/_rels/sheet1.xml.rels */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

/** Target of `to` relative to the folder of `from` (both package paths without a leading slash). */
export function relativeTarget(from: string, to: string): string {
  const a = from.split("/").slice(0, -1);
  const b = to.split("/");
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => ".."), ...b.slice(i)].join("/");
}
