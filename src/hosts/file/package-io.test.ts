/**
 * The package as the file host writes it: its own zip writer (read back by JSZip and by exceljs),
 * loaded data validations kept as ranges, and styles shared between loaded cells changed one cell
 * at a time.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { deflateRawSync } from "zlib";
import { FileHost } from "./file-host";
import { crc32, platformCodec, writeZip, type ZipCodec } from "./zip-writer";
import { splitWorksheet } from "./package-parts";
import { prefixSheetFormulas } from "./ooxml/future-functions";

async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function sheetXml(bytes: Uint8Array, part = "xl/worksheets/sheet1.xml"): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file(part)!.async("string");
}

const syncCodec: ZipCodec = { crc32, deflateRaw: async (d) => deflateRawSync(d) };

describe("zip writer", () => {
  test("parts come back as written, text and bytes, in order, with CRCs JSZip checks", async () => {
    const parts = new Map<string, string | Uint8Array>([
      ["[Content_Types].xml", "<Types/>"],
      ["xl/ünïcode.xml", "<a>héllo ✓</a>".repeat(1000)],
      ["xl/media/image1.png", new Uint8Array([0, 1, 2, 250, 255])],
      ["empty.txt", ""],
    ]);
    const names = [...parts.keys()];
    const zipBytes = await writeZip({ names, take: (n) => parts.get(n)! }, syncCodec);
    const zip = await JSZip.loadAsync(zipBytes, { checkCRC32: true });
    expect(Object.keys(zip.files)).toEqual(names);
    expect(await zip.file("xl/ünïcode.xml")!.async("string")).toBe("<a>héllo ✓</a>".repeat(1000));
    expect([...(await zip.file("xl/media/image1.png")!.async("uint8array"))]).toEqual([0, 1, 2, 250, 255]);
    expect(await zip.file("empty.txt")!.async("string")).toBe("");
  });

  test("the JavaScript CRC-32 is the standard one", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
  });

  test("the platform deflater (CompressionStream) writes a zip JSZip reads", async () => {
    const codec = platformCodec();
    if (!codec) return; // a test DOM without CompressionStream: the host falls back to JSZip
    const text = "<row>".repeat(50_000);
    const zipBytes = await writeZip({ names: ["a.xml"], take: () => text }, codec);
    expect(await (await JSZip.loadAsync(zipBytes, { checkCRC32: true })).file("a.xml")!.async("string")).toBe(text);
  });

  test("only formulas calling a future function are rewritten, wherever they are in the part", () => {
    const xml =
      '<sheetData><row r="1"><c r="A1"><f>COUNTIFS(A:A,1)</f><v>1</v></c><c r="B1" t="str"><f t="shared" ref="B1:B2" si="0">MAXIFS(A:A,B:B,&quot;MAXIFS(&quot;)</f><v>x</v></c>' +
      '<c r="C1" t="inlineStr"><is><t>MAXIFS(not a formula</t></is></c></row><row r="2"><c r="B2"><f t="shared" si="0"/><v>2</v></c><c r="D2"><f>1+IFS(A1,1)+MINIFS(A:A,B:B,1)</f></c></row></sheetData>';
    expect(prefixSheetFormulas(xml)).toBe(
      xml.replace("MAXIFS(A:A,B:B,&quot;MAXIFS(&quot;)", '_xlfn.MAXIFS(A:A,B:B,"MAXIFS(")').replace("1+IFS(A1,1)+MINIFS(", "1+_xlfn.IFS(A1,1)+_xlfn.MINIFS("),
    );
    expect(prefixSheetFormulas('<sheetData><c><f>COUNTIFS(A:A,1)</f></c></sheetData>')).toBe('<sheetData><c><f>COUNTIFS(A:A,1)</f></c></sheetData>');
  });

  test("a worksheet part is cut around its cells", () => {
    const xml = '<worksheet><sheetPr/><sheetData><row r="1"/></sheetData><tableParts count="0"/></worksheet>';
    expect(splitWorksheet(xml)).toEqual({ head: "<worksheet><sheetPr/>", data: '<sheetData><row r="1"/></sheetData>', tail: '<tableParts count="0"/></worksheet>' });
    expect(splitWorksheet("<worksheet><sheetData/><x/></worksheet>")).toEqual({ head: "<worksheet>", data: "<sheetData/>", tail: "<x/></worksheet>" });
  });
});

describe("data validations of a loaded workbook", () => {
  async function validated(): Promise<FileHost> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = "x";
    const list = { type: "list" as const, allowBlank: true, formulae: ['"a,b"'] };
    for (let r = 2; r <= 200; r++) for (const c of ["B", "C"]) ws.getCell(`${c}${r}`).dataValidation = list;
    ws.getCell("E5").dataValidation = { type: "whole", operator: "between", formulae: [1, 9] };
    return FileHost.fromBuffer(await bytesOf(wb), "dv.xlsx");
  }
  const sqrefs = (xml: string) => [...xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].map((m) => m[1]).sort();

  test("are written back as the ranges they were", async () => {
    expect(sqrefs(await sheetXml(await (await validated()).toBuffer()))).toEqual(["B2:C200", "E5"]);
  });

  test("a rule set on part of a loaded range replaces it there only", async () => {
    const host = await validated();
    await host.apply({ ops: [{ kind: "dataValidation", sheet: "S", range: "C50:C100", rule: { type: "whole", min: 0, max: 5 } }] });
    expect(sqrefs(await sheetXml(await host.toBuffer()))).toEqual(["B101:C200", "B2:C49", "B50:B100", "C50:C100", "E5"]);
  });
});

describe("styles of a loaded workbook", () => {
  test("formatting one cell does not reach the cells that shared its style in the file", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    for (let r = 1; r <= 3; r++) {
      ws.getCell(`A${r}`).value = r;
      ws.getCell(`A${r}`).numFmt = "0.0";
    }
    const host = await FileHost.fromBuffer(await bytesOf(wb), "styles.xlsx");
    await host.apply({ ops: [{ kind: "format", sheet: "S", range: "A2", style: { numberFormat: "0.000", bold: true } }] });
    const back = (await (await FileHost.fromBuffer(await host.toBuffer(), "back.xlsx")).read()).sheets[0]!;
    expect(back.numberFormats?.map((r) => r[0])).toEqual(["0.0", "0.000", "0.0"]);
  });
});

describe("a last save", () => {
  test("writes the same package as a save that keeps the cells, then refuses further use", async () => {
    const wb = new ExcelJS.Workbook();
    for (const name of ["One", "Two"]) {
      const ws = wb.addWorksheet(name);
      for (let r = 1; r <= 50; r++) ws.getRow(r).values = [`${name} ${r}`, r, new Date(Date.UTC(2026, 0, r))];
    }
    const bytes = await bytesOf(wb);
    const kept = await FileHost.fromBuffer(bytes, "kept.xlsx", { zip: syncCodec });
    const spent = await FileHost.fromBuffer(bytes, "spent.xlsx", { zip: syncCodec });
    const parts = async (b: Uint8Array) => {
      const zip = await JSZip.loadAsync(b);
      return Promise.all(Object.keys(zip.files).map(async (n) => [n, (await zip.file(n)?.async("string")) ?? ""]));
    };
    const expected = await parts(await kept.toBuffer());
    expect(await parts(await spent.toBuffer({ last: true }))).toEqual(expected);
    // The kept host still holds its cells and saves the same again.
    expect(await parts(await kept.toBuffer())).toEqual(expected);
    await expect(spent.read()).rejects.toThrow(/spent\.xlsx: this workbook was saved as the host's last step/);
    await expect(spent.toBuffer()).rejects.toThrow(/open the file again/);
  });
});
