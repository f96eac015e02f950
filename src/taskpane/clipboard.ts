/**
 * Rich copy of the report's email body, so that it pastes into Outlook with its tables and
 * colours. In order:
 *   1. the async Clipboard API with text/html and text/plain, where the frame may use it;
 *   2. a copy command whose copy event puts the same two formats on the clipboard (works in
 *      frames without the clipboard-write permission, as long as the user just clicked);
 *   3. neither: the user selects the rendered preview and copies it (the pane says how).
 */
import type { ClipboardWriter } from "./environment";

export type CopyResult = "copied" | "manual";

function copyWithCommand(html: string, text: string, doc: Document): boolean {
  let written = false;
  const onCopy = (e: ClipboardEvent): void => {
    if (!e.clipboardData) return;
    e.clipboardData.setData("text/html", html);
    e.clipboardData.setData("text/plain", text);
    e.preventDefault();
    written = true;
  };
  doc.addEventListener("copy", onCopy);
  try {
    return typeof doc.execCommand === "function" && doc.execCommand("copy") && written;
  } catch {
    return false;
  } finally {
    doc.removeEventListener("copy", onCopy);
  }
}

export async function copyRich(html: string, text: string, clipboard: ClipboardWriter | null, doc: Document = document): Promise<CopyResult> {
  if (clipboard && typeof ClipboardItem !== "undefined") {
    try {
      const item = new ClipboardItem({ "text/html": new Blob([html], { type: "text/html" }), "text/plain": new Blob([text], { type: "text/plain" }) });
      await clipboard.write([item]);
      return "copied";
    } catch {
      // Blocked (permissions policy, no focus): try the copy command.
    }
  }
  return copyWithCommand(html, text, doc) ? "copied" : "manual";
}

/** Selects everything in a (same-origin) frame, for the user to copy; false when it cannot. */
export function selectFrameContents(frame: HTMLIFrameElement | null): boolean {
  const doc = frame?.contentDocument;
  const win = frame?.contentWindow;
  if (!frame || !doc?.body || !win) return false;
  frame.focus();
  const selection = win.getSelection();
  if (!selection) return false;
  const range = doc.createRange();
  range.selectNodeContents(doc.body);
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}
