import { mkdtempSync, readFileSync, readdirSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import JSZip from "jszip";
import { FileHost } from "../../src/hosts/file/file-host";
import { REGISTERS } from "../../src/domain/registers/catalogue";
import { findTable } from "../../src/plan/snapshot";
import { pmo } from "../support/cli";
import { recalcWithLibreOffice } from "../support/libreoffice";

const dir = mkdtempSync(join(tmpdir(), "pmo-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function sheetXmlByName(bytes: Uint8Array, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const wb = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const rid = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(wb)![1];
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)![1]!;
  return zip.file(`xl/${target.replace(/^\/?xl\//, "")}`)!.async("string");
}

describe("pmo init", () => {
  const out = join(dir, "init.xlsx");
  let bytes: Uint8Array;

  beforeAll(() => {
    const r = pmo(["init", "--out", out]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    bytes = readFileSync(out);
  });

  test("writes all 11 register tables plus Lists and Settings", async () => {
    const snap = await (await FileHost.fromBuffer(bytes)).read();
    for (const def of REGISTERS) expect(findTable(snap, def.table)?.sheet.name).toBe(def.sheet);
    expect(findTable(snap, "tblLists")?.sheet.name).toBe("Lists");
    expect(findTable(snap, "tblSettings")?.sheet.name).toBe("Settings");
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  test("enum columns have in-cell dropdowns from the Lists sheet, and the header row is frozen", async () => {
    const xml = await sheetXmlByName(bytes, "Milestones");
    expect(xml).toMatch(/<dataValidation [^>]*type="list"[^>]*sqref="J2(:J2)?"[^>]*>\s*<formula1>List_MilestoneStatus<\/formula1>/);
    expect(xml).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
  });

  test("LibreOffice opens it and finds every register sheet with its header", async () => {
    const snap = await (await FileHost.fromBuffer(await recalcWithLibreOffice(bytes))).read();
    for (const def of REGISTERS) {
      const sheet = snap.sheets.find((s) => s.name === def.sheet);
      expect(sheet?.values[0]?.slice(0, def.columns.length)).toEqual(def.columns.map((c) => c.header));
    }
    // As Of is =TODAY(): LibreOffice computed a date
    const settings = snap.sheets.find((s) => s.name === "Settings")!;
    expect(typeof settings.values[1]![1]).toBe("number");
  });
});

describe("pmo demo", () => {
  const out = join(dir, "demo");

  test("writes the structured sample and its messy copy, which LibreOffice opens", async () => {
    const r = pmo(["demo", "--out", out]);
    expect(r.code).toBe(0);
    const structured = await (await FileHost.fromBuffer(readFileSync(join(out, "demo-structured.xlsx")))).read();
    const count = (t: string) => {
      const f = findTable(structured, t)!;
      return Number(f.table.ref.split(":")[1]!.replace(/[A-Z]+/, "")) - 1;
    };
    expect(count("tblProjects")).toBeGreaterThanOrEqual(6);
    expect(count("tblProjects")).toBeLessThanOrEqual(10);
    expect(count("tblMilestones")).toBeGreaterThanOrEqual(140);
    expect(count("tblRAID")).toBeGreaterThanOrEqual(110);
    expect(count("tblRACI")).toBeGreaterThan(40);
    for (const name of ["demo-structured.xlsx", "demo-messy.xlsx"]) {
      const lo = await (await FileHost.fromBuffer(await recalcWithLibreOffice(join(out, name)))).read();
      expect(lo.sheets.length).toBeGreaterThan(5);
    }
  });

  test("the same seed gives the same sample", async () => {
    const a = await (await FileHost.fromBuffer(readFileSync(join(out, "demo-messy.xlsx")))).read();
    pmo(["demo", "--out", join(dir, "demo2")]);
    const b = await (await FileHost.fromBuffer(readFileSync(join(dir, "demo2", "demo-messy.xlsx")))).read();
    expect(b.sheets.map((s) => s.values)).toEqual(a.sheets.map((s) => s.values));
  });
});

describe("usage errors", () => {
  test.each([
    [["init"], "--out"],
    [["demo", "--seed", "x"], "--seed x"],
    [["demo", "--as-of", "30/09/2026"], "YYYY-MM-DD"],
    [["nosuchcommand"], "unknown command"],
  ])("pmo %j exits 2 with one line naming the problem", (args, words) => {
    const r = pmo(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(words);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });
});
