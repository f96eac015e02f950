/**
 * RACI matrices in real people's layouts (../shared/corpus/raci), validated in place: the
 * findings point at the sheet's own cells.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import type { Finding } from "../../src/domain/findings";
import { FileHost } from "../../src/hosts/file/file-host";
import { validate, type ValidateResult } from "../../src/operations/validate";

const CORPUS = join(__dirname, "../../../shared/corpus/raci");
const AS_OF = "2026-04-15";

async function validateFile(name: string): Promise<ValidateResult> {
  const host = await FileHost.fromBuffer(readFileSync(join(CORPUS, name)), name);
  return validate(await host.read(), DEFAULT_SETTINGS, AS_OF);
}

const cells = (findings: readonly Finding[], rule: string) => findings.filter((f) => f.rule === rule).map((f) => f.cell);

describe("the Packt RACI (clean control file)", () => {
  let result: ValidateResult;
  beforeAll(async () => {
    result = await validateFile("PacktPublishing__Technical-Program-Manager-s-Handbook-2E__RACI.xlsx");
  });

  it("flags the two activities with an A but no R, at their names", () => {
    const missing = result.findings.filter((f) => f.rule === "raci/has-responsible");
    expect(missing.map((f) => [f.sheet, f.cell, f.message])).toEqual([
      ["RACI", "B3", 'no one is responsible (R) for "Project Planning" (accountable: TPM)'],
      ["RACI", "B8", 'no one is responsible (R) for "Status Report" (accountable: TPM)'],
    ]);
  });

  it("finds every activity with exactly one A", () => {
    expect(cells(result.findings, "raci/one-accountable")).toEqual([]);
    expect(cells(result.findings, "raci/valid-code")).toEqual([]);
    expect(result.summary.checked).toEqual([expect.objectContaining({ sheet: "RACI", structured: false, rows: 8 })]);
  });
});

describe("the ashwathbalaji98 matrix (24 roles, phase rows, a legend inside the table)", () => {
  let result: ValidateResult;
  beforeAll(async () => {
    result = await validateFile("ashwathbalaji98__Project-Management__RACI_Matrix.xlsx");
  });

  it("finds the rows with two or more A and the rows with none", () => {
    const found = result.findings.filter((f) => f.rule === "raci/one-accountable").map((f) => [f.cell, f.message]);
    expect(found).toEqual([
      ["A16", 'no one is accountable (A) for "Inventory Optimization"'],
      ["A20", 'no one is accountable (A) for "Capacity Plan"'],
      ["A21", 'no one is accountable (A) for "Construction Plan (From Subcontractor)"'],
      ["A28", "3 accountable: EVP Engineering, Industrial Engineer, Civil Subcontractor"],
      ["A29", "2 accountable: EVP Engineering, Building Manager"],
      ["A30", "2 accountable: Industrial Engineer, Building Manager"],
    ]);
  });

  it("does not take the phase heading rows or the legend for activities", () => {
    const rows = new Set(result.findings.map((f) => f.row));
    for (const heading of [3, 12, 23, 27, 34, 35, 36, 37]) expect(rows.has(heading)).toBe(false);
    expect(cells(result.findings, "raci/empty-activity")).toEqual([]);
    expect(cells(result.findings, "raci/valid-code")).toEqual([]);
  });
});

describe("the Refeed RACI (legend above the header, wrapped tasks with letters in merged cells)", () => {
  let result: ValidateResult;
  beforeAll(async () => {
    result = await validateFile("alaaabden__Refeed-PM-project__raci.xlsx");
  });

  it("reads the six tasks below the legend and finds nothing wrong with them", () => {
    expect(result.summary.checked).toEqual([expect.objectContaining({ sheet: "Exemplar - Phase 1", register: "raci", structured: false, rows: 6 })]);
    expect(result.findings).toEqual([]);
  });
});

describe("every RACI of the corpus", () => {
  it.each([
    "Ai-Catalysts__Stakeholder-Management-Using-RACI-Matrix__RACI.xlsx",
    "Oseniadam__Risk-Management-RAID-SWOT-Analysis__RACI.xlsx",
    "PacktPublishing__Technical-Program-Manager-s-Handbook-2E__TPM_RACI.xlsx",
  ])("%s validates in place, each finding on a cell of its own sheet", async (name) => {
    const result = await validateFile(name);
    const host = await FileHost.fromBuffer(readFileSync(join(CORPUS, name)), name);
    const sheets = new Set((await host.read()).sheets.map((s) => s.name));
    expect(result.summary.checked.some((c) => c.register === "raci")).toBe(true);
    for (const f of result.findings) expect(sheets.has(f.sheet)).toBe(true);
  });

  it("flags the Ai-Catalysts rows with two A, and its Stakeholders sheet is used for the people", async () => {
    const result = await validateFile("Ai-Catalysts__Stakeholder-Management-Using-RACI-Matrix__RACI.xlsx");
    expect(result.findings.filter((f) => f.rule === "raci/one-accountable" && /^2 accountable/.test(f.message)).map((f) => f.cell)).toEqual(["A11", "A12"]);
    expect(result.findings.filter((f) => f.rule === "raci/unknown-person").map((f) => f.message)).toEqual(["Dealerships is not in Stakeholders (by name or role)"]);
  });
});
