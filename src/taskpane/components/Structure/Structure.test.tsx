/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { rangeA1 } from "../../../domain/a1";
import { REGISTERS } from "../../../domain/registers/catalogue";
import type { ApplyResult, HostCapabilities, WorkbookHost } from "../../../plan/host";
import type { WorkbookPlan } from "../../../plan/plan";
import type { SheetSnapshot, WorkbookSnapshot } from "../../../plan/snapshot";
import { renderInPane } from "../../test-utils";
import { Structure } from "./Structure";

const EMPTY: WorkbookSnapshot = {
  sheets: [{ name: "Sheet1", originRow: 0, originCol: 0, values: [], merges: [], visibility: "visible", tables: [] }],
  date1904: false,
  names: [],
};

/**
 * A host that records plans and applies just enough of them (sheets and tables) for the
 * Structure tab to see the result on its next read.
 */
class RecordingHost implements WorkbookHost {
  readonly kind = "file" as const;
  readonly plans: WorkbookPlan[] = [];
  constructor(
    private snapshot: WorkbookSnapshot,
    private readonly failRead?: Error,
  ) {}

  async read(): Promise<WorkbookSnapshot> {
    if (this.failRead) throw this.failRead;
    return this.snapshot;
  }

  async apply(plan: WorkbookPlan): Promise<ApplyResult> {
    this.plans.push(plan);
    const sheets = new Map<string, SheetSnapshot>(this.snapshot.sheets.map((s) => [s.name, s]));
    for (const op of plan.ops) {
      if (op.kind === "ensureSheet" && !sheets.has(op.sheet)) {
        sheets.set(op.sheet, { name: op.sheet, originRow: 0, originCol: 0, values: [], merges: [], visibility: "visible", tables: [] });
      } else if (op.kind === "createTable") {
        // Tables at A1, as structure creates them; formulas and dates are left blank.
        const s = sheets.get(op.sheet) as SheetSnapshot;
        const header = op.columns.map((c) => c.header);
        const rows = op.rows.map((r) => r.map((c) => (c === null || typeof c !== "object" ? c : null)));
        const ref = rangeA1({ top: 0, left: 0, bottom: rows.length, right: header.length - 1 });
        const table = { name: op.table, ref, columns: header, totalsRow: false };
        sheets.set(op.sheet, { ...s, values: [header, ...rows], tables: [...s.tables, table] });
      }
    }
    this.snapshot = { ...this.snapshot, sheets: [...sheets.values()] };
    return { applied: plan.ops.length, sheets: [...sheets.keys()], skipped: [] };
  }

  capabilities(): HostCapabilities {
    return { pivotTables: true, charts: true, dataValidation: true, conditionalFormats: true, missing: [] };
  }

  async select(): Promise<void> {}
}

function renderWith(host: WorkbookHost | null): void {
  renderInPane(<Structure />, host);
}

describe("Structure tab", () => {
  it("lists every register as missing in an empty workbook, then creates them all", async () => {
    const host = new RecordingHost(EMPTY);
    renderWith(host);

    expect(await screen.findByText(`0 of ${REGISTERS.length} registers present`)).toBeTruthy();
    const list = screen.getByRole("list", { name: "Registers" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(REGISTERS.length);
    expect(within(list).getAllByText("Missing")).toHaveLength(REGISTERS.length);

    await userEvent.click(screen.getByRole("button", { name: "Create registers" }));

    expect(await screen.findByText("Registers created")).toBeTruthy();
    expect(screen.getByText(`${REGISTERS.length} of ${REGISTERS.length} registers present`)).toBeTruthy();
    expect(within(screen.getByRole("list", { name: "Registers" })).getAllByText("Present")).toHaveLength(REGISTERS.length);
    expect(host.plans).toHaveLength(1);
    const created = host.plans[0]!.ops.flatMap((op) => (op.kind === "createTable" ? [op.table] : []));
    expect(created).toEqual(expect.arrayContaining(REGISTERS.map((r) => r.table)));
    // Structured: nothing left to do, so the button is off.
    expect(screen.getByRole("button", { name: "Create registers" }).hasAttribute("disabled")).toBe(true);
  });

  it("shows a read error in a message bar", async () => {
    renderWith(new RecordingHost(EMPTY, new Error("The workbook is locked for editing.")));
    expect(await screen.findByText("Could not read the workbook")).toBeTruthy();
    expect(screen.getByText("The workbook is locked for editing.")).toBeTruthy();
  });

  it("asks for a workbook when there is no host", () => {
    renderWith(null);
    expect(screen.getByText("No workbook open")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Create registers" })).toBeNull();
  });

  it("creates the registers in a real workbook file through the file host", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Notes").getCell("A1").value = "Kick-off on Monday";
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const { FileHost } = await import("../../../hosts/file/file-host");
    const host = await FileHost.fromBuffer(bytes, "plan.xlsx");
    renderWith(host);

    await userEvent.click(await screen.findByRole("button", { name: "Create registers" }));
    expect(await screen.findByText("Registers created", undefined, { timeout: 20000 })).toBeTruthy();

    const reopened = await (await FileHost.fromBuffer(await host.toBuffer(), "plan.xlsx")).read();
    const tables = reopened.sheets.flatMap((s) => s.tables.map((t) => t.name));
    expect(tables).toEqual(expect.arrayContaining(REGISTERS.map((r) => r.table)));
    // The user's own sheet is untouched.
    expect(reopened.sheets.find((s) => s.name === "Notes")?.values[0]?.[0]).toBe("Kick-off on Monday");
    await waitFor(() => expect(screen.getByText(`${REGISTERS.length} of ${REGISTERS.length} registers present`)).toBeTruthy());
  });
});
