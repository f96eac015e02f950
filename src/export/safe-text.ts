/**
 * Making cell text safe to show outside the workbook. A report carries whatever people typed
 * into their registers, so every value is treated as hostile: HTML-escaped in the email body,
 * and "neutralised" where a spreadsheet could read it as a formula when the text is pasted or
 * imported into one (= + - @, and tab or carriage return, at the start: OWASP's CSV-injection
 * list). Neutralising puts an apostrophe in front, which is what Excel itself uses to mark
 * text, so the value stays readable.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralise(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Neutralises each line of a multi-line value (commentary): each line may land in its own cell. */
export function neutraliseLines(value: string): string {
  return value
    .split(/\r\n?|\n/)
    .map(neutralise)
    .join("\n");
}

const HTML_ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for HTML element content and for double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}
