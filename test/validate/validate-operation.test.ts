import JSZip from "jszip";
import { execFileSync } from "child_process";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { parseCell } from "../../src/domain/a1";
import { SAMPLE_DEFECTS } from "../../src/domain/sample/portfolio";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import { FileHost } from "../../src/hosts/file/file-host";
import { validate } from "../../src/operations/validate";
import { isLinkCell, type PlanOp } from "../../src/plan/plan";
import type { WorkbookSnapshot } from "../../src/plan/snapshot";
import { settingsOf } from "../../src/cli/settings-from-workbook";
import { hostWith, table } from "../fixtures/workbooks";
import { AS_OF, sampleBytes } from "./sample";

async function structured() {
  const host = await FileHost.fromBuffer((await sampleBytes()).structured, "demo-structured.xlsx");
  const snap = await host.read();
  return { host, snap, result: validate(snap, settingsOf(snap, AS_OF), AS_OF) };
}

describe("validate on the structured sample", () => {
  it("finds every defect the sample carries, on its register", async () => {
    const { result } = await structured();
    for (const d of SAMPLE_DEFECTS) {
      expect(result.findings).toContainEqual(expect.objectContaining({ rule: d.rule, register: d.register, key: d.key }));
    }
  });

  it("sorts findings by sheet, row, column and rule, once per rule and cell", async () => {
    const { result } = await structured();
    const f = result.findings;
    const order = (x: (typeof f)[number]) => [x.sheet, parseCell(x.cell).row, parseCell(x.cell).col, x.rule] as const;
    for (let i = 1; i < f.length; i++) {
      const [a, b] = [order(f[i - 1]!), order(f[i]!)];
      const cmp = a[0] !== b[0] ? (a[0] < b[0] ? -1 : 1) : a[1] - b[1] || a[2] - b[2] || (a[3] < b[3] ? -1 : a[3] > b[3] ? 1 : 0);
      expect(cmp).toBeLessThan(0);
    }
    for (const x of f) expect(x.row).toBe(parseCell(x.cell).row + 1);
  });

  it("points at the cell that holds the defect", async () => {
    const { snap, result } = await structured();
    const two = result.findings.find((f) => f.rule === "raci/one-accountable" && f.key === "PRJ01-A04")!;
    expect(two.message).toBe("2 accountable: Sponsor, Project Manager");
    const raci = snap.sheets.find((s) => s.name === two.sheet)!;
    const { row, col } = parseCell(two.cell);
    expect(raci.values[row - raci.originRow]![col - raci.originCol]).toBe("Design solution");
  });

  it("counts by severity and by register", async () => {
    const { result } = await structured();
    const { summary, findings } = result;
    expect(summary.errors).toBe(findings.filter((f) => f.severity === "error").length);
    expect(summary.warnings).toBe(findings.filter((f) => f.severity === "warning").length);
    expect(summary.infos).toBe(findings.filter((f) => f.severity === "info").length);
    expect(summary.byRegister.raci?.errors).toBe(2);
    expect(summary.checked.map((c) => c.table)).toContain("tblMilestones");
  });

  it("plans the Findings sheet with a link to each finding's cell", async () => {
    const { result } = await structured();
    const ops = result.plan.ops;
    expect(ops.slice(0, 2)).toEqual([
      { kind: "ensureSheet", sheet: "Findings" },
      { kind: "clearSheet", sheet: "Findings" },
    ]);
    const write = ops.find((o): o is Extract<PlanOp, { kind: "writeRange" }> => o.kind === "writeRange" && o.sheet === "Findings")!;
    expect(write.cells[1]).toEqual(["Severity", "Rule", "Register", "Sheet", "Cell", "Key", "Message"]);
    const rows = write.cells.slice(2);
    expect(rows).toHaveLength(result.findings.length);
    rows.forEach((r, i) => {
      const f = result.findings[i]!;
      const link = r[4]!;
      expect(isLinkCell(link) && link).toEqual({ link: `#'${f.sheet}'!${f.cell}`, text: f.cell });
      expect(r[6]).toBe(f.message);
    });
    expect(ops).toContainEqual({ kind: "freezePanes", sheet: "Findings", rows: 2, cols: 0 });
  });

  it("plans live checks on the structured RACI, Milestones and RAID tables", async () => {
    const { result } = await structured();
    const cf = result.plan.ops.filter((o): o is Extract<PlanOp, { kind: "conditionalFormat" }> => o.kind === "conditionalFormat" && o.sheet !== "Findings");
    expect(cf.map((o) => o.sheet).sort()).toEqual(["Milestones", "RACI", "RAID"]);
    const formula = (sheet: string) => {
      const r = cf.find((o) => o.sheet === sheet)!.rule;
      return r.type === "expression" ? r.formula : "";
    };
    expect(formula("Milestones")).toContain("<PMO_AsOf");
    expect(formula("RAID")).toContain(">=PMO_HighRiskScore");
    expect(formula("RACI")).toContain('SEARCH("A",$D2:$J2)');
  });

  it("gives the same workbook when run twice", async () => {
    const { host, result } = await structured();
    await host.apply(result.plan);
    const once = await host.toBuffer();
    const again = await FileHost.fromBuffer(once, "once.xlsx");
    const snap = await again.read();
    const second = validate(snap, settingsOf(snap, AS_OF), AS_OF);
    expect(second.findings).toEqual(result.findings);
    await again.apply(second.plan);
    const twice = await again.toBuffer();
    const parts = async (bytes: Uint8Array) => {
      const zip = await JSZip.loadAsync(bytes);
      const names = Object.keys(zip.files).filter((n) => n.startsWith("xl/") && !zip.files[n]!.dir).sort();
      return Promise.all(names.map(async (n) => [n, await zip.file(n)!.async("string")] as const));
    };
    expect(await parts(twice)).toEqual(await parts(once));
  });

  it("writes a package the OOXML schemas accept", async () => {
    const { host, result } = await structured();
    await host.apply(result.plan);
    const dir = mkdtempSync(join(tmpdir(), "pmo-validate-"));
    try {
      const file = join(dir, "validated.xlsx");
      writeFileSync(file, await host.toBuffer());
      const out = execFileSync("python3", [join(__dirname, "../../../shared/tools/ooxml-validate.py"), file], { encoding: "utf8" });
      expect(out).toMatch(/invalid 0\b/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("validate on small workbooks", () => {
  it("reads a register in someone's own sheet in place and skips the Findings sheet it wrote", async () => {
    const host = await hostWith([
      { kind: "ensureSheet", sheet: "Team RACI" },
      {
        kind: "writeRange",
        sheet: "Team RACI",
        anchor: "B3",
        cells: [
          ["Responsibility matrix"],
          [],
          ["Task", "Jane Okafor", "Lena Fischer", "Tom Becker"],
          ["Phase 1", null, null, null],
          ["Design", "A", "A", "R"],
          ["Build", "R", "C", "A"],
          ["Test", "A", "R", "I"],
        ],
      },
    ]);
    const snap = await host.read();
    const result = validate(snap, DEFAULT_SETTINGS, "2026-04-15");
    expect(result.findings.map((f) => [f.sheet, f.cell, f.rule, f.message])).toEqual([["Team RACI", "B7", "raci/one-accountable", "2 accountable: Jane Okafor, Lena Fischer"]]);
    await host.apply(result.plan);
    const again = validate(await host.read(), DEFAULT_SETTINGS, "2026-04-15");
    expect(again.findings).toEqual(result.findings);
    expect(again.plan.ops.filter((o) => o.kind === "conditionalFormat" && o.sheet === "Team RACI")).toEqual([]);
  });

  it("writes 'No findings' for a clean workbook and exits quietly on an empty one", async () => {
    const host = await hostWith(table("Milestones", "tblMilestones", ["Milestone ID", "Milestone", "Owner", "Baseline Date", "Status"], [["M1", "Kick-off", "Jane", "2026-05-01", "Not Started"]]));
    const result = validate(await host.read(), DEFAULT_SETTINGS, "2026-04-15");
    expect(result.findings).toEqual([]);
    const write = result.plan.ops.find((o): o is Extract<PlanOp, { kind: "writeRange" }> => o.kind === "writeRange")!;
    expect(write.cells[2]![6]).toBe("No findings.");
    const empty = validate(await FileHost.create().read(), DEFAULT_SETTINGS, "2026-04-15");
    expect(empty.summary).toMatchObject({ errors: 0, warnings: 0, infos: 0, checked: [] });
  });

  it("reads a literal as-of date in live checks when the workbook has no PMO_AsOf name", async () => {
    const host = await hostWith(table("Milestones", "tblMilestones", ["Milestone ID", "Milestone", "Baseline Date", "Forecast Date", "Status"], [["M1", "Kick-off", "2026-05-01", null, "Not Started"]]));
    const result = validate(await host.read(), DEFAULT_SETTINGS, "2026-04-15");
    const cf = result.plan.ops.find((o): o is Extract<PlanOp, { kind: "conditionalFormat" }> => o.kind === "conditionalFormat" && o.sheet === "Milestones")!;
    expect(cf.rule).toEqual({ type: "expression", formula: 'AND($E2<>"Complete",$E2<>"Cancelled",N(IF(ISNUMBER($D2),$D2,$C2))>0,IF(ISNUMBER($D2),$D2,$C2)<DATE(2026,4,15))' });
    expect(cf.range).toBe("A2:E2");
  });

  it("reads dates of a workbook in the 1904 date system", () => {
    const header = ["Milestone ID", "Milestone", "Owner", "Baseline Date", "Status"];
    const snap: WorkbookSnapshot = {
      date1904: true,
      names: [],
      sheets: [
        {
          name: "Milestones",
          visibility: "visible",
          originRow: 0,
          originCol: 0,
          // 44620 is 2026-03-01 counted from 1904; read as 1900 it would be 2022-02-28.
          values: [header, ["M1", "Kick-off", "Jane", 44620, "In Progress"]],
          numberFormats: [header.map(() => null), [null, null, null, "dd-mmm-yyyy", null]],
          merges: [],
          tables: [{ name: "tblMilestones", ref: "A1:E2", columns: header, totalsRow: false }],
        },
      ],
    };
    const result = validate(snap, DEFAULT_SETTINGS, "2026-04-15");
    expect(result.findings.map((f) => [f.rule, f.cell, f.message])).toEqual([["milestone/overdue", "D2", "due 2026-03-01 (baseline) is before the as-of date 2026-04-15; status In Progress"]]);
  });
});
