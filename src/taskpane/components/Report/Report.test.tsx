/** @jest-environment jsdom */
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ClipboardWriter } from "../../environment";
import { renderInPane } from "../../test-utils";
import { sampleHost, SpyHost } from "../../test-workbooks";
import { Report } from "./Report";

jest.setTimeout(90000);

/** What the tab handed to the browser to download. */
interface Saved {
  readonly name: string;
  readonly blob: Blob;
}

function captureDownloads(): Saved[] {
  const saved: Saved[] = [];
  const blobs = new Map<string, Blob>();
  let n = 0;
  URL.createObjectURL = jest.fn((b: Blob) => {
    const url = `blob:test/${n++}`;
    blobs.set(url, b);
    return url;
  });
  URL.revokeObjectURL = jest.fn();
  jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, blob: blobs.get(this.href) as Blob });
  });
  return saved;
}

class FakeClipboardItem {
  constructor(readonly items: Record<string, Blob>) {}
}

async function buildReport(options: Parameters<typeof renderInPane>[2] = {}, project?: string): Promise<SpyHost> {
  const host = new SpyHost(await sampleHost("structured"));
  renderInPane(<Report />, host, options);
  const picker = screen.getByRole("combobox", { name: "Report for" });
  if (project) {
    await screen.findByRole("option", { name: project }, { timeout: 20000 });
    await userEvent.selectOptions(picker, project);
  }
  await userEvent.click(screen.getByRole("button", { name: "Build report sheet" }));
  expect(await screen.findByText("Status Report sheet written", undefined, { timeout: 60000 })).toBeTruthy();
  return host;
}

afterEach(() => jest.restoreAllMocks());

describe("Report tab", () => {
  it("lists the projects, builds the report sheet for one, and shows the email preview", async () => {
    const host = await buildReport({}, "PRJ-02");
    const wb = await host.read();
    const sheet = wb.sheets.find((s) => s.name === "Status Report");
    expect(sheet).toBeTruthy();
    expect(JSON.stringify(sheet?.values)).toContain("PRJ-02");
    expect(screen.getByTitle("Preview of the email body")).toBeTruthy();
    expect(screen.getByRole("list", { name: /^RAG of / }).children).toHaveLength(4);
  });

  it("copies the HTML body as HTML and plain text where the clipboard is allowed", async () => {
    (globalThis as { ClipboardItem?: unknown }).ClipboardItem = FakeClipboardItem;
    const written: FakeClipboardItem[] = [];
    const clipboard: ClipboardWriter = { write: async (items) => void written.push(...(items as unknown as FakeClipboardItem[])) };
    await buildReport({ environment: { clipboard } });
    await userEvent.click(screen.getByRole("button", { name: "Copy HTML body" }));
    expect(await screen.findByText(/^Copied/)).toBeTruthy();
    expect(Object.keys(written[0]!.items).sort()).toEqual(["text/html", "text/plain"]);
    expect(await written[0]!.items["text/html"]!.text()).toMatch(/^<!DOCTYPE html>/);
    delete (globalThis as { ClipboardItem?: unknown }).ClipboardItem;
  });

  it("falls back to selecting the rendered preview where the clipboard is blocked", async () => {
    await buildReport({ environment: { clipboard: null } });
    await userEvent.click(screen.getByRole("button", { name: "Copy HTML body" }));
    expect(await screen.findByText(/does not let add-ins write to the clipboard/)).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Select the preview" }));
    expect(await screen.findByText(/The preview is selected: press Ctrl\+C/)).toBeTruthy();
  });

  it("downloads the .eml draft (once an address is typed) and the .xlsx", async () => {
    const saved = captureDownloads();
    await buildReport();
    const eml = screen.getByRole("button", { name: "Download .eml" });
    expect(eml.hasAttribute("disabled")).toBe(true);
    await userEvent.type(screen.getByRole("textbox", { name: "To" }), "not an address");
    expect(screen.getByText('"not an address" is not an email address.')).toBeTruthy();
    await userEvent.clear(screen.getByRole("textbox", { name: "To" }));
    await userEvent.type(screen.getByRole("textbox", { name: "To" }), "pmo-team@example.com");
    await userEvent.click(eml);
    await waitFor(() => expect(saved).toHaveLength(1), { timeout: 30000 });
    expect(saved[0]!.name).toBe("status-report-portfolio-2026-09-30.eml");
    const text = await saved[0]!.blob.text();
    expect(text).toContain("X-Unsent: 1");
    expect(text).toContain("To: <pmo-team@example.com>");

    await userEvent.click(screen.getByRole("button", { name: "Download .xlsx" }));
    await waitFor(() => expect(saved).toHaveLength(2), { timeout: 30000 });
    expect(saved[1]!.name).toBe("status-report-portfolio-2026-09-30.xlsx");
    const bytes = new Uint8Array(await saved[1]!.blob.arrayBuffer());
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
  });

  it("says where downloads are not allowed instead of offering them", async () => {
    await buildReport({ environment: { downloads: { allowed: false, reason: "Excel for Mac does not let add-ins save files." } } });
    expect(screen.getByText("Downloads are not available here")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Download .eml" })).toBeNull();
  });
});
