/**
 * Every workbook of ../shared/corpus converts without a crash, the converted workbook is valid
 * OOXML and LibreOffice opens it, converting it again changes nothing, and what is recognised
 * in a dozen of them is pinned down (the Packt RACI's activities and its 6 roles, …).
 * The corpus is read from its shared path only; nothing of it is copied into the repository.
 */
import { execFile } from "child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { basename, join } from "path";
import { promisify } from "util";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import { FileHost, WorkbookError } from "../../src/hosts/file/file-host";
import { convert, type ConvertResult } from "../../src/operations/convert";
import { structuredRegister } from "../../src/plan/structured";
import type { WorkbookSnapshot } from "../../src/plan/snapshot";
import { sofficePath } from "../support/libreoffice";

const run = promisify(execFile);
const CORPUS = join(__dirname, "..", "..", "..", "shared", "corpus");
const VALIDATOR = join(__dirname, "..", "..", "..", "shared", "tools", "ooxml-validate.py");
const settings = { ...DEFAULT_SETTINGS, asOf: "2026-09-30" };
const out = mkdtempSync(join(tmpdir(), "pmo-corpus-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function corpusFiles(): string[] {
  if (!existsSync(CORPUS)) return [];
  return readdirSync(CORPUS)
    .filter((d) => statSync(join(CORPUS, d)).isDirectory())
    .flatMap((d) => readdirSync(join(CORPUS, d)).map((f) => join(CORPUS, d, f)))
    .filter((f) => /\.xls[xm]?$/i.test(f))
    .sort();
}

interface Converted {
  readonly file: string;
  readonly result: ConvertResult;
  readonly after: WorkbookSnapshot;
  readonly again: ConvertResult;
  readonly path: string;
  readonly ms: number;
}

const files = corpusFiles();
const converted = new Map<string, Converted>();
const legacy: { file: string; message: string }[] = [];

const short = (f: string) => basename(f);

beforeAll(async () => {
  for (const file of files) {
    const bytes = readFileSync(file);
    let host: FileHost;
    try {
      host = await FileHost.fromBuffer(bytes, basename(file));
    } catch (e) {
      if (e instanceof WorkbookError) {
        legacy.push({ file, message: e.message });
        continue;
      }
      throw e;
    }
    const t0 = Date.now();
    const result = convert(await host.read(), settings);
    const ms = Date.now() - t0;
    await host.apply(result.plan);
    const saved = await host.toBuffer();
    const path = join(out, `${converted.size}.xlsx`);
    writeFileSync(path, saved);
    const reread = await FileHost.fromBuffer(saved, "converted.xlsx");
    const after = await reread.read();
    converted.set(short(file), { file, result, after, again: convert(after, settings), path, ms });
  }
}, 300_000);

/** The converted corpus file whose name ends with `name` ("__RACI.xlsx" names one file). */
function get(name: string): Converted {
  const hits = [...converted.values()].filter((c) => basename(c.file).endsWith(name));
  if (hits.length !== 1) throw new Error(`${name} names ${hits.length} converted corpus files`);
  return hits[0]!;
}

function rowsOf(c: Converted, key: Parameters<typeof structuredRegister>[1]): Record<string, unknown>[] {
  const data = structuredRegister(c.after, key);
  if (!data) return [];
  return data.rows
    .filter((r) => r.cells.some((v) => v !== null))
    .map((r) => Object.fromEntries(data.columns.map((col, i) => [col.header, r.cells[i] ?? null])));
}

const describeCorpus = files.length ? describe : describe.skip;

describeCorpus("the corpus converts", () => {
  test("every workbook converts without a crash; legacy .xls files are refused with what to do", () => {
    expect(converted.size + legacy.length).toBe(files.length);
    expect(legacy.map((l) => basename(l.file)).every((f) => f.endsWith(".xls"))).toBe(true);
    for (const l of legacy) expect(l.message).toMatch(/save it as \.xlsx/);
    // Detection reads used cells only: the 16,384-date row costs little.
    for (const c of converted.values()) expect(c.ms).toBeLessThan(5000);
  });

  test("converting the converted workbook again changes nothing", () => {
    for (const c of converted.values()) expect([short(c.file), c.again.plan.ops.length]).toEqual([short(c.file), 0]);
  });

  test("every converted workbook is valid OOXML, and LibreOffice opens every one", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pmo-lo-"));
    try {
      const inputs = [...converted.values()].map((c) => c.path);
      const validate = Promise.all(
        [...converted.values()].map(async (c) => ({ file: short(c.file), out: await run("python3", [VALIDATOR, c.path]).then((r) => r.stdout, (e: { stdout: string }) => e.stdout) })),
      );
      // One soffice run for all of them, beside the validation: starting LibreOffice is what costs.
      const open = run(sofficePath(), ["--headless", "--norestore", "--nologo", "--nodefault", `-env:UserInstallation=file://${join(dir, "profile")}`, "--convert-to", "csv", "--outdir", join(dir, "out"), ...inputs], { timeout: 180_000 });
      const [results] = await Promise.all([validate, open]);
      for (const r of results) expect([r.file, r.out.trim().split("\n").pop()]).toEqual([r.file, expect.stringMatching(/invalid 0$/)]);
      for (const p of inputs) {
        const csv = join(dir, "out", basename(p).replace(/\.xlsx$/, ".csv"));
        expect([basename(p), existsSync(csv)]).toEqual([basename(p), true]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});

describeCorpus("what is recognised", () => {
  const registersOf = (name: string) => get(name).result.conversions.map((c) => c.register);

  test("Packt RACI: its 8 activities and its 6 roles", () => {
    const c = get("Handbook-2E__RACI.xlsx");
    const [conv] = c.result.conversions;
    expect(conv).toMatchObject({ register: "raci", rows: 8 });
    expect(conv!.mapping.filter((m) => m.key === "@person").map((m) => m.column)).toEqual(["TPM", "SDM", "PM-T", "Lead SDE", "SDE", "Business"]);
    const rows = rowsOf(c, "raci");
    expect(rows.map((r) => r["Activity"])).toContain("Project Planning");
    expect(rows.find((r) => r["Activity"] === "Requirements refinement")).toMatchObject({ "Activity ID": "1", TPM: "A", Business: "R" });
  });

  test("Packt TPM RACI: combined codes normalised, key areas as headings", () => {
    const c = get("__TPM_RACI.xlsx");
    const rows = rowsOf(c, "raci");
    expect(rows.filter((r) => r["Role"] !== null)).toHaveLength(11);
    expect(rows.find((r) => r["Activity"] === "Draft communication plan")!["Role"]).toBe("A/R");
    expect(rows.filter((r) => r["Role"] === null).map((r) => r["Activity"])).toEqual(["Planning", "Stakeholder Management", "Risk Management"]);
  });

  test("RACI with a legend above, a phase row and wrapped task text", () => {
    const c = get("Refeed-PM-project__raci.xlsx");
    const conv = c.result.conversions[0]!;
    expect(conv.mapping.filter((m) => m.key === "@person")).toHaveLength(12);
    const acts = rowsOf(c, "raci").filter((r) => r["Activity ID"] !== null);
    expect(acts).toHaveLength(6);
    expect(acts.some((r) => /achieve full-scale production/.test(String(r["Activity"])))).toBe(true);
  });

  test("wide RACI in an Excel table: 24 roles, phase rows, legend lines left out", () => {
    const c = get("__RACI_Matrix.xlsx");
    const conv = c.result.conversions[0]!;
    expect(conv.mapping.filter((m) => m.key === "@person")).toHaveLength(24);
    expect(conv.headings).toBe(4);
    expect(rowsOf(c, "raci").filter((r) => r["Activity ID"] !== null)).toHaveLength(26);
  });

  test("commercial RACI template: placeholders kept, the project number from its PROJECT sheet", () => {
    const conv = get("RAID-SWOT-Analysis__RACI.xlsx").result.conversions[0]!;
    expect(conv).toMatchObject({ register: "raci", rows: 4 });
    expect(conv.mapping.filter((m) => m.key === "@person")).toHaveLength(9);
    expect(conv.filled).toEqual([expect.objectContaining({ column: "Project ID", value: "MA-015-02" })]);
  });

  test("RACI and stakeholder register side by side in one workbook", () => {
    const c = get("Using-RACI-Matrix__RACI.xlsx");
    expect(c.result.conversions.map((x) => [x.register, x.rows])).toEqual([
      ["raci", 10],
      ["stakeholders", 8],
    ]);
  });

  test("header-only risk log: a RAID register with its columns mapped", () => {
    const conv = get("__Risk_Log.xlsx").result.conversions[0]!;
    expect(conv).toMatchObject({ register: "raid", rows: 0 });
    expect(conv.mapping.map((m) => m.key)).toEqual(expect.arrayContaining(["id", "title", "probability", "impact", "response"]));
  });

  test("programme risk register: 25 risks, typed Risk from its name, scores the formula reproduces", () => {
    const c = get("dashboard__Risk_Register.xlsx");
    const conv = c.result.conversions.find((x) => x.register === "raid" && x.rows > 0)!;
    expect(conv.rows).toBe(25);
    expect(conv.filled).toEqual([expect.objectContaining({ column: "Type", value: "Risk" })]);
    expect(conv.unmapped.some((u) => u.carriedAs === "Score (source)")).toBe(false);
    expect(rowsOf(c, "raid")[0]).toMatchObject({ ID: "RSK-101", Probability: 4, Impact: 5 });
  });

  test("RAID register with pre-numbered empty rows: 4 items, 60 empty rows skipped", () => {
    const conv = get("__RAID_Register_Log.xlsx").result.conversions[0]!;
    expect(conv).toMatchObject({ register: "raid", rows: 4 });
    expect(conv.skipped).toHaveLength(60);
  });

  test("RAID workbook split across sheets: actions, risks, issues and decisions", () => {
    const c = get("__RAID-template-Excel.xlsx");
    expect(registersOf("__RAID-template-Excel.xlsx")).toEqual(["actions", "raid", "raid", "decisions"]);
    expect(c.result.conversions.filter((x) => x.register === "raid").map((x) => x.filled[0]?.value)).toEqual(["Risk", "Issue"]);
    expect(c.result.conversions[0]!.targetSheet).toBe("Actions (PMO)");
  });

  test("project lists: ids, names, dates; side tables keyed by project merged into the projects", () => {
    expect(rowsOf(get("ydprojects__Project_List.xlsx"), "projects")).toHaveLength(20);
    const pmo = get("__PMO.xlsx");
    expect(pmo.result.conversions.map((x) => x.register)).toEqual(["projects", "milestones", "projects", "projects", "projects", "projects", "projects"]);
    const projects = rowsOf(pmo, "projects");
    expect(projects).toHaveLength(8);
    expect(projects[0]).toMatchObject({ "Project ID": "PMO-01", "Project Name": "Voice recognition", Vendors: "IBM,MICROSOFT" });
    expect(rowsOf(pmo, "milestones")).toHaveLength(24);
  });

  test("Gantt plans: tasks as milestones, timeline columns left out", () => {
    const justin = get("__Historical_Project_Plan_Gantt_Chart_.xlsx");
    const conv = justin.result.conversions[0]!;
    expect(conv).toMatchObject({ register: "milestones", rows: 27 });
    expect(conv.unmapped.filter((u) => /WEEK/.test(u.sourceHeader)).every((u) => u.carriedAs === null)).toBe(true);
    expect(get("Handbook-2E__Project_Plan.xlsx").result.conversions.map((x) => x.register)).toContain("milestones");
  });

  test("a macro-enabled workbook is read and written without macros; its 16,384-date row is no table", () => {
    const c = [...converted.values()].find((x) => /\.xlsm$/.test(x.file))!;
    expect(c.result.summary.warnings.join(" ")).toMatch(/without (them|macros)/);
    expect(c.result.conversions.map((x) => [x.sourceSheet, x.register])).toEqual([["Task List", "milestones"]]);
  });

  test("stakeholder register and a KPI dashboard", () => {
    expect(registersOf("__Stakeholder_Register.xlsx")).toEqual(["stakeholders"]);
    expect(registersOf("__Project_KPI_Dashboard.xlsx")).toEqual(["projects", "milestones"]);
  });
});
