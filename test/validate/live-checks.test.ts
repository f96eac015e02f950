/**
 * The live checks are conditional formats, which LibreOffice and Excel evaluate but do not
 * save. To prove them with real LibreOffice, a scratch copy of the validated workbook evaluates
 * each check's own formula in a cell beside every table row; LibreOffice recalculates, and the
 * rows it marks must be exactly the rows the engine's rule reports. The validated workbook
 * itself must open in LibreOffice and keep its conditional formats and links.
 */
import JSZip from "jszip";
import { colName } from "../../src/domain/a1";
import { FileHost } from "../../src/hosts/file/file-host";
import { validate, type ValidateResult } from "../../src/operations/validate";
import type { PlanOp } from "../../src/plan/plan";
import { settingsOf } from "../../src/cli/settings-from-workbook";
import { recalcWithLibreOffice } from "../support/libreoffice";
import { AS_OF, sampleBytes } from "./sample";

type CfOp = Extract<PlanOp, { kind: "conditionalFormat" }>;

const CHECKS = [
  { sheet: "RACI", rule: "raci/one-accountable" },
  { sheet: "Milestones", rule: "milestone/overdue" },
  { sheet: "RAID", rule: "raid/high-risk-unmitigated" },
] as const;

let result: ValidateResult;
let validated: Uint8Array;
let recalculated: FileHost;
const helperCol = new Map<string, number>();

beforeAll(async () => {
  const host = await FileHost.fromBuffer((await sampleBytes()).structured, "demo-structured.xlsx");
  const snap = await host.read();
  result = validate(snap, settingsOf(snap, AS_OF), AS_OF);
  await host.apply(result.plan);
  validated = await host.toBuffer();

  // The scratch copy: each check's formula, moved to every row of its range, in a cell right of the table.
  const scratch = await FileHost.fromBuffer(validated, "scratch.xlsx");
  const ops: PlanOp[] = [];
  for (const { sheet } of CHECKS) {
    const cf = result.plan.ops.find((o): o is CfOp => o.kind === "conditionalFormat" && o.sheet === sheet && o.rule.type === "expression")!;
    const [from, to] = cf.range.split(":") as [string, string];
    const first = Number(/\d+$/.exec(from)![0]);
    const last = Number(/\d+$/.exec(to)![0]);
    const col = snap.sheets.find((s) => s.name === sheet)!.tables[0]!.columns.length + 2;
    helperCol.set(sheet, col);
    const formula = cf.rule.type === "expression" ? cf.rule.formula : "";
    const cells = [];
    for (let r = first; r <= last; r++) cells.push([{ f: `=${formula.replace(new RegExp(`(\\$[A-Z]{1,3})${first}(?!\\d)`, "g"), `$1${r}`)}` }]);
    ops.push({ kind: "writeRange", sheet, anchor: `${colName(col)}${first}`, cells });
  }
  await scratch.apply({ ops });
  recalculated = await FileHost.fromBuffer(await recalcWithLibreOffice(await scratch.toBuffer()), "recalculated.xlsx");
});

describe("live checks, evaluated by LibreOffice", () => {
  it.each(CHECKS)("$sheet: the rows the check marks are the rows of $rule", async ({ sheet, rule }) => {
    const snap = await recalculated.read({ sheets: [sheet] });
    const s = snap.sheets[0]!;
    const col = helperCol.get(sheet)!;
    const marked: number[] = [];
    s.values.forEach((row, i) => {
      const v = row[col - s.originCol];
      if (v === true) marked.push(s.originRow + i + 1);
      else if (v !== false && v !== null && v !== undefined) throw new Error(`${sheet} row ${s.originRow + i + 1}: the check gave ${JSON.stringify(v)}`);
    });
    const expected = [...new Set(result.findings.filter((f) => f.rule === rule).map((f) => f.row))].sort((a, b) => a - b);
    expect(expected.length).toBeGreaterThan(0);
    expect(marked).toEqual(expected);
  });
});

describe("the validated workbook in LibreOffice", () => {
  it("opens, and keeps the live checks and the links of the Findings sheet", async () => {
    const saved = await JSZip.loadAsync(await recalcWithLibreOffice(validated));
    const wb = await saved.file("xl/workbook.xml")!.async("string");
    const rels = await saved.file("xl/_rels/workbook.xml.rels")!.async("string");
    const sheetXml = async (name: string) => {
      const rid = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(wb)![1]!;
      const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)![1]!;
      return saved.file(`xl/${target.replace(/^\/?xl\//, "")}`)!.async("string");
    };
    expect(await sheetXml("RACI")).toMatch(/<conditionalFormatting[^>]*>\s*<cfRule[^>]*type="expression"[\s\S]*?SEARCH\(&quot;A&quot;/);
    expect(await sheetXml("Milestones")).toContain("PMO_AsOf");
    expect(await sheetXml("RAID")).toContain("PMO_HighRiskScore");
    const findings = await sheetXml("Findings");
    const first = result.findings[0]!;
    expect(findings).toContain(`location="&apos;${first.sheet}&apos;!${first.cell}"`);
  });
});
