import { createFakeExcel, type FakeExcelOptions } from "../../../test/office-fake/fake-excel";
import { milestoneRowsPlan, seedWorkbook } from "../../../test/office-fake/seed";
import type { PlanOp } from "../../plan/plan";
import { OfficeHost } from "./office-host";

function hostOn(options: FakeExcelOptions = {}, payloadBudget?: number) {
  const fake = createFakeExcel(options);
  const host = new OfficeHost({ run: fake.run, isSetSupported: fake.isSetSupported, ...(payloadBudget ? { payloadBudget } : {}) });
  return { fake, host };
}

describe("OfficeHost", () => {
  test("capabilities come from the requirement sets, with what is missing in words", () => {
    expect(hostOn().host.capabilities()).toEqual({ pivotTables: true, charts: true, dataValidation: true, conditionalFormats: true, missing: [] });
    const old = hostOn({ excelApi: "1.7" }).host.capabilities();
    expect(old).toMatchObject({ pivotTables: false, charts: true, dataValidation: false, conditionalFormats: true });
    expect(old.missing.join(" ")).toMatch(/PivotTables .* ExcelApi 1\.8/);
    expect(old.missing.join(" ")).toMatch(/ExcelApi 1\.9/);
    expect(old.missing.join(" ")).toMatch(/Merged cells are not read/);
  });

  test("an Excel without ExcelApi 1.4 is refused with a message, before any call", async () => {
    const { host, fake } = hostOn({ excelApi: "1.3" });
    expect(host.capabilities().missing[0]).toMatch(/ExcelApi 1\.4/);
    expect(() => host.read()).toThrow(/too old/);
    expect(fake.stats.syncs).toBe(0);
  });

  test("outside Office (no requirements object) every feature is off instead of a crash", () => {
    const host = new OfficeHost({ run: createFakeExcel().run, isSetSupported: () => { throw new TypeError("Office is not defined"); } });
    expect(host.capabilities().pivotTables).toBe(false);
  });

  test("select activates the sheet and selects the cell in one sync", async () => {
    const { host, fake } = hostOn({ sheets: ["A", "B"] });
    await host.select("B", "C7");
    expect(fake.stats.syncs).toBe(1);
    expect(fake.state.activeSheetId).toBe(fake.state.sheetByName("B")!.id);
    expect(fake.state.selection?.rect).toEqual({ top: 6, left: 2, bottom: 6, right: 2 });
  });

  test("a 1904 workbook: read says so, and dates are written as its serials", async () => {
    const { host, fake } = hostOn({ date1904: true });
    await host.apply({ ops: [{ kind: "ensureSheet", sheet: "S" }, { kind: "createTable", sheet: "S", table: "tblS", anchor: "A1", columns: [{ header: "When", numberFormat: "yyyy-mm-dd" }], rows: [[{ d: "2026-03-15" }]] }] });
    const snap = await host.read();
    expect(snap.date1904).toBe(true);
    expect(snap.sheets[0]!.values[1]![0]).toBe(46096 - 1462);
    expect(fake.state.sheets[0]!.grid.get(1, 0).value).toBe(46096 - 1462);
  });

  test("merged cells are read with ExcelApi 1.13 and left out (said in capabilities) without", async () => {
    const ops: PlanOp[] = [{ kind: "ensureSheet", sheet: "S" }, { kind: "writeRange", sheet: "S", anchor: "A1", cells: [["Title"]] }, { kind: "merge", sheet: "S", range: "A1:D1" }];
    const modern = hostOn();
    await modern.host.apply({ ops });
    expect((await modern.host.read()).sheets[0]!.merges).toEqual(["A1:D1"]);
    const older = hostOn({ excelApi: "1.12" });
    await older.host.apply({ ops });
    expect((await older.host.read()).sheets[0]!.merges).toEqual([]);
  });

  test("writes are split so that no request passes the budget; progress is reported per sync", async () => {
    const budget = 200_000;
    const { host, fake } = hostOn({ payloadLimit: 240_000 }, budget);
    await seedWorkbook(host, 0);
    fake.stats.reset();
    const calls: number[] = [];
    await host.apply(milestoneRowsPlan(2_000), (done) => calls.push(done));
    expect(fake.stats.maxRequestBytes).toBeLessThanOrEqual(240_000);
    expect(fake.stats.syncs).toBeGreaterThan(5);
    expect(calls[calls.length - 1]).toBe(1);
    expect((await host.read()).sheets.find((s) => s.name === "Milestones")!.values.length).toBe(2_001);
  });

  test("a response Excel refuses as too large is read again in smaller blocks", async () => {
    // This Excel refuses anything over 150 KB. One host, within that, writes the workbook;
    // another, aiming at 1 MB per response, must recover when it reads.
    const fake = createFakeExcel({ payloadLimit: 150_000 });
    await seedWorkbook(new OfficeHost({ run: fake.run, isSetSupported: fake.isSetSupported, payloadBudget: 100_000 }), 1_000);
    const greedy = new OfficeHost({ run: fake.run, isSetSupported: fake.isSetSupported, payloadBudget: 1_000_000 });
    fake.stats.reset();
    const snap = await greedy.read();
    expect(snap.sheets.find((s) => s.name === "Milestones")!.values.length).toBe(1_001);
    expect(fake.stats.refused).toBeGreaterThan(0);
    expect(fake.stats.maxResponseBytes).toBeLessThanOrEqual(150_000);
  });

  test("Excel's errors come back as a WorkbookError that names the ops of the failed sync", async () => {
    const { host } = hostOn({ sheets: ["S"] });
    const bad: PlanOp = { kind: "writeRange", sheet: "S", anchor: "A1", cells: [[{ f: "=SUM(" }]] };
    await expect(host.apply({ ops: [bad] })).rejects.toThrow(/^Excel refused the changes of plan ops 1–1 \(writeRange\): InvalidArgument/);
    await expect(host.apply({ ops: [{ kind: "writeRange", sheet: "Nope", anchor: "A1", cells: [[1]] }] })).rejects.toThrow('sheet "Nope" does not exist');
  });

  test("a table with a totals row is not appended to", async () => {
    const { host, fake } = hostOn();
    await host.apply({ ops: [{ kind: "ensureSheet", sheet: "S" }, { kind: "createTable", sheet: "S", table: "tblS", anchor: "A1", columns: [{ header: "X" }], rows: [[1]] }] });
    Object.assign(fake.state.tables[0]!, { showTotals: true });
    await expect(host.apply({ ops: [{ kind: "appendTableRows", sheet: "S", table: "tblS", rows: [[2]] }] })).rejects.toThrow(/has a totals row/);
  });

  test("formulas read only where special cells find them (ExcelApi 1.9) give the snapshot that reading every cell's formula gives", async () => {
    const fake = createFakeExcel();
    await seedWorkbook(new OfficeHost({ run: fake.run, isSetSupported: fake.isSetSupported }), 300);
    // A sheet of scattered formulas (more areas per block than are loaded one by one) and '=text.
    const grid = fake.state.addSheet("Scattered").grid;
    for (let r = 0; r < 200; r++) for (let c = 0; c < 6; c++) grid.setContent(r, c, (r + c) % 2 ? r * c : null, (r + c) % 2 ? null : `=${r}+${c}`);
    grid.setContent(200, 0, "=looks like a formula", null, true);
    const modern = new OfficeHost({ run: fake.run, isSetSupported: fake.isSetSupported });
    const older = new OfficeHost({ run: fake.run, isSetSupported: (name, version) => fake.isSetSupported(name, version) && Number(version.split(".")[1]) <= 8 });
    fake.stats.reset();
    const a = await modern.read();
    const modernBytes = fake.stats.responseBytes;
    fake.stats.reset();
    const b = await older.read();
    expect(a).toEqual({ ...b, sheets: b.sheets.map((s, i) => ({ ...s, merges: a.sheets[i]!.merges })) });
    expect(a.sheets.find((s) => s.name === "Scattered")!.formulas![0]!.slice(0, 2)).toEqual(["=0+0", null]);
    expect(a.sheets.find((s) => s.name === "Scattered")!.values[200]).toEqual(["=looks like a formula"]);
    // The calculated columns' formulas are still read; the constants are not read twice.
    expect(modernBytes).toBeLessThan(fake.stats.responseBytes * 0.9);
  });
});
