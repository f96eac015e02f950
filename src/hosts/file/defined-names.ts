/**
 * Defined names kept outside exceljs: exceljs stores names as cell sets and silently drops any
 * name that is not a plain range (formulas, #REF!, names scoped to a sheet). We read them from
 * workbook.xml at load and write the merged list back after exceljs saves, so that no name is lost.
 */

export interface DefinedName {
  readonly name: string;
  /** Formula text without "=". */
  readonly ref: string;
  readonly localSheetId?: number;
  readonly hidden?: boolean;
  readonly comment?: string;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function xmlUnescape(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, e: string) => {
    if (e.startsWith("#x")) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith("#")) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? _m;
  });
}

export function xmlEscape(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot", "'": "apos" }[c]!};`);
}

function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(attrs);
  return m ? xmlUnescape(m[1]!) : undefined;
}

export function parseDefinedNames(workbookXml: string): DefinedName[] {
  const block = /<definedNames>([\s\S]*?)<\/definedNames>/.exec(workbookXml);
  if (!block) return [];
  const out: DefinedName[] = [];
  const re = /<definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/definedName>)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(block[1]!))) {
    const attrs = m[1]!;
    const name = attr(attrs, "name");
    if (!name) continue;
    const local = attr(attrs, "localSheetId");
    const comment = attr(attrs, "comment");
    out.push({
      name,
      ref: xmlUnescape(m[2] ?? ""),
      ...(local !== undefined ? { localSheetId: Number(local) } : {}),
      ...(attr(attrs, "hidden") === "1" ? { hidden: true } : {}),
      ...(comment ? { comment } : {}),
    });
  }
  return out;
}

const key = (n: DefinedName) => `${n.localSheetId ?? ""}|${n.name.toLowerCase()}`;

/** Names of `b` replace names of `a` with the same name and scope. */
export function mergeNames(a: readonly DefinedName[], b: readonly DefinedName[]): DefinedName[] {
  const m = new Map<string, DefinedName>();
  for (const n of a) m.set(key(n), n);
  for (const n of b) m.set(key(n), n);
  return [...m.values()];
}

export function renderDefinedNames(names: readonly DefinedName[]): string {
  if (!names.length) return "";
  const items = names.map((n) => {
    const attrs = [`name="${xmlEscape(n.name)}"`];
    if (n.comment) attrs.push(`comment="${xmlEscape(n.comment)}"`);
    if (n.localSheetId !== undefined) attrs.push(`localSheetId="${n.localSheetId}"`);
    if (n.hidden) attrs.push(`hidden="1"`);
    return `<definedName ${attrs.join(" ")}>${xmlEscape(n.ref)}</definedName>`;
  });
  return `<definedNames>${items.join("")}</definedNames>`;
}

/** Puts `names` into workbook.xml in place of whatever definedNames it has (schema order: after sheets). */
export function replaceDefinedNames(workbookXml: string, names: readonly DefinedName[]): string {
  const without = workbookXml.replace(/<definedNames>[\s\S]*?<\/definedNames>|<definedNames\/>/, "");
  const rendered = renderDefinedNames(names);
  if (!rendered) return without;
  // definedNames follows sheets, functionGroups and externalReferences in CT_Workbook.
  for (const close of ["</externalReferences>", "</functionGroups>", "</sheets>"]) {
    const i = without.indexOf(close);
    if (i >= 0) return without.slice(0, i + close.length) + rendered + without.slice(i + close.length);
  }
  return without;
}
