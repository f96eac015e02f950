/**
 * The metrics workbook recalculated by real LibreOffice must show exactly the engine's values,
 * for the demo portfolio and for the edge cases (in both date systems); every part we write must
 * pass the ISO schemas; LibreOffice must build the four PivotTables and keep the three charts.
 */
import { execFile } from "child_process";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import { join } from "path";
import { promisify } from "util";
import { buildMetricsDemo } from "../../src/cli/demo/metrics-stage";
import { readMetricInputs } from "../../src/domain/metrics/inputs";
import { DEMO_AS_OF } from "../../src/domain/sample/portfolio";
import type { FileHost } from "../../src/hosts/file/file-host";
import { structuredRegisters } from "../../src/plan/structured";
import { recalcWithLibreOffice } from "../support/libreoffice";
import { buildEdgeWorkbook } from "./edge-workbook";
import { compareWorkbook } from "./expected-cells";
import { recalculatedValues } from "./recalculated-values";

const run = promisify(execFile);
const VALIDATOR = join(__dirname, "../../../shared/tools/ooxml-validate.py");

async function validate(bytes: Uint8Array): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "pmo-validate-"));
  try {
    const file = join(dir, "w.xlsx");
    writeFileSync(file, bytes);
    const { stdout } = await run("python3", [VALIDATOR, file]).catch((e: { stdout: string }) => ({ stdout: e.stdout }));
    return stdout.trim().split("\n").pop() ?? "";
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function recalcAndCompare(host: FileHost, evaluation: Parameters<typeof compareWorkbook>[1]) {
  const bytes = await host.toBuffer();
  const recalculated = await recalcWithLibreOffice(bytes);
  const inputs = readMetricInputs(structuredRegisters(await host.read()));
  return { bytes, recalculated, mismatches: compareWorkbook(await recalculatedValues(recalculated), evaluation, inputs) };
}

describe("the demo metrics workbook in LibreOffice", () => {
  let demo: Awaited<ReturnType<typeof buildMetricsDemo>>;
  let out: Awaited<ReturnType<typeof recalcAndCompare>>;
  beforeAll(async () => {
    demo = await buildMetricsDemo(7, DEMO_AS_OF);
    out = await recalcAndCompare(demo.host, demo.result.evaluation);
  });

  test("every formula value equals the JS reference", () => {
    expect(out.mismatches).toEqual([]);
    expect(demo.result.json.projects.length).toBe(8);
    expect(demo.snapshots.length).toBe(8);
  });

  test("every part passes the ISO schemas", async () => {
    expect(await validate(out.bytes)).toMatch(/invalid 0$/);
  });

  test("LibreOffice builds the 4 PivotTables from the tables and keeps the 3 charts", async () => {
    const zip = await JSZip.loadAsync(out.recalculated);
    const names = Object.keys(zip.files);
    expect(names.filter((n) => /^xl\/pivotTables\/pivotTable\d+\.xml$/.test(n))).toHaveLength(4);
    expect(names.filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))).toHaveLength(3);
    // The RAID pivot's grand total counts every RAID item: LibreOffice computed it from tblRAID.
    const pivots = (await recalculatedValues(out.recalculated)).sheets.find((s) => s.name === "Pivots")!;
    const raidRows = readMetricInputs(structuredRegisters(await demo.host.read())).raid.filter((r) => r.idPresent).length;
    const total = pivots.values.find((r) => /^(Total Result|Grand Total)$/.test(String(r[0] ?? "")));
    // The RAID pivot takes columns A…I; the next pivot starts at column J.
    expect(total?.slice(0, 9).filter((v) => typeof v === "number").pop()).toBe(raidRows);
  });

  test("a second snapshot for the same date changes nothing", async () => {
    const { snapshot } = await import("../../src/operations/snapshot");
    const { settingsOf } = await import("../../src/cli/settings-from-workbook");
    const history = async () => JSON.stringify((await demo.host.read()).sheets.filter((s) => /History$/.test(s.name)).map((s) => [s.name, s.values, s.tables]));
    const before = await history();
    const wb = await demo.host.read();
    const again = snapshot(wb, { ...settingsOf(wb, DEMO_AS_OF), asOf: DEMO_AS_OF });
    if (!again.ok) throw new Error(again.missing.join());
    expect(again.summary.replaced.statusHistory).toBe(8);
    await demo.host.apply(again.plan);
    expect(await history()).toBe(before);
  });
});

describe.each([false, true])("edge cases in LibreOffice (1904 date system: %s)", (date1904) => {
  test("every formula value equals the JS reference and the parts are valid", async () => {
    const { host, result } = await buildEdgeWorkbook(date1904);
    const out = await recalcAndCompare(host, result.evaluation);
    expect(out.mismatches).toEqual([]);
    expect((await recalculatedValues(out.recalculated)).date1904).toBe(date1904);
    expect(await validate(out.bytes)).toMatch(/invalid 0$/);
    const byId = new Map(result.json.projects.map((p) => [p.projectId, p]));
    // Spot checks of the cases themselves, so a wrong reference cannot pass by agreeing with a wrong formula.
    expect(byId.get("E-NOMS")!.metrics["Milestones Total"]).toBe(0);
    expect(byId.get("E-NOMS")!.metrics["On-Time Rate"]).toBeNull();
    expect(byId.get("E-NOMS")!.metrics["RACI Coverage"]).toBe(0.5);
    expect(byId.get("E-CANC")!.metrics["Max Slip Days"]).toBeNull();
    expect(byId.get("E-CANC")!.rag.overall).toBe("Amber");
    expect(byId.get("E-NOBUD")!.metrics["Cost Variance %"]).toBeNull();
    expect(byId.get("E-NOBUD")!.rag.cost).toBeNull();
    expect(byId.get("E-NEG")!.metrics).toMatchObject({ "Milestones Overdue": 1, "On-Time Rate": 0.5, "Avg Slip Days": 3.8, "Overdue Actions": 1 });
    expect(byId.get("E-NEW")!.trend.previousAsOf).toBeNull();
    expect(byId.get("E-NOBUD")!.trend.metrics["Max Slip Days"]).toEqual({ delta: 19, arrow: "▼" });
  });
});
