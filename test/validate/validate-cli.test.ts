import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { FileHost } from "../../src/hosts/file/file-host";
import { pmo } from "../support/cli";
import { AS_OF, sampleBytes } from "./sample";

const dir = mkdtempSync(join(tmpdir(), "pmo-validate-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const PACKT = join(__dirname, "../../../shared/corpus/raci/PacktPublishing__Technical-Program-Manager-s-Handbook-2E__RACI.xlsx");

describe("pmo validate", () => {
  let structured: string;
  beforeAll(async () => {
    structured = join(dir, "structured.xlsx");
    writeFileSync(structured, (await sampleBytes()).structured);
  });

  it("prints one JSON document with findings and summary, and exits 1 on errors", () => {
    const r = pmo(["validate", structured, "--as-of", AS_OF, "--format", "json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout) as { findings: { rule: string; severity: string; register: string; sheet: string; cell: string; row: number; key: string; message: string }[]; summary: { errors: number; warnings: number; infos: number } };
    expect(doc.summary.errors).toBeGreaterThan(0);
    expect(doc.summary.errors).toBe(doc.findings.filter((f) => f.severity === "error").length);
    expect(doc.findings[0]).toEqual({ rule: expect.any(String), severity: expect.any(String), register: expect.any(String), sheet: expect.any(String), cell: expect.stringMatching(/^[A-Z]+\d+$/), row: expect.any(Number), key: expect.any(String), message: expect.any(String) });
  });

  it("groups the text output by sheet, then rule", () => {
    const r = pmo(["validate", structured, "--as-of", AS_OF]);
    expect(r.code).toBe(1);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toMatch(/^.*structured\.xlsx, as of 2026-09-30: \d+ errors, \d+ warnings, \d+ infos?$/);
    const raci = lines.indexOf("RACI");
    expect(raci).toBeGreaterThan(0);
    expect(lines[raci + 1]).toBe("  raci/one-accountable (error, 2)");
    expect(lines[raci + 2]).toMatch(/^ {4}C5\s+PRJ01-A04\s+2 accountable: Sponsor, Project Manager$/);
  });

  it("exits 0 when there are warnings only, and flags the Packt RACI's two activities", () => {
    const r = pmo(["validate", PACKT, "--as-of", AS_OF]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('B3  2  no one is responsible (R) for "Project Planning" (accountable: TPM)');
    expect(r.stdout).toContain('B8  7  no one is responsible (R) for "Status Report" (accountable: TPM)');
  });

  it("writes the Findings sheet into a copy with --out, and leaves the input alone", async () => {
    const out = join(dir, "validated.xlsx");
    const r = pmo(["validate", structured, "--as-of", AS_OF, "--out", out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`Wrote ${out}`);
    const snap = await (await FileHost.fromBuffer(readFileSync(out))).read();
    const findings = snap.sheets.find((s) => s.name === "Findings")!;
    expect(findings.values[1]).toEqual(["Severity", "Rule", "Register", "Sheet", "Cell", "Key", "Message"]);
    const input = await (await FileHost.fromBuffer(readFileSync(structured))).read();
    expect(input.sheets.some((s) => s.name === "Findings")).toBe(false);
  });

  it.each([
    [["validate", join(dir, "missing.xlsx")], /no such file/],
    [["validate", join(__dirname, "../../package.json")], /package\.json/],
    [["validate", PACKT, "--as-of", "15/04/2026"], /--as-of 15\/04\/2026: expected a date as YYYY-MM-DD/],
    [["validate", PACKT, "--format", "xml"], /--format xml/],
    [["validate", PACKT, "--out", PACKT], /is the input file/],
    [["validate", PACKT, "--out", join(dir, "bad.csv")], /must be an \.xlsx file/],
  ])("exits 2 with one line on stderr for %j", (args, message) => {
    const r = pmo(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(existsSync(join(dir, "bad.csv"))).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});
