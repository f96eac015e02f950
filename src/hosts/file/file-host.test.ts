import ExcelJS from "exceljs";
import { existsSync, readdirSync } from "fs";
import { join } from "path";
import { FileHost, toFileFormula } from "./file-host";
import { isoToSerial, serialToIso } from "../../domain/dates";
import { hostWith, roundTrip, table } from "../../../test/fixtures/workbooks";
import { findTable } from "../../plan/snapshot";

async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe("file host", () => {
  test("round trip: values, formulas, number formats, merges, tables, names", async () => {
    const host = await hostWith([
      ...table("Data", "tblData", ["ID", "When", "Qty"], [["A-1", { d: "2026-03-15" }, 3], ["=not a formula", null, 4]]),
      { kind: "format", sheet: "Data", range: "B2:B3", style: { numberFormat: "dd-mmm-yyyy" } },
      { kind: "writeRange", sheet: "Data", anchor: "E1", cells: [["Total", { f: "=SUM(tblData[Qty])" }]] },
      { kind: "merge", sheet: "Data", range: "E3:F4" },
      { kind: "namedRange", name: "TheTotal", ref: "'Data'!$F$1" },
    ]);
    const snap = await (await roundTrip(host)).read();
    const s = snap.sheets.find((x) => x.name === "Data")!;
    expect(s.values[1]![0]).toBe("A-1");
    expect(s.values[1]![1]).toBe(isoToSerial("2026-03-15"));
    expect(s.numberFormats?.[1]?.[1]).toBe("dd-mmm-yyyy");
    // a text that starts with "=" stays text
    expect(s.values[2]![0]).toBe("=not a formula");
    expect(s.formulas?.[2]?.[0] ?? null).toBeNull();
    expect(s.formulas?.[0]?.[5]).toBe("=SUM(tblData[Qty])");
    expect(s.merges).toContain("E3:F4");
    expect(s.tables).toEqual([{ name: "tblData", ref: "A1:C3", columns: ["ID", "When", "Qty"], totalsRow: false }]);
    expect(snap.names).toContainEqual({ name: "TheTotal", ref: "'Data'!$F$1" });
  });

  test("1904 date system: serials are read in the workbook's own system", async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = new Date(Date.UTC(2026, 2, 15));
    ws.getCell("A1").numFmt = "yyyy-mm-dd";
    const snap = await (await FileHost.fromBuffer(await bytesOf(wb))).read();
    expect(snap.date1904).toBe(true);
    const v = snap.sheets[0]!.values[0]![0] as number;
    expect(v).toBe(isoToSerial("2026-03-15", true));
    expect(serialToIso(v, true)).toBe("2026-03-15");
  });

  test("formula cells whose cached result is an error or text in a date format do not crash", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
    ws.getCell("A2").value = { formula: 'IF(TRUE," - ",1)', result: " - " } as ExcelJS.CellFormulaValue;
    ws.getCell("A2").numFmt = "d-mmm";
    ws.getCell("A3").value = { richText: [{ text: "rich " }, { text: "text" }] };
    ws.getCell("A4").value = { text: "a link", hyperlink: "https://example.com" };
    const snap = await (await FileHost.fromBuffer(await bytesOf(wb))).read();
    const col = snap.sheets[0]!.values.map((r) => r[0]);
    expect(col[0]).toEqual({ error: "#DIV/0!" });
    expect([" - ", null]).toContainEqual(col[1]);
    expect(col[2]).toBe("rich text");
    expect(col[3]).toBe("a link");
  });

  test("a workbook with calculated table columns (as Excel writes them) is read and keeps its formulas", async () => {
    const host = await hostWith([
      { kind: "ensureSheet", sheet: "R" },
      { kind: "createTable", sheet: "R", table: "tblR", anchor: "A1", columns: [{ header: "P" }, { header: "I" }, { header: "Score", formula: "=[@P]*[@I]", calc: true }], rows: [[2, 3, null]] },
    ]);
    const again = await roundTrip(host);
    const snap = await again.read();
    expect(snap.sheets[0]!.formulas?.[1]?.[2]).toBe("=tblR[[#This Row],[P]]*tblR[[#This Row],[I]]");
    await again.apply({ ops: [{ kind: "appendTableRows", sheet: "R", table: "tblR", rows: [[4, 5, null]] }] });
    const third = await (await roundTrip(again)).read();
    expect(third.sheets[0]!.formulas?.[2]?.[2]).toBe("=tblR[[#This Row],[P]]*tblR[[#This Row],[I]]");
    expect(findTable(third, "tblR")!.table.ref).toBe("A1:C3");
  });

  test("structured references: [@Col] and [@[Col Name]] become the file's #This Row form", () => {
    expect(toFileFormula("=[@[Baseline Date]]+[@Slip]", "tblM")).toBe("tblM[[#This Row],[Baseline Date]]+tblM[[#This Row],[Slip]]");
  });

  test.each([
    [new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), "save it as .xlsx"],
    [new TextEncoder().encode("ID,Title\n1,x\n"), "text file"],
    [new Uint8Array([]), "empty"],
    [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), "damaged"],
  ])("a file that is not an .xlsx gets a one-line message (%#)", async (bytes, words) => {
    await expect(FileHost.fromBuffer(bytes, "in.xlsx")).rejects.toThrow(words);
  });

  const corpus = join(__dirname, "../../../../shared/corpus");
  const files = existsSync(corpus) ? readdirSync(corpus, { recursive: true }).map(String).filter((f) => /\.xls[xm]$/.test(f)) : [];
  test("every .xlsx/.xlsm of the shared corpus reads into a snapshot without a crash", async () => {
    expect(files.length).toBeGreaterThan(20);
    for (const f of files) {
      const host = await FileHost.fromBuffer(await import("fs").then((fs) => fs.readFileSync(join(corpus, f))), f);
      const snap = await host.read();
      expect(snap.sheets.length).toBeGreaterThan(0);
    }
  });
});
