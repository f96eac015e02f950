/**
 * The report operation through the real file host: the sheet it writes (values, print setup,
 * link back to Metrics), the commentary kept across builds, and the cases it refuses.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import { join } from "path";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import type { FileHost } from "../../src/hosts/file/file-host";
import { report, type ReportOptions } from "../../src/operations/report";
import { findSheet, type WorkbookSnapshot } from "../../src/plan/snapshot";
import { roundTrip } from "../fixtures/workbooks";
import { AS_OF, fixtureHost } from "./fixtures";

const settings = { ...DEFAULT_SETTINGS, asOf: AS_OF };
const options: ReportOptions = { generatedOn: AS_OF };

async function build(host: FileHost, extra: Partial<ReportOptions> = {}) {
  const result = report(await host.read(), settings, AS_OF, { ...options, ...extra });
  if (!result.ok) throw new Error(result.message);
  await host.apply(result.plan);
  return result;
}

/** The XML of a worksheet, found by its name through workbook.xml and its relationships. */
async function sheetXml(bytes: Uint8Array, name: string): Promise<{ sheet: string; workbook: string }> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const rId = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook)![1];
  const target = new RegExp(`<Relationship [^>]*Id="${rId}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${rId}"`).exec(rels)![1]!;
  return { sheet: await zip.file(`xl/${target.replace(/^\/?xl\//, "")}`)!.async("string"), workbook };
}

function rowOf(wb: WorkbookSnapshot, label: string): number {
  const sheet = findSheet(wb, "Status Report")!;
  return sheet.values.findIndex((r) => r[0] === label) + sheet.originRow;
}

describe("the Status Report sheet", () => {
  test("values only, print-ready, a valid package; a link back to the live Metrics sheet", async () => {
    const host = await fixtureHost();
    await host.apply({ ops: [{ kind: "ensureSheet", sheet: "Metrics" }] });
    await build(host);
    const bytes = await host.toBuffer();
    const wb = await (await roundTrip(host)).read();
    const sheet = findSheet(wb, "Status Report")!;
    expect(sheet.values[0]![0]).toBe("Status report — Portfolio");
    expect(sheet.values[0]![9]).toBe("Live metrics");
    expect(sheet.formulas?.flat().some((f) => f !== null) ?? false).toBe(false);

    const { sheet: xml, workbook } = await sheetXml(bytes, "Status Report");
    expect(xml).toContain(`<hyperlink ref="J1" location="&apos;Metrics&apos;!A1"/>`);
    expect(xml).toMatch(/<pageSetup [^>]*paperSize="9"[^>]*orientation="landscape"[^>]*fitToWidth="1" fitToHeight="0"/);
    expect(xml).toContain("<pageSetUpPr fitToPage=\"1\"/>");
    expect(xml).toContain("<oddHeader>&amp;L&amp;&quot;-,Bold&quot;Portfolio&amp;RAs Of 30-Sep-2026</oddHeader>");
    expect(xml).toContain("<oddFooter>Page &amp;P of &amp;N</oddFooter>");
    expect(workbook).toMatch(/<definedName name="_xlnm.Print_Titles" localSheetId="\d+">&apos;Status Report&apos;!\$1:\$3<\/definedName>/);
    expect(workbook).toMatch(/<definedName name="_xlnm.Print_Area" localSheetId="\d+">&apos;Status Report&apos;!\$A\$?1:\$L\$?\d+<\/definedName>/);

    const dir = mkdtempSync(join(tmpdir(), "pmo-report-"));
    try {
      writeFileSync(join(dir, "r.xlsx"), bytes);
      expect(execFileSync("python3", [join(__dirname, "..", "..", "..", "shared", "tools", "ooxml-validate.py"), join(dir, "r.xlsx")], { encoding: "utf8" })).toMatch(/invalid 0\s*$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("a project's report on Letter paper: its name in the page header (& escaped), no link without a Metrics sheet", async () => {
    const host = await fixtureHost();
    const result = await build(host, { project: "p-1", paper: "Letter" });
    expect(result.summary.scopeId).toBe("P-1");
    const { sheet: xml } = await sheetXml(await host.toBuffer(), "Status Report");
    expect(xml).toContain("<oddHeader>&amp;L&amp;&quot;-,Bold&quot;Apollo &amp;&amp; Co&amp;RAs Of 30-Sep-2026</oddHeader>");
    expect(xml).toMatch(/<pageSetup [^>]*paperSize="1"/);
    expect(xml).not.toContain("<hyperlink");
    expect(findSheet(await host.read(), "Status Report")!.values[0]![0]).toBe("Status report — Apollo & Co");
  });

  test("the commentary typed on the sheet is kept when the report is built again, and only for the same scope", async () => {
    let host = await fixtureHost();
    await build(host);
    let wb = await host.read();
    const acc = rowOf(wb, "Accomplishments");
    const next = rowOf(wb, "Next steps");
    await host.apply({
      ops: [
        { kind: "writeRange", sheet: "Status Report", anchor: `C${acc + 1}`, cells: [["Pilot live in two regions.\nTraining done."]] },
        { kind: "writeRange", sheet: "Status Report", anchor: `C${next + 1}`, cells: [["Cutover rehearsal"]] },
      ],
    });
    host = await roundTrip(host);
    const before = findSheet(await host.read(), "Status Report")!.values;

    const again = await build(host);
    expect(again.model.commentary).toEqual({ accomplishments: "Pilot live in two regions.\nTraining done.", nextSteps: "Cutover rehearsal" });
    expect(again.summary.commentaryKept).toBe(true);
    wb = await (await roundTrip(host)).read();
    // Built twice, the sheet is the same: nothing lost, nothing doubled.
    expect(findSheet(wb, "Status Report")!.values).toEqual(before);

    const project = await build(host, { project: "P-2" });
    expect(project.model.commentary).toEqual({ accomplishments: "", nextSteps: "" });
  });

  test("refuses a Status Report sheet it did not write, and an unknown project (listing the known ones)", async () => {
    const host = await fixtureHost();
    await host.apply({ ops: [{ kind: "ensureSheet", sheet: "Status Report" }, { kind: "writeRange", sheet: "Status Report", anchor: "A1", cells: [["My own weekly notes"]] }] });
    const wb = await host.read();
    expect(report(wb, settings, AS_OF, options)).toMatchObject({ ok: false, problem: "foreign-sheet" });
    expect(report(wb, settings, AS_OF, { ...options, project: "P-9" })).toMatchObject({ ok: false, problem: "unknown-project", known: ["P-1", "P-2"], message: "no project P-9: the workbook has P-1, P-2" });
  });
});
