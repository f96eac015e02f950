import type { CellValue, Grid } from "../cell";
import { isoToSerial } from "../dates";
import { analyseSheet, detectTables, detectionOf, PERSON } from "./detect";

function grid(name: string, rows: CellValue[][], merges: string[] = [], formats?: (string | null)[][]): Grid {
  return { name, originRow: 0, originCol: 0, values: rows, merges, ...(formats ? { numberFormats: formats } : {}) };
}

const DATE = "dd/mm/yyyy";

describe("detectTables", () => {
  test("finds the header under a merged banner, a subtitle and a metadata block", () => {
    const g = grid(
      "Risk log",
      [
        ["PROJECT RISK REGISTER", null, null, null, null],
        ["Owner updates every Friday"],
        [],
        ["Project ID:", "P-042", null, "Date:", "01/03/2026"],
        [],
        ["Risk ID", "Risk", "Likelihood", "Impact", "Mitigation"],
        ["R-1", "Vendor late", "High", 4, "Weekly calls"],
        ["R-2", "Budget cut", "Low", 2, "Escalate early"],
      ],
      ["A1:E1"],
    );
    const [d] = detectTables(g);
    expect(d).toBeDefined();
    expect(d!.register).toBe("raid");
    expect(d!.headerRow).toBe(5);
    expect(d!.data.rows.map((r) => r.row)).toEqual([6, 7]);
    expect(d!.mapping.map((m) => m.column)).toEqual(["id", "title", "probability", "impact", "response"]);
    expect(d!.metadata).toMatchObject({ Title: "PROJECT RISK REGISTER", "Project ID": "P-042" });
  });

  test("finds two tables side by side and a legend beside them", () => {
    const g = grid("Status", [
      ["Milestone", "Due Date", "Status", null, "Action", "Owner", "Due", "Status", null, "R", "Responsible"],
      ["Design", "01/02/2026", "Done", null, "Book room", "Ann", "02/02/2026", "Open", null, "A", "Accountable"],
      ["Build", "01/03/2026", "In Progress", null, "Send invite", "Bob", "03/02/2026", "Done"],
    ]);
    const found = detectTables(g);
    expect(found.map((d) => [d.register, d.range.left, d.range.right])).toEqual([
      ["milestones", 0, 2],
      ["actions", 4, 7],
    ]);
  });

  test("separates tables stacked on one sheet under their own titles", () => {
    const g = grid("Meeting Log", [
      ["ACTION LOG"],
      ["Action #", "Action Item", "Who", "By When", "Status"],
      ["A-1", "Book room", "Ann", "02/02/2026", "Open"],
      ["A-2", "Send minutes", "Bob", "03/02/2026", "Done"],
      [],
      [],
      ["DECISIONS"],
      ["Decision No", "Decision Made", "Decision Maker", "Date", "Status"],
      ["D-1", "Go live in May", "Eve", "04/02/2026", "Approved"],
    ]);
    const found = detectTables(g);
    expect(found.map((d) => d.register)).toEqual(["actions", "decisions"]);
    expect(found[0]!.data.rows).toHaveLength(2);
    expect(found[1]!.metadata?.Title).toBe("DECISIONS");
  });

  test("reads a two-row header with merged group bands", () => {
    const g = grid(
      "Plan",
      [
        ["ID", "Summary", null, "Dates", null],
        [null, "Milestone", "Owner", "Planned", "Actual"],
        ["M1", "Kick-off", "Ann", "05/01/2026", "06/01/2026"],
        ["M2", "Go live", "Bob", "05/06/2026", null],
      ],
      ["A1:A2", "B1:C1", "D1:E1"],
    );
    const [d] = detectTables(g);
    expect(d!.register).toBe("milestones");
    expect(d!.headerRow).toBe(1);
    expect(d!.mapping.map((m) => m.sourceHeader)).toEqual(["ID", "Summary Milestone", "Summary Owner", "Dates Planned", "Dates Actual"]);
    expect(d!.mapping.map((m) => m.column)).toEqual(["milestoneId", "milestone", "owner", "baselineDate", "actualDate"]);
  });

  test("fills down a grouped first column", () => {
    const g = grid("Plan", [
      ["Project", "Milestone ID", "Milestone", "Due Date"],
      ["P-1", "M1", "Kick-off", "05/01/2026"],
      [null, "M2", "Design", "05/02/2026"],
      [null, "M3", "Build", "05/03/2026"],
      ["P-2", "M4", "Kick-off", "05/04/2026"],
      [null, "M5", "Go live", "05/05/2026"],
    ]);
    const [d] = detectTables(g);
    expect(d!.grouped).toEqual([0]);
    expect(d!.data.rows.map((r) => r.cells[0])).toEqual(["P-1", "P-1", "P-1", "P-2", "P-2"]);
  });

  test("a grid of R/A/C/I letters is a RACI matrix whatever its headers say; phase rows are headings", () => {
    const g = grid("Sheet1", [
      ["Col1", "Col2", "Col3", "Col4"],
      ["Phase 1: Discovery"],
      ["Interview users", "R", "A", "c"],
      ["Write brief", "A/R", "I", "-"],
      ["Phase 2: Delivery"],
      ["Build it", "R", "A", "I"],
    ]);
    const [d] = detectTables(g);
    expect(d!.register).toBe("raci");
    expect(d!.raciPeople?.map((p) => p.header)).toEqual(["Col2", "Col3", "Col4"]);
    expect(d!.data.rows.map((r) => r.row)).toEqual([2, 3, 5]);
    expect(d!.headings?.map((h) => h.text)).toEqual(["Phase 1: Discovery", "Phase 2: Delivery"]);
    expect(d!.mapping[0]!.column).toBe("activity");
  });

  test("recognises German headers", () => {
    const g = grid("Meilensteinplan", [
      ["Meilenstein-ID", "Projekt", "Meilenstein", "Verantwortlich", "Plandatum", "Fortschritt", "Bemerkungen"],
      ["M-1", "P-1", "Abnahme", "Jana", "15.03.2026", "50%", "ok"],
      ["M-2", "P-1", "Go-Live", "Jana", "15.04.2026", "0%", null],
    ]);
    const [d] = detectTables(g);
    expect(d!.register).toBe("milestones");
    expect(d!.mapping.map((m) => m.column)).toEqual(["milestoneId", "projectId", "milestone", "owner", "baselineDate", "percentComplete", "notes"]);
    expect(d!.confidence).toBeGreaterThan(0.8);
  });

  test("decides the date order of a column from its values", () => {
    const g = grid("Actions", [
      ["Action ID", "Action", "Owner", "Due Date"],
      ["A-1", "Call", "Ann", "03/04/2026"],
      ["A-2", "Mail", "Bob", "04/13/2026"],
    ]);
    const [d] = detectTables(g);
    expect(d!.data.columns[3]!.dateOrder).toBe("mdy");
  });

  test("a header-only register is still recognised", () => {
    const [d] = detectTables(grid("Risk Log", [["Id", "Risk", "Probability", "Impact", "Strategy"]]));
    expect(d!.register).toBe("raid");
    expect(d!.data.rows).toHaveLength(0);
  });

  test("takes an Excel table's header row as given", () => {
    const g = grid("Sheet1", [
      ["RACI Chart"],
      ["Tasks", "CEO", "CFO"],
      ["Budget", "A", "R"],
      ["Hiring", "I", "A"],
    ]);
    const [d] = detectTables(g, { tables: [{ name: "Table1", ref: "A2:C4" }] });
    expect(d!.register).toBe("raci");
    expect(d!.data.table).toBe("Table1");
    expect(d!.headerRow).toBe(1);
  });

  test("a row of 16,384 dates is read in well under a second and is no table", () => {
    const row: CellValue[] = ["Task", "Task Description", "Start Date", "End Date"];
    const formats: (string | null)[] = [null, null, null, null];
    for (let c = 4; c < 16384; c++) {
      row.push(isoToSerial("2018-03-07") + c);
      formats.push("mmm dd");
    }
    const t0 = Date.now();
    const found = detectTables(grid("Gantt", [row], [], [formats]));
    expect(Date.now() - t0).toBeLessThan(1500);
    expect(found).toEqual([]);
  });

  test("a date-formatted serial and a text date read the same", () => {
    const g = grid(
      "Milestones",
      [
        ["Milestone ID", "Milestone", "Due Date"],
        ["M1", "A", isoToSerial("2026-03-15")],
        ["M2", "B", "2026-03-16"],
      ],
      [],
      [[null, null, null], [null, null, DATE], [null, null, null]],
    );
    const [d] = detectTables(g);
    expect(d!.mapping[2]!.column).toBe("baselineDate");
  });
});

describe("analyseSheet and overrides", () => {
  const g = grid("Tracker", [
    ["Ref", "Item", "Who", "When", "Notes"],
    ["1", "Fix printer", "Ann", "01/02/2026", "urgent"],
    ["2", "Order paper", "Bob", "02/02/2026", null],
  ]);

  test("every table is kept with every register's score", () => {
    const a = analyseSheet(g);
    expect(a.tables).toHaveLength(1);
    expect(a.tables[0]!.matches.length).toBeGreaterThan(3);
  });

  test("the user can choose another register and another column target", () => {
    const a = analyseSheet(g);
    const d = detectionOf(a, a.tables[0]!, "actions", new Map([[3, "dueDate"]]));
    expect(d!.register).toBe("actions");
    expect(d!.mapping[3]!.column).toBe("dueDate");
    const r = detectionOf(a, a.tables[0]!, "raci", new Map([[2, PERSON]]));
    expect(r!.raciPeople?.map((p) => p.col)).toEqual([2]);
  });
});
