import { REGISTERS } from "../../../domain/registers/catalogue";
import { DEFAULT_SETTINGS } from "../../../domain/settings";
import { structure } from "../../../operations/structure";
import type { SheetSnapshot, WorkbookSnapshot } from "../../../plan/snapshot";
import { describeOutcome, registerStatuses } from "./register-status";

function sheet(name: string, values: (string | number | null)[][], tables: SheetSnapshot["tables"] = []): SheetSnapshot {
  return { name, originRow: 0, originCol: 0, values, merges: [], visibility: "visible", tables };
}

// Projects has a table with two of its columns; a sheet named RAID holds someone's own list.
const WB: WorkbookSnapshot = {
  sheets: [
    sheet("Projects", [["Project ID", "Project Name"], ["P-1", "Website"]], [{ name: "tblProjects", ref: "A1:B2", columns: ["Project ID", "Project Name"], totalsRow: false }]),
    sheet("RAID", [["Risk", "Owner"], ["Vendor late", "Ana"]]),
  ],
  date1904: false,
  names: [],
};

describe("registerStatuses", () => {
  const { summary } = structure(WB, DEFAULT_SETTINGS);
  const statuses = registerStatuses(WB, summary);
  const byKey = new Map(statuses.map((s) => [s.key, s]));

  it("lists every register of the catalogue, in order", () => {
    expect(statuses.map((s) => s.table)).toEqual(REGISTERS.map((r) => r.table));
  });

  it("marks a table that lacks catalogue columns as incomplete, naming the columns", () => {
    const projects = byKey.get("projects");
    expect(projects?.state).toBe("incomplete");
    expect(projects?.missingColumns).toContain("Budget");
    expect(projects?.missingColumns).not.toContain("Project ID");
  });

  it("marks a register whose sheet holds other data as blocked, with the reason", () => {
    expect(byKey.get("raid")).toMatchObject({ state: "blocked", reason: expect.stringContaining('"RAID"') });
  });

  it("marks the rest missing", () => {
    expect(statuses.filter((s) => s.state === "missing")).toHaveLength(REGISTERS.length - 2);
  });
});

describe("describeOutcome", () => {
  const { summary } = structure(WB, DEFAULT_SETTINGS);
  const applied = { applied: 10, sheets: ["Projects"], skipped: [] };

  it("says what was created and added, and warns about blocked registers", () => {
    const outcome = describeOutcome(summary, applied);
    expect(outcome.intent).toBe("warning");
    expect(outcome.text).toContain(`Created ${REGISTERS.length - 2} registers.`);
    expect(outcome.text).toMatch(/Added \d+ columns to 1 register\./);
    expect(outcome.text).toContain("Created the Lists and Settings sheets.");
  });

  it("reports operations the host skipped", () => {
    const outcome = describeOutcome(summary, { ...applied, skipped: [{ kind: "dataValidation", reason: "needs ExcelApi 1.8" }] });
    expect(outcome).toMatchObject({ intent: "warning", title: "Some changes were skipped" });
    expect(outcome.text).toContain("dataValidation: needs ExcelApi 1.8");
  });

  it("says there is nothing to do when no plan was applied", () => {
    expect(describeOutcome(structure(WB, DEFAULT_SETTINGS).summary, null).intent).toBe("info");
  });
});
