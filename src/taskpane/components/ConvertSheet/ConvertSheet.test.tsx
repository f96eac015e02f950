/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderInPane } from "../../test-utils";
import { sampleHost, SpyHost } from "../../test-workbooks";
import { Structure } from "../Structure/Structure";

jest.setTimeout(90000);

async function renderMessy(environment: Parameters<typeof renderInPane>[2] = {}): Promise<SpyHost> {
  const host = new SpyHost(await sampleHost("messy"));
  renderInPane(<Structure />, host, environment);
  // The sheet list comes from the Structure tab's own read.
  await screen.findByRole("option", { name: "Portfolio" }, { timeout: 30000 });
  return host;
}

async function preview(sheet: string): Promise<HTMLElement> {
  await userEvent.selectOptions(screen.getByRole("combobox", { name: "Sheet" }), sheet);
  await userEvent.click(screen.getByRole("button", { name: "Preview conversion" }));
  const list = await screen.findByRole("list", { name: "Convert a sheet" }, { timeout: 30000 });
  return list;
}

describe("Convert a sheet (Structure tab)", () => {
  it("previews the mapping of the chosen sheet, lets a column's target change, and converts", async () => {
    const host = await renderMessy();
    const list = await preview("Portfolio");
    const cards = within(list).getAllByRole("listitem");
    expect(cards).toHaveLength(1);
    const card = cards[0]!;
    expect(within(card).getByText("Portfolio!A4:N12")).toBeTruthy();
    expect((within(card).getByRole("combobox", { name: "Register" }) as HTMLSelectElement).value).toBe("projects");
    expect((within(card).getByRole("combobox", { name: "N: Comments" }) as HTMLSelectElement).value).toBe("notes");
    const update = within(card).getByRole("combobox", { name: "M: Last Update" }) as HTMLSelectElement;
    expect(update.value).toBe("lastUpdated");

    // Keep "Last Update" as a column of its own rather than as Last Updated.
    await userEvent.selectOptions(update, "");
    expect(update.value).toBe("");

    await userEvent.click(screen.getByRole("button", { name: "Convert" }));
    expect(await screen.findByText("Converted", undefined, { timeout: 30000 })).toBeTruthy();
    expect(screen.getByText(/^Wrote 8 rows from 1 table\./)).toBeTruthy();

    const wb = await host.read();
    const projects = wb.sheets.flatMap((s) => s.tables).find((t) => t.name === "tblProjects");
    expect(projects?.columns).toEqual(expect.arrayContaining(["Project ID", "Last Update"]));
    // Only the chosen sheet was converted.
    expect(wb.sheets.flatMap((s) => s.tables).some((t) => t.name === "tblMilestones")).toBe(false);
    // The source sheet is still there, untouched.
    expect(wb.sheets.find((s) => s.name === "Portfolio")?.tables).toHaveLength(0);
    // The register list shows the new register.
    await waitFor(() => expect(screen.getByText("1 of 11 registers present")).toBeTruthy());
  });

  it("maps the columns again when another register is picked, and skips a table", async () => {
    await renderMessy();
    const list = await preview("Meeting Log");
    const [actions, decisions] = within(list).getAllByRole("listitem");
    const register = within(decisions!).getByRole("combobox", { name: "Register" });
    await userEvent.selectOptions(register, "actions");
    await waitFor(() => expect((within(decisions!).getByRole("combobox", { name: "D: Decision Made" }) as HTMLSelectElement).value).not.toBe("decision"));

    await userEvent.selectOptions(within(actions!).getByRole("combobox", { name: "Register" }), "skip");
    await userEvent.selectOptions(register, "skip");
    expect(screen.getByRole("button", { name: "Convert" }).hasAttribute("disabled")).toBe(true);
  });

  it("picks the active sheet inside Excel", async () => {
    await renderMessy({ environment: { surface: "excel", activeSheet: async () => "Team" } });
    await waitFor(() => expect((screen.getByRole("combobox", { name: "Sheet" }) as HTMLSelectElement).value).toBe("Team"));
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Sheet" }), "Portfolio");
    await userEvent.click(screen.getByRole("button", { name: "Use the active sheet" }));
    await waitFor(() => expect((screen.getByRole("combobox", { name: "Sheet" }) as HTMLSelectElement).value).toBe("Team"));
  });

  it("converts every sheet at once", async () => {
    const host = await renderMessy();
    await preview("");
    await userEvent.click(screen.getByRole("button", { name: "Convert" }));
    expect(await screen.findByText(/^Converted/, undefined, { timeout: 60000 })).toBeTruthy();
    const tables = (await host.read()).sheets.flatMap((s) => s.tables.map((t) => t.name));
    expect(tables).toEqual(expect.arrayContaining(["tblProjects", "tblMilestones", "tblRAID", "tblRACI", "tblActions", "tblDecisions", "tblMeetings", "tblDocuments", "tblStakeholders"]));
  });
});
