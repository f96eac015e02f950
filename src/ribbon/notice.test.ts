/** @jest-environment jsdom */
import { NOTICE_MS, noticeOf, noticeUrl, renderNotice } from "./notice";

describe("ribbon notice", () => {
  const outcome = { ok: false, title: "Could not validate", message: 'Sheet "RACI" <img src=x onerror=alert(1)> is locked & busy' };

  it("carries the outcome in the dialog page's query, and only there", () => {
    const url = noticeUrl("https://localhost:3000/commands.html?_host_Info=Excel#x", outcome);
    expect(url.startsWith("https://localhost:3000/commands.html?notice=")).toBe(true);
    expect(noticeOf(url)).toEqual(outcome);
    expect(noticeOf("https://localhost:3000/commands.html")).toBeNull();
    expect(noticeOf("https://localhost:3000/commands.html?notice=%7Bbroken")).toBeNull();
  });

  it("shows the result as text, and closes on OK, on Escape and by itself", () => {
    jest.useFakeTimers();
    const close = jest.fn();
    renderNotice(document, outcome, close);
    expect(document.querySelector("h1")?.textContent).toBe("Could not validate");
    expect(document.querySelector("p")?.textContent).toBe(outcome.message);
    // Text, never markup.
    expect(document.querySelector("img")).toBeNull();
    expect(document.querySelector("[role=alertdialog]")?.getAttribute("aria-describedby")).toBe("notice-text");
    const ok = document.querySelector("button");
    expect(document.activeElement).toBe(ok);
    ok?.click();
    document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape" }));
    jest.advanceTimersByTime(NOTICE_MS);
    expect(close).toHaveBeenCalledTimes(3);
    jest.useRealTimers();
  });
});
