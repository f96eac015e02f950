import { DEFAULT_SETTINGS } from "../settings";
import { AS_OF, fixtureRegisters } from "../../../test/report/fixtures";
import { buildStatusReport } from "./build";
import type { ReportScope } from "./model";
import { GRID_COLUMNS, reportSheetLayout, wrappedLines } from "./sheet-layout";

function layout(scope: ReportScope, metricsLink = true) {
  const report = buildStatusReport({
    registers: fixtureRegisters(),
    findings: [],
    settings: { ...DEFAULT_SETTINGS, asOf: AS_OF },
    asOf: AS_OF,
    generatedOn: AS_OF,
    scope,
    commentary: { accomplishments: "Done a lot", nextSteps: "" },
  });
  return reportSheetLayout(report, { metricsLink });
}

describe("the Status Report sheet's layout", () => {
  test.each([[{ kind: "portfolio" } as ReportScope], [{ kind: "project", projectId: "P-1" } as ReportScope]])("every row fills the twelve columns exactly (%o)", (scope) => {
    for (const row of layout(scope).rows) expect(row.cells.reduce((s, c) => s + c.span, 0)).toBe(GRID_COLUMNS);
  });

  test("title, link back to the Metrics sheet, and the meta rows repeated on each page", () => {
    const l = layout({ kind: "portfolio" });
    expect(l.titleRows).toBe(3);
    expect(l.rows[0]!.cells.map((c) => c.value)).toEqual(["Status report — Portfolio", { link: "#'Metrics'!A1", text: "Live metrics" }]);
    expect(l.rows[1]!.cells[0]!.value).toBe("Project");
    expect(l.rows[1]!.cells[1]!.value).toBe("Portfolio");
    expect(layout({ kind: "portfolio" }, false).rows[0]!.cells[1]!.value).toBeNull();
  });

  test("the commentary rows: the label in column A, the text beside it, room to type", () => {
    const rows = layout({ kind: "portfolio" }).rows;
    const acc = rows.find((r) => r.cells[0]!.value === "Accomplishments")!;
    const next = rows.find((r) => r.cells[0]!.value === "Next steps")!;
    expect(acc.cells[1]).toMatchObject({ value: "Done a lot", role: "commentary" });
    expect(next.cells[1]!.value).toBeNull();
    expect(next.height).toBeGreaterThanOrEqual(4 * 13);
  });

  test("a project's report has no Project column: the title column takes its span", () => {
    const header = (scope: ReportScope) => layout(scope).rows.find((r) => r.kind === "header" && r.cells.some((c) => c.value === "Milestone"))!.cells;
    expect(header({ kind: "portfolio" }).map((c) => c.value)).toContain("Project");
    const project = header({ kind: "project", projectId: "P-1" });
    expect(project.map((c) => c.value)).not.toContain("Project");
    expect(project.find((c) => c.value === "Milestone")!.span).toBe(4);
  });

  test("wrapped lines: breaks at spaces, counts line breaks, splits words longer than the cell", () => {
    expect(wrappedLines("", 1)).toBe(1);
    expect(wrappedLines("short", 1)).toBe(1);
    expect(wrappedLines("a\nb\nc", 10)).toBe(3);
    expect(wrappedLines("x".repeat(40), 1)).toBe(3);
    expect(wrappedLines("word ".repeat(30).trim(), 2)).toBeGreaterThan(3);
  });
});
