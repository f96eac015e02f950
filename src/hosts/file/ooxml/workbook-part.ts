/**
 * Adds the pivotCaches element to xl/workbook.xml.
 *
 * CT_Workbook (sml.xsd) order: fileVersion? fileSharing? workbookPr? workbookProtection? bookViews?
 *   sheets functionGroups? externalReferences? definedNames? calcPr? oleSize? customWorkbookViews?
 *   pivotCaches? smartTagPr? smartTagTypes? webPublishing? fileRecoveryPr? webPublishObjects? extLst?
 * CT_PivotCache: @cacheId @r:id, both required.
 */
import { el, serializeElement } from "./xml";

/** Elements that come after pivotCaches in CT_Workbook: it goes before the first one present. */
const AFTER_PIVOT_CACHES = ["smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst"];

export function withPivotCaches(xml: string, caches: readonly { readonly cacheId: number; readonly relId: string }[]): string {
  if (!caches.length) return xml;
  const items = caches.map((c) => serializeElement(el("pivotCache", { cacheId: c.cacheId, "r:id": c.relId }))).join("");
  const existing = xml.indexOf("</pivotCaches>");
  if (existing >= 0) return xml.slice(0, existing) + items + xml.slice(existing);
  const block = `<pivotCaches>${items}</pivotCaches>`;
  let at = xml.lastIndexOf("</workbook>");
  for (const name of AFTER_PIVOT_CACHES) {
    const i = xml.search(new RegExp(`<${name}[\\s/>]`));
    if (i >= 0 && i < at) at = i;
  }
  return xml.slice(0, at) + block + xml.slice(at);
}

/** Cache ids already used by the workbook, so that ours do not collide. */
export function usedCacheIds(xml: string): number[] {
  return [...xml.matchAll(/<pivotCache\b[^>]*\bcacheId="(\d+)"/g)].map((m) => Number(m[1]));
}

export function hasRelNamespace(xml: string): boolean {
  return /xmlns:r="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.test(xml);
}
