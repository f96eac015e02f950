/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import ExcelJS from "exceljs";
import { renderInPane } from "../../test-utils";
import { FileWorkbench } from "./FileWorkbench";
import { downloadName } from "./useFileWorkbench";

async function workbookFile(name: string): Promise<File> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Projects").getCell("A1").value = "Project ID";
  return new File([(await wb.xlsx.writeBuffer()) as ArrayBuffer], name);
}

jest.setTimeout(90000);

describe("FileWorkbench", () => {
  it("opens a workbook file and shows its registers", async () => {
    renderInPane(<FileWorkbench />, null);
    expect(screen.getByRole("button", { name: "Download workbook" }).hasAttribute("disabled")).toBe(true);

    await userEvent.upload(screen.getByLabelText("Workbook file to open"), await workbookFile("plan.xlsx"));

    expect(await screen.findByText("0 of 11 registers present", undefined, { timeout: 20000 })).toBeTruthy();
    expect(screen.getByText("plan.xlsx")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Download workbook" }).hasAttribute("disabled")).toBe(false);
  });

  it("says which file could not be opened, and why", async () => {
    renderInPane(<FileWorkbench />, null);
    await userEvent.upload(screen.getByLabelText("Workbook file to open"), new File(["Project,Owner\nA,B\n"], "plan.xlsx"));
    expect(await screen.findByText("Could not open the workbook", undefined, { timeout: 20000 })).toBeTruthy();
    expect(screen.getByText(/^plan\.xlsx: /)).toBeTruthy();
    expect(screen.getByText("No workbook open", { selector: ".fui-Caption1" })).toBeTruthy();
  });

  it("builds the sample workbook in the browser from the Load sample menu", async () => {
    renderInPane(<FileWorkbench />, null);
    await userEvent.click(screen.getByRole("button", { name: "Load sample" }));
    await userEvent.click(await screen.findByRole("menuitem", { name: "Messy sample (people's own sheets)" }));
    expect(await screen.findByText("pmo-sample-messy.xlsx", undefined, { timeout: 30000 })).toBeTruthy();
    // People's own sheets, no registers yet.
    expect(await screen.findByText("0 of 11 registers present", undefined, { timeout: 20000 })).toBeTruthy();
    expect(await screen.findByRole("option", { name: "Meilensteinplan" }, { timeout: 20000 })).toBeTruthy();

    await userEvent.click(screen.getByRole("button", { name: "Load sample" }));
    await userEvent.click(await screen.findByRole("menuitem", { name: "Structured sample (registers)" }));
    expect(await screen.findByText("pmo-sample-structured.xlsx", undefined, { timeout: 30000 })).toBeTruthy();
    expect(await screen.findByText("11 of 11 registers present", undefined, { timeout: 20000 })).toBeTruthy();
  });

  it("downloads under the opened name, as .xlsx", () => {
    expect(downloadName("Q3 plan.xlsm")).toBe("Q3 plan.xlsx");
    expect(downloadName("plan.XLSX")).toBe("plan.xlsx");
    expect(downloadName(".xlsx")).toBe("workbook.xlsx");
  });
});
