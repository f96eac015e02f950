/**
 * `pmo convert` on the command line: JSON of cli-and-report.md, inputs that are not .xlsx
 * refused with exit 2 and one line saying what to do, and no output file left behind then.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";
import { FileHost } from "../../src/hosts/file/file-host";
import { findTable } from "../../src/plan/snapshot";
import { pmo } from "../support/cli";

const dir = mkdtempSync(join(tmpdir(), "pmo-convert-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const CORPUS = join(__dirname, "..", "..", "..", "shared", "corpus");
const PACKT_RACI = join(CORPUS, "raci", "PacktPublishing__Technical-Program-Manager-s-Handbook-2E__RACI.xlsx");
const LEGACY = join(CORPUS, "risk_raid_issue", "truongpv85__Template_Update__38._Execution_Template_-_Risk_Register.xls");

/** Runs the CLI in this process (much faster than a child) and collects what it prints. */
async function inProcess(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const out = jest.spyOn(process.stdout, "write").mockImplementation((s: string | Uint8Array) => ((stdout += String(s)), true));
  const err = jest.spyOn(process.stderr, "write").mockImplementation((s: string | Uint8Array) => ((stderr += String(s)), true));
  try {
    const code = await main(args);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
    process.exitCode = undefined;
  }
}

async function demoMessy(): Promise<string> {
  const path = join(dir, "messy.xlsx");
  const host = FileHost.create();
  await host.apply({
    ops: [
      { kind: "ensureSheet", sheet: "Risks" },
      {
        kind: "writeRange",
        sheet: "Risks",
        anchor: "A1",
        cells: [["RISK LOG"], [], ["Ref", "Risk", "Likelihood", "Impact", "Owner"], ["R-1", "Vendor late", "High", 4, " Ann  Lee "], ["R-2", "Budget cut", "Low", "Huge", "Bob"]],
      },
    ],
  });
  writeFileSync(path, await host.toBuffer());
  return path;
}

describe("pmo convert", () => {
  test("writes the registers and prints the JSON document of cli-and-report.md", async () => {
    const input = await demoMessy();
    const out = join(dir, "converted.xlsx");
    const r = await inProcess(["convert", input, "--out", out, "--format", "json", "--as-of", "2026-03-31"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { conversions: Record<string, unknown>[] };
    expect(doc.conversions).toHaveLength(1);
    expect(doc.conversions[0]).toMatchObject({ sourceSheet: "Risks", register: "raid", targetSheet: "RAID", headerRow: 3, rows: 2 });
    expect(Object.keys(doc.conversions[0]!)).toEqual(expect.arrayContaining(["sourceSheet", "register", "targetSheet", "headerRow", "rows", "mapping", "unmapped", "rejected"]));
    expect(doc.conversions[0]!["rejected"]).toEqual([{ cell: "D5", value: "Huge", reason: expect.any(String) }]);
    expect((doc.conversions[0]!["mapping"] as { sourceHeader: string; sourceColumn: string; column: string | null; confidence: number }[])[2]).toMatchObject({ sourceHeader: "Likelihood", sourceColumn: "C", column: "Probability" });
    const snap = await (await FileHost.fromBuffer(readFileSync(out))).read();
    expect(findTable(snap, "tblRAID")).toBeDefined();
  });

  test.each([
    ["a missing file", () => join(dir, "nope.xlsx"), /no such file/],
    ["a text file", () => (writeFileSync(join(dir, "notes.xlsx"), "Project,Owner\nAlpha,Ann\n"), join(dir, "notes.xlsx")), /text file.*save it as \.xlsx/],
    ["a legacy .xls", () => LEGACY, /\.xls\).*save it as \.xlsx/],
    [
      "a password-protected file",
      () => {
        // A compound file holding an EncryptionInfo stream, which is what Excel writes for a password.
        const head = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
        const name = Buffer.from("EncryptionInfo".split("").flatMap((c) => [c.charCodeAt(0), 0]));
        writeFileSync(join(dir, "locked.xlsx"), Buffer.concat([head, Buffer.alloc(504), name, Buffer.alloc(512)]));
        return join(dir, "locked.xlsx");
      },
      /password-protected/,
    ],
  ])("%s exits 2 with one line saying what to do, and writes nothing", async (_what, input, message) => {
    const out = join(dir, `out-${Math.random().toString(36).slice(2)}.xlsx`);
    const r = await inProcess(["convert", input(), "--out", out]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });

  test("an output that is not .xlsx is refused before anything is done", async () => {
    const r = await inProcess(["convert", PACKT_RACI, "--out", join(dir, "x.csv")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/must be an \.xlsx/);
  });

  test("the real command line converts a corpus workbook (npx pmo convert … --format json)", () => {
    const out = join(dir, "packt.xlsx");
    const r = pmo(["convert", PACKT_RACI, "--out", out, "--format", "json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { conversions: { register: string; rows: number }[] };
    expect(doc.conversions.map((c) => [c.register, c.rows])).toEqual([["raci", 8]]);
  });
});
