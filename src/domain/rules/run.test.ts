import { DEFAULT_SETTINGS } from "../settings";
import type { Finding } from "../findings";
import { registerFromRows } from "./grid-register";
import { raciPeople, runRules, sortFindings } from "./run";

const finding = (sheet: string, cell: string, rule: string, message = "m"): Finding => ({ rule, severity: "error", register: "raci", sheet, cell, row: Number(/\d+/.exec(cell)![0]), key: "k", message });

describe("sortFindings", () => {
  it("orders by sheet, row, column (B before AA) and rule", () => {
    const sorted = sortFindings([finding("S", "AA2", "a/x"), finding("S", "B2", "b/y"), finding("S", "B2", "a/z"), finding("R", "Z9", "a/x"), finding("S", "C1", "a/x")]);
    expect(sorted.map((f) => `${f.sheet}!${f.cell} ${f.rule}`)).toEqual(["R!Z9 a/x", "S!C1 a/x", "S!B2 a/z", "S!B2 b/y", "S!AA2 a/x"]);
  });

  it("keeps one finding per rule and cell", () => {
    const sorted = sortFindings([finding("S", "B2", "a/x", "second"), finding("S", "B2", "a/x", "first"), finding("T", "B2", "a/x")]);
    expect(sorted.map((f) => `${f.sheet}!${f.cell} ${f.message}`)).toEqual(["S!B2 first", "T!B2 m"]);
  });
});

describe("runRules", () => {
  const raci = registerFromRows("raci", [
    ["Activity ID", "Project ID", "Activity", "Jane", "Tom"],
    ["A1", "P1", "Design", "A", "A"],
  ]);

  it("runs every rule of the register and reports a register given twice once", () => {
    const findings = runRules({ registers: [{ data: raci }, { data: raci }], settings: DEFAULT_SETTINGS, asOf: "2026-04-15" });
    expect(findings.map((f) => [f.rule, f.cell, f.row])).toEqual([
      ["raci/has-responsible", "C2", 2],
      ["raci/one-accountable", "C2", 2],
    ]);
  });

  it("takes RACI people from a detection, or the unmapped columns after Activity", () => {
    expect(raciPeople(raci).map((p) => p.column.header)).toEqual(["Jane", "Tom"]);
    expect(raciPeople(raci, [3]).map((p) => p.column.header)).toEqual(["Jane"]);
    const milestones = registerFromRows("milestones", [["Milestone ID", "Extra"]]);
    expect(raciPeople(milestones)).toEqual([]);
  });

  it("names the project of a sheet without a Project ID column in the overload message", () => {
    const sheet = registerFromRows(
      "raci",
      [["Activity", "Jane", "Tom"], ...Array.from({ length: 6 }, (_v, i) => [`Step ${i}`, "A", "R"])],
      { structured: false, sheet: "RACI P7" },
    );
    const findings = runRules({ registers: [{ data: sheet, project: "P7" }], settings: DEFAULT_SETTINGS, asOf: "2026-04-15" });
    expect(findings.find((f) => f.rule === "raci/overloaded-person")?.message).toBe("Jane is accountable for 6 of 6 activities in P7 (more than 50%)");
  });
});
