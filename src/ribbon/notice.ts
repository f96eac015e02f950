/**
 * How a ribbon command tells its result without the task pane: a small dialog (Office's Dialog
 * API, shown as a frame over the workbook) with the result in a sentence and an OK button; it
 * closes itself after a while. The dialog's page is commands.html itself with the result in its
 * query (?notice=…): the same origin as the add-in, no page of its own to deploy, and nothing
 * from the result is ever parsed as HTML.
 *
 * Where the Dialog API is missing, the activated sheet (Findings, Status History, Status
 * Report) is the only sign, and enough: it shows the result.
 */
import type { RibbonOutcome } from "./actions";

/** How long the notice stays up without a click. */
export const NOTICE_MS = 12_000;

const PARAM = "notice";

/** The dialog's address: this page with the outcome in the query. */
export function noticeUrl(page: string, outcome: RibbonOutcome): string {
  const url = new URL(page);
  url.hash = "";
  url.search = "";
  url.searchParams.set(PARAM, JSON.stringify(outcome));
  return url.toString();
}

/** The outcome this page is to show, when it is the notice dialog. */
export function noticeOf(href: string): RibbonOutcome | null {
  const raw = new URL(href).searchParams.get(PARAM);
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as Partial<RibbonOutcome>;
    if (typeof v.title !== "string" || typeof v.message !== "string") return null;
    return { ok: v.ok === true, title: v.title, message: v.message };
  } catch {
    return null;
  }
}

/** Draws the notice into the page (text only) and calls `close` on OK, Escape or after NOTICE_MS. */
export function renderNotice(doc: Document, outcome: RibbonOutcome, close: () => void): void {
  doc.title = outcome.title;
  const main = doc.createElement("main");
  main.className = outcome.ok ? "notice ok" : "notice failed";
  main.setAttribute("role", "alertdialog");
  main.setAttribute("aria-labelledby", "notice-title");
  main.setAttribute("aria-describedby", "notice-text");
  const h1 = doc.createElement("h1");
  h1.id = "notice-title";
  h1.textContent = outcome.title;
  const p = doc.createElement("p");
  p.id = "notice-text";
  p.textContent = outcome.message;
  const button = doc.createElement("button");
  button.type = "button";
  button.textContent = "OK";
  button.addEventListener("click", close);
  main.append(h1, p, button);
  doc.body.replaceChildren(main);
  doc.addEventListener("keydown", (e) => {
    if (e.key === "Escape") close();
  });
  button.focus();
  setTimeout(close, NOTICE_MS);
}

/**
 * Shows the outcome in a dialog and resolves when it is closed (or could not be opened); the
 * button's event is completed after that, since completing it may close the dialog.
 */
export function showNotice(outcome: RibbonOutcome, page: string = window.location.href): Promise<void> {
  if (!Office.context.requirements.isSetSupported("DialogApi", "1.1")) return Promise.resolve();
  return new Promise((resolve) => {
    let settled = false;
    const finish = (): void => {
      if (settled) return;
      settled = true;
      resolve();
    };
    Office.context.ui.displayDialogAsync(noticeUrl(page, outcome), { height: 30, width: 35, displayInIframe: true }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) {
        finish();
        return;
      }
      const dialog = result.value;
      const close = (): void => {
        try {
          dialog.close();
        } finally {
          finish();
        }
      };
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, close);
      dialog.addEventHandler(Office.EventType.DialogEventReceived, finish);
      // The dialog closes itself after NOTICE_MS; this is the backstop if it never loads.
      setTimeout(close, NOTICE_MS + 5000);
    });
  });
}
