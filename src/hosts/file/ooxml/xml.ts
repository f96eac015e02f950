/**
 * A tiny escaping XML writer: parts are built as element trees and serialised here, the one
 * place where text becomes markup, so no name, formula or caption can break a part.
 */

export type AttrValue = string | number | boolean | null | undefined;
export type Attrs = Readonly<Record<string, AttrValue>>;

export interface XmlElement {
  readonly name: string;
  readonly attrs: Attrs;
  readonly children: readonly XmlChild[];
}
export type XmlChild = XmlElement | { readonly text: string };

/** An element; falsy children are skipped so optional children read naturally. */
export function el(name: string, attrs: Attrs = {}, children: readonly (XmlChild | null | undefined | false)[] = []): XmlElement {
  return { name, attrs, children: children.filter((c): c is XmlChild => !!c) };
}

/** An element holding only text. */
export function textEl(name: string, text: string, attrs: Attrs = {}): XmlElement {
  return { name, attrs, children: [{ text }] };
}

/** `<name val="…"/>`, the shape of most DrawingML chart properties. */
export function val(name: string, value: AttrValue): XmlElement {
  return el(name, { val: value });
}

export function escapeText(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, "&quot;").replace(/\r/g, "&#13;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");
}

function attrText(v: AttrValue): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "boolean") return v ? "1" : "0";
  return String(v);
}

export function serializeElement(e: XmlElement): string {
  const attrs = Object.entries(e.attrs)
    .map(([k, v]) => [k, attrText(v)] as const)
    .filter((kv): kv is readonly [string, string] => kv[1] !== null)
    .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
    .join("");
  if (!e.children.length) return `<${e.name}${attrs}/>`;
  const inner = e.children.map((c) => ("text" in c ? escapeText(c.text) : serializeElement(c))).join("");
  return `<${e.name}${attrs}>${inner}</${e.name}>`;
}

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A whole part: declaration and root element. */
export function serializePart(root: XmlElement): string {
  return DECLARATION + serializeElement(root);
}
