/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderInPane } from "../../test-utils";
import { sampleHost, SpyHost } from "../../test-workbooks";
import { Validate } from "./Validate";

jest.setTimeout(60000);

/** The finding buttons shown, by their accessible names. */
function findingButtons(): HTMLElement[] {
  return screen
    .getAllByRole("button")
    .filter((b) => /^(Error|Warning|Info), /.test(b.getAttribute("aria-label") ?? ""));
}

async function runValidation(host: SpyHost, write = true): Promise<void> {
  renderInPane(<Validate />, host);
  if (!write) await userEvent.click(screen.getByRole("switch", { name: "Write the Findings sheet and live checks" }));
  await userEvent.click(screen.getByRole("button", { name: "Run validation" }));
  await screen.findByRole("combobox", { name: "Show" }, { timeout: 30000 });
}

describe("Validate tab", () => {
  it("runs validation, lists the findings by rule and sheet with counts, and writes the Findings sheet", async () => {
    const host = new SpyHost(await sampleHost("structured"));
    await runValidation(host);

    const all = findingButtons();
    expect(all.length).toBeGreaterThan(0);
    // The counts are shown and add up to the findings listed.
    const options = within(screen.getByRole("combobox", { name: "Show" })).getAllByRole("option");
    expect(options[0]!.textContent).toBe(`All (${all.length})`);
    // Each rule is an accordion header with its count.
    expect(screen.getAllByRole("button", { name: /[a-z]+\/[a-z-]+ \(\d+\)$/ }).length).toBeGreaterThan(0);

    expect(host.plans).toHaveLength(1);
    const after = await host.read();
    expect(after.sheets.map((s) => s.name)).toContain("Findings");
  });

  it("filters by severity", async () => {
    const host = new SpyHost(await sampleHost("structured"));
    await runValidation(host, false);
    expect(host.plans).toHaveLength(0);
    const all = findingButtons().length;

    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Show" }), "error");
    const errors = findingButtons();
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.length).toBeLessThan(all);
    for (const b of errors) expect(b.getAttribute("aria-label")).toMatch(/^Error, /);

    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Show" }), "warning");
    for (const b of findingButtons()) expect(b.getAttribute("aria-label")).toMatch(/^Warning, /);
  });

  it("selects a finding's cell in Excel on click and on Enter", async () => {
    const host = new SpyHost(await sampleHost("structured"), "office");
    await runValidation(host, false);
    const [first, second] = findingButtons();

    await userEvent.click(first!);
    await waitFor(() => expect(host.selections).toHaveLength(1));
    const label = first!.getAttribute("aria-label") ?? "";
    const { sheet, cell } = host.selections[0]!;
    expect(label).toContain(`${sheet}!${cell}: `);
    expect(screen.getByText(`Selected ${sheet}!${cell}`)).toBeTruthy();

    second!.focus();
    await userEvent.keyboard("{Enter}");
    await waitFor(() => expect(host.selections).toHaveLength(2));
    expect(second!.getAttribute("aria-current")).toBe("true");
  });

  it("asks for a workbook when none is open", () => {
    renderInPane(<Validate />, null);
    expect(screen.getByText("No workbook open")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Run validation" })).toBeNull();
  });

  it("shows a read error in a message bar", async () => {
    const failing = new SpyHost(await sampleHost("structured"));
    failing.read = () => Promise.reject(Object.assign(new Error("The workbook is locked."), { sheet: "RACI", cell: "D7" }));
    renderInPane(<Validate />, failing);
    await userEvent.click(screen.getByRole("button", { name: "Run validation" }));
    expect(await screen.findByText("Could not validate")).toBeTruthy();
    expect(screen.getByText("The workbook is locked.")).toBeTruthy();
    expect(screen.getByText("Sheet RACI, cell D7")).toBeTruthy();
  });
});
