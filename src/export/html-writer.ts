/**
 * A tiny HTML writer that escapes by default: element content and attribute values are always
 * escaped text, and markup only ever comes from `el`. No template strings with values in
 * them, so that no cell text can become markup (the style guide's rule for XML, applied here).
 */
import { escapeHtml } from "./safe-text";

/** Markup made by this writer; anything else is text. */
export class Markup {
  constructor(readonly html: string) {}
}

export type Child = string | number | Markup | null | undefined | false | readonly Child[];

/** Inline CSS as property → value; properties with an undefined value are left out. */
export type Style = Readonly<Record<string, string | number | undefined>>;

export type Attrs = Readonly<Record<string, string | number | Style | undefined>>;

function styleText(style: Style): string {
  return Object.entries(style)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}:${v}`)
    .join(";");
}

function render(child: Child): string {
  if (child === null || child === undefined || child === false) return "";
  if (child instanceof Markup) return child.html;
  if (Array.isArray(child)) return (child as readonly Child[]).map(render).join("");
  return escapeHtml(String(child));
}

const VOID = new Set(["br", "meta", "hr"]);

export function el(tag: string, attrs: Attrs = {}, ...children: Child[]): Markup {
  const a = Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeHtml(typeof v === "object" ? styleText(v as Style) : String(v))}"`)
    .join("");
  if (VOID.has(tag)) return new Markup(`<${tag}${a}>`);
  return new Markup(`<${tag}${a}>${children.map(render).join("")}</${tag}>`);
}

/** Text with its line breaks kept as <br>. */
export function lines(text: string): Markup[] {
  return text.split(/\r\n?|\n/).flatMap((line, i) => (i ? [el("br"), new Markup(escapeHtml(line))] : [new Markup(escapeHtml(line))]));
}

export function htmlDocument(head: readonly Markup[], body: Markup): string {
  return `<!DOCTYPE html>\n<html lang="en">\n<head>\n${head.map((m) => m.html).join("\n")}\n</head>\n${body.html}\n</html>\n`;
}
