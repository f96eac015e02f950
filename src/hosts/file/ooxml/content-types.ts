/**
 * [Content_Types].xml: one Override per part we add. The part exceljs wrote is kept; our
 * overrides are serialised by the escaping writer and inserted before its closing tag.
 *
 * CT_Types (opc-contentTypes.xsd): (<Default Extension ContentType/> | <Override PartName ContentType/>)*
 */
import { el, serializeElement } from "./xml";

export interface Override {
  /** Package path without the leading slash. */
  readonly part: string;
  readonly contentType: string;
}

export function withOverrides(xml: string, overrides: readonly Override[]): string {
  const have = new Set([...xml.matchAll(/PartName="([^"]+)"/g)].map((m) => m[1]!.toLowerCase()));
  const added = overrides
    .filter((o) => !have.has(`/${o.part}`.toLowerCase()))
    .map((o) => serializeElement(el("Override", { PartName: `/${o.part}`, ContentType: o.contentType })))
    .join("");
  const close = xml.lastIndexOf("</Types>");
  if (close < 0) throw new Error("[Content_Types].xml has no </Types>");
  return xml.slice(0, close) + added + xml.slice(close);
}
