/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderInPane } from "../../test-utils";
import { sampleHost, SpyHost } from "../../test-workbooks";
import { Trends } from "./Trends";

jest.setTimeout(90000);

describe("Trends tab", () => {
  it("starts from the workbook's As Of, takes the snapshot, then builds the metrics", async () => {
    const host = new SpyHost(await sampleHost("structured"));
    renderInPane(<Trends />, host);
    const asOf = screen.getByLabelText("As Of");
    // The sample fixes its As Of on the Settings sheet.
    await screen.findByDisplayValue("2026-09-30", undefined, { timeout: 20000 });
    expect((asOf as HTMLInputElement).value).toBe("2026-09-30");

    await userEvent.click(screen.getByRole("button", { name: "Take snapshot" }));
    expect(await screen.findByText("Snapshot taken", undefined, { timeout: 30000 })).toBeTruthy();
    expect(screen.getByText(/Status History and Milestone History hold \d+ projects and \d+ milestones as of 2026-09-30\./)).toBeTruthy();
    const history = (await host.read()).sheets.find((s) => s.name === "Status History");
    expect(history?.values.length).toBeGreaterThan(2);

    await userEvent.click(screen.getByRole("button", { name: "Build metrics" }));
    expect(await screen.findByText("Metrics built", undefined, { timeout: 60000 })).toBeTruthy();
    const table = screen.getByRole("table", { name: "Key metrics of the portfolio" });
    expect(within(table).getByRole("cell", { name: "Milestones Total" })).toBeTruthy();
    expect(within(screen.getByRole("list", { name: "RAG" })).getAllByRole("listitem")).toHaveLength(4);
    const sheets = (await host.read()).sheets.map((s) => s.name);
    expect(sheets).toEqual(expect.arrayContaining(["Metrics", "Trends", "Pivots"]));
  });

  it("takes the snapshot for the date typed", async () => {
    const host = new SpyHost(await sampleHost("structured"));
    renderInPane(<Trends />, host);
    const asOf = await screen.findByDisplayValue("2026-09-30", undefined, { timeout: 20000 });
    await userEvent.clear(asOf);
    await userEvent.type(asOf, "2026-09-23");
    await userEvent.click(screen.getByRole("button", { name: "Take snapshot" }));
    expect(await screen.findByText(/as of 2026-09-23\./, undefined, { timeout: 30000 })).toBeTruthy();
  });

  it("says which registers are missing instead of failing", async () => {
    const { FileHost } = await import("../../../hosts/file/file-host");
    const host = FileHost.create();
    await host.apply({ ops: [{ kind: "ensureSheet", sheet: "Notes" }] });
    renderInPane(<Trends />, host);
    await userEvent.click(screen.getByRole("button", { name: "Take snapshot" }));
    expect(await screen.findByText("Registers missing", undefined, { timeout: 20000 })).toBeTruthy();
    expect(screen.getByText(/The workbook lacks tblProjects.*Create registers on the Structure tab first\./)).toBeTruthy();
  });
});
