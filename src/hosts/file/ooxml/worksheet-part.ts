/**
 * Adds the <drawing r:id> reference to a worksheet part, at its place in the schema order.
 *
 * CT_Worksheet (sml.xsd) order, from pageSetup on: pageSetup? headerFooter? rowBreaks? colBreaks?
 *   customProperties? cellWatches? ignoredErrors? smartTags? drawing? legacyDrawing?
 *   legacyDrawingHF? drawingHF? picture? oleObjects? controls? webPublishItems? tableParts? extLst?
 */
import { NS } from "./constants";
import { el, serializeElement } from "./xml";

const AFTER_DRAWING = ["legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];

export function withDrawing(xml: string, relId: string): string {
  if (/<drawing[\s/>]/.test(xml)) throw new Error("the sheet already has a drawing; charts are written only on sheets the add-in generates");
  let out = xml;
  // The r: prefix must be declared on the root for the reference to resolve.
  if (!/xmlns:r="/.test(out)) out = out.replace(/<worksheet\b/, `<worksheet xmlns:r="${NS.rel}"`);
  let at = out.lastIndexOf("</worksheet>");
  for (const name of AFTER_DRAWING) {
    const i = out.search(new RegExp(`<${name}[\\s/>]`));
    if (i >= 0 && i < at) at = i;
  }
  return out.slice(0, at) + serializeElement(el("drawing", { "r:id": relId })) + out.slice(at);
}
