/**
 * A small portfolio with known answers for the report tests: two projects, each list of the
 * report holding rows that belong in it and rows that must be left out, and hostile text in
 * the risk titles. Available as RegisterData (for the pure model) and as a structured workbook
 * (for the operation, the CLI and LibreOffice).
 */
import type { CellValue } from "../../src/domain/cell";
import { isoToSerial } from "../../src/domain/dates";
import { register } from "../../src/domain/registers/catalogue";
import type { RegisterData } from "../../src/domain/registers/data";
import type { RegisterKey } from "../../src/domain/registers/types";
import type { PlanCell, PlanOp } from "../../src/plan/plan";
import { structuredHost } from "../fixtures/workbooks";
import type { FileHost } from "../../src/hosts/file/file-host";

export const AS_OF = "2026-09-30";
export const HOSTILE_HTML = "<img src=x onerror=alert(1)>";
export const HOSTILE_FORMULA = '=HYPERLINK("http://evil.example","click")';

type Row = Readonly<Record<string, string | number | null>>;

export const ROWS: Readonly<Partial<Record<RegisterKey, readonly Row[]>>> = {
  projects: [
    { projectId: "P-1", projectName: "Apollo & Co", programme: "Growth", projectManager: "Ann Lee", stage: "Execution", budget: 100000, forecastCost: 115000 },
    { projectId: "P-2", projectName: "Beacon", programme: "Growth", projectManager: "Bo Chen", stage: "Planning", budget: 50000, forecastCost: 51000 },
  ],
  milestones: [
    { milestoneId: "M-1", projectId: "P-1", milestone: "Design signed off", owner: "Ann Lee", baselineDate: "2026-09-01", forecastDate: "2026-09-20", status: "In Progress" },
    { milestoneId: "M-2", projectId: "P-1", milestone: "Build complete", owner: "Cy Diaz", baselineDate: "2026-10-01", forecastDate: "2026-10-20", status: "In Progress" },
    { milestoneId: "M-3", projectId: "P-2", milestone: "Pilot live", owner: "Bo Chen", baselineDate: "2026-10-10", status: "Not Started" },
    { milestoneId: "M-4", projectId: "P-2", milestone: "Kick-off", owner: "Bo Chen", baselineDate: "2026-08-01", actualDate: "2026-08-01", status: "Complete" },
    { milestoneId: "M-5", projectId: "P-2", milestone: "Handover", owner: "Bo Chen", baselineDate: "2026-12-31", status: "Not Started" },
    { milestoneId: "M-6", projectId: "P-1", milestone: "Dropped", owner: "Ann Lee", baselineDate: "2026-09-02", status: "Cancelled" },
  ],
  raid: [
    { id: "R-1", projectId: "P-1", type: "Risk", title: HOSTILE_HTML, owner: "Ann Lee", probability: 5, impact: 5, response: "", status: "Open", escalated: "No" },
    { id: "R-2", projectId: "P-1", type: "Risk", title: HOSTILE_FORMULA, owner: "@Cy Diaz", probability: 4, impact: 4, response: "+ weekly review", status: "Open", escalated: "No" },
    { id: "R-3", projectId: "P-2", type: "Issue", title: "Vendor late", owner: "Bo Chen", probability: 3, impact: 3, response: "Chase vendor", status: "Open" },
    { id: "R-4", projectId: "P-2", type: "Risk", title: "Closed one", owner: "Bo Chen", probability: 5, impact: 5, status: "Closed" },
    { id: "R-5", projectId: "P-2", type: "Risk", title: "Escalated small", owner: "Bo Chen", probability: 2, impact: 2, response: "Watch", status: "Monitoring", escalated: "Yes" },
  ],
  actions: [
    { actionId: "A-1", projectId: "P-1", action: "Send revised plan", owner: "Ann Lee", dueDate: "2026-09-20", status: "Open" },
    { actionId: "A-2", projectId: "P-2", action: "Book workshop", owner: "Bo Chen", dueDate: "2026-10-10", status: "Open" },
    { actionId: "A-3", projectId: "P-1", action: "Old one", owner: "Ann Lee", dueDate: "2026-09-01", status: "Done" },
  ],
  decisions: [
    { decisionId: "D-1", projectId: "P-1", decision: "Approve budget increase", decidedBy: "Steering board", decisionDate: "2026-10-05", status: "Proposed" },
    { decisionId: "D-2", projectId: "P-2", decision: "Choose vendor", decidedBy: "Bo Chen", decisionDate: "2026-09-01", status: "Approved" },
  ],
};

const isDate = (key: RegisterKey, column: string) => register(key).columns.find((c) => c.key === column)?.type === "date";

/** The fixture's registers as RegisterData, dates as serials the way a workbook holds them. */
export function fixtureRegisters(rows: Readonly<Partial<Record<RegisterKey, readonly Row[]>>> = ROWS): Map<RegisterKey, RegisterData> {
  const out = new Map<RegisterKey, RegisterData>();
  for (const [key, list] of Object.entries(rows) as [RegisterKey, readonly Row[]][]) {
    const def = register(key);
    out.set(key, {
      register: key,
      sheet: def.sheet,
      table: def.table,
      headerRow: 0,
      columns: def.columns.map((c, i) => ({ key: c.key, header: c.header, col: i })),
      rows: list.map((r, i) => ({
        row: i + 1,
        cells: def.columns.map((c): CellValue => {
          const v = r[c.key] ?? null;
          return typeof v === "string" && isDate(key, c.key) ? isoToSerial(v) : v;
        }),
      })),
      date1904: false,
      structured: true,
    });
  }
  return out;
}

/** Plan operations that fill a structured workbook's registers with the fixture. */
export function fixtureOps(rows: Readonly<Partial<Record<RegisterKey, readonly Row[]>>> = ROWS): PlanOp[] {
  return (Object.entries(rows) as [RegisterKey, readonly Row[]][]).map(([key, list]) => {
    const def = register(key);
    return {
      kind: "replaceTableRows",
      sheet: def.sheet,
      table: def.table,
      rows: list.map((r) =>
        def.columns.map((c): PlanCell => {
          const v = c.calc ? null : (r[c.key] ?? null);
          return typeof v === "string" && isDate(key, c.key) ? { d: v } : v;
        }),
      ),
    };
  });
}

/** A structured workbook (every register, Lists, Settings with As Of fixed) holding the fixture. */
export async function fixtureHost(): Promise<FileHost> {
  const host = await structuredHost(AS_OF);
  await host.apply({ ops: fixtureOps() });
  return host;
}
