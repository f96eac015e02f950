import { hostWith, roundTrip, structuredHost } from "../../test/fixtures/workbooks";
import { DEFAULT_SETTINGS } from "../domain/settings";
import type { FileHost } from "../hosts/file/file-host";
import type { PlanCell, PlanOp } from "../plan/plan";
import { findSheet, findTable, type WorkbookSnapshot } from "../plan/snapshot";
import { structuredRegister } from "../plan/structured";
import { convert, proposeConversions } from "./convert";

const settings = { ...DEFAULT_SETTINGS, asOf: "2026-03-31" };

function sheet(name: string, rows: PlanCell[][], merges: string[] = []): PlanOp[] {
  return [{ kind: "ensureSheet", sheet: name }, { kind: "writeRange", sheet: name, anchor: "A1", cells: rows }, ...merges.map((range): PlanOp => ({ kind: "merge", sheet: name, range }))];
}

async function convertedHost(host: FileHost): Promise<{ host: FileHost; result: ReturnType<typeof convert>; before: WorkbookSnapshot }> {
  const before = await host.read();
  const result = convert(before, settings, { trace: true });
  await host.apply(result.plan);
  return { host: await roundTrip(host), result, before };
}

const RISKS: PlanCell[][] = [
  ["RAID LOG — all projects"],
  [],
  ["Ref", "Project", "Category", "Risk", "Likelihood", "Impact", "Score", "Next Review", "Status", "Region"],
  ["R-1", "P-1", "Risk", "Vendor late", "High", 4, 16, "15/04/2026", "Open", "North"],
  ["R-2", "P-1", "Issue", "=not a formula", "Low", 2, 5, "dd/mm/yyyy", "Closed", "South"],
  ["R-3", "P-2", "Risk", "Budget cut", 3, "Very High", 15, "1900-12-30", "Monitoring", null],
];

describe("convert", () => {
  test("writes a register, keeps the source sheet as it was, carries extra columns and reports what it could not read", async () => {
    const { host, result, before } = await convertedHost(await hostWith(sheet("Risks & Issues", RISKS, ["A1:J1"])));
    const snap = await host.read();
    // The source sheet is unchanged.
    const src = findSheet(snap, "Risks & Issues")!;
    expect(src.values).toEqual(findSheet(before, "Risks & Issues")!.values);
    expect(src.tables).toEqual([]);

    const raid = findTable(snap, "tblRAID")!;
    expect(raid.sheet.name).toBe("RAID");
    expect(raid.table.columns.slice(-2)).toEqual(["Score (source)", "Region"]);
    const data = structuredRegister(snap, "raid")!;
    const col = (h: string) => data.columns.findIndex((c) => c.header === h);
    expect(data.rows.map((r) => r.cells[col("ID")])).toEqual(["R-1", "R-2", "R-3"]);
    expect(data.rows.map((r) => r.cells[col("Probability")])).toEqual([4, 2, 3]);
    expect(data.rows.map((r) => r.cells[col("Impact")])).toEqual([4, 2, 5]);
    // Text that starts with "=" stays text; an unreadable date keeps its text.
    expect(data.rows[1]!.cells[col("Title")]).toBe("=not a formula");
    expect(data.rows[1]!.cells[col("Review Date")]).toBe("dd/mm/yyyy");
    // Scores the formula gives are not carried; the one that differs is.
    expect(data.rows.map((r) => r.cells[col("Score (source)")])).toEqual([16, 5, 15]);

    const [c] = result.conversions;
    expect(c).toMatchObject({ sourceSheet: "Risks & Issues", register: "raid", targetSheet: "RAID", headerRow: 3, rows: 3, duplicates: 0 });
    expect(c!.unmapped).toEqual([
      { sourceHeader: "Score", sourceColumn: "G", carriedAs: "Score (source)" },
      { sourceHeader: "Region", sourceColumn: "J", carriedAs: "Region" },
    ]);
    expect(c!.rejected.map((r) => r.cell).sort()).toEqual(["G5", "H5"]);
    expect(c!.cleared).toEqual([{ cell: "H6", value: "1900-12-30", reason: expect.stringMatching(/no date/) }]);
    expect(result.summary.created).toEqual(["raid"]);
  });

  test("is idempotent: converting the converted workbook gives an empty plan", async () => {
    const { host } = await convertedHost(await hostWith(sheet("Risks & Issues", RISKS)));
    const again = convert(await host.read(), settings);
    expect(again.plan.ops).toEqual([]);
    expect(again.conversions[0]).toMatchObject({ rows: 0, duplicates: 3 });
  });

  test("appends to an existing register, de-duplicated by id", async () => {
    const host = await structuredHost("2026-03-31");
    const first = convert(await host.read(), settings);
    expect(first.plan.ops).toEqual([]);
    await host.apply({ ops: [{ kind: "appendTableRows", sheet: "RAID", table: "tblRAID", rows: [["R-1", "P-1", "Risk", "Vendor late", null, null, 4, 4, null, null, null, "Open", null, null, null]] }] });
    await host.apply({ ops: sheet("My risks", RISKS.slice(2)) });
    const { host: after, result } = await convertedHost(host);
    const c = result.conversions[0]!;
    expect(c).toMatchObject({ register: "raid", targetSheet: "RAID", rows: 2, duplicates: 1 });
    const data = structuredRegister(await after.read(), "raid")!;
    expect(data.rows.map((r) => r.cells[0])).toEqual(["R-1", "R-2", "R-3"]);
  });

  test("an id already in the register with other values is left alone and reported", async () => {
    const host = await structuredHost("2026-03-31");
    await host.apply({ ops: [{ kind: "appendTableRows", sheet: "RAID", table: "tblRAID", rows: [["R-1", "P-9", "Risk", "Something else", null, null, 1, 1, null, null, null, "Open", null, null, null]] }] });
    await host.apply({ ops: sheet("My risks", RISKS.slice(2)) });
    const result = convert(await host.read(), settings);
    expect(result.conversions[0]!.conflicts.map((x) => x.cell)).toEqual(["A2"]);
    expect(result.conversions[0]!.rows).toBe(2);
  });

  test("RACI matrices: codes normalised, roles united across matrices, headings kept as rows without codes", async () => {
    const ops = [
      ...sheet("RACI P-1", [
        ["RACI matrix — Alpha"],
        ["Project ID: P-1"],
        [],
        ["Task", "Sponsor", "PM", "Dev"],
        ["Phase 1: Start-up"],
        ["Kick-off", "A", "R / a", "-"],
        ["Charter", "a, r", "c", "i"],
      ]),
      ...sheet("RACI P-2", [
        ["Project ID: P-2"],
        [],
        ["Task", "PM", "QA"],
        ["Test plan", "A", "R"],
      ]),
    ];
    const { host, result } = await convertedHost(await hostWith(ops));
    const t = findTable(await host.read(), "tblRACI")!;
    expect(t.table.columns).toEqual(["Activity ID", "Project ID", "Activity", "Sponsor", "PM", "Dev", "QA"]);
    const data = structuredRegister(await host.read(), "raci")!;
    const rows = data.rows.map((r) => r.cells.map((v) => v ?? ""));
    expect(rows).toEqual([
      ["", "P-1", "Phase 1: Start-up", "", "", "", ""],
      ["ACT-001", "P-1", "Kick-off", "A", "A/R", "", ""],
      ["ACT-002", "P-1", "Charter", "A/R", "C", "I", ""],
      ["ACT-003", "P-2", "Test plan", "", "A", "", "R"],
    ]);
    expect(result.conversions.map((c) => c.filled[0]?.value)).toEqual(["P-1", "P-2"]);
    expect(result.conversions[0]!.cleared.map((c) => c.cell)).toEqual(["D6"]);
    expect(convert(await host.read(), settings).plan.ops).toEqual([]);
  });

  test("a register sheet name taken by someone's own sheet: the register goes next to it", async () => {
    const { result, host } = await convertedHost(
      await hostWith(sheet("Meetings", [["Meeting Ref", "Subject", "Meeting Date", "Chaired By"], ["MT-1", "Steering", "2026-03-01", "Eve"]])),
    );
    expect(result.conversions[0]!.targetSheet).toBe("Meetings (PMO)");
    expect(findTable(await host.read(), "tblMeetings")!.sheet.name).toBe("Meetings (PMO)");
    expect(result.summary.warnings.join(" ")).toMatch(/Meetings \(PMO\)/);
  });

  test("tables of one project in several sheets are merged by id", async () => {
    const ops = [
      ...sheet("Project List", [["Project Id", "Project Name", "Budget"], ["PMO-01", "Voice", 100], ["PMO-02", "Image", 200]]),
      ...sheet("Vendors", [["Project Id", "Project Name", "Vendors"], ["PMO-01", "Voice", "IBM"], ["PMO-02", "Image", "HCL"]]),
    ];
    const { host, result } = await convertedHost(await hostWith(ops));
    expect(result.conversions.map((c) => [c.rows, c.merged])).toEqual([
      [2, 0],
      [0, 2],
    ]);
    const data = structuredRegister(await host.read(), "projects")!;
    const vendors = data.columns.findIndex((c) => c.header === "Vendors");
    expect(data.rows.map((r) => r.cells[vendors])).toEqual(["IBM", "HCL"]);
  });

  test("every non-empty source cell is traced to the register or a report", async () => {
    const { result } = await convertedHost(await hostWith(sheet("Risks & Issues", RISKS)));
    const cells: string[] = [];
    RISKS.forEach((r, i) => r.forEach((v, j) => v !== null && v !== "" && cells.push(`Risks & Issues!${String.fromCharCode(65 + j)}${i + 1}`)));
    const untraced = cells.filter((c) => !result.trace!.has(c));
    // Header cells are the mapping; every other cell has a place.
    expect(untraced.every((c) => /[A-J]3$/.test(c))).toBe(true);
  });
});

describe("proposeConversions and overrides", () => {
  const ops = sheet("Tracker", [
    ["Ref", "Item", "Who", "When", "Notes"],
    ["1", "Fix printer", "Ann", "01/02/2026", "urgent"],
    ["2", "Order paper", "Bob", "02/02/2026", null],
  ]);

  test("proposals list every table with its mapping before anything is written", async () => {
    const proposals = proposeConversions(await (await hostWith(ops)).read());
    expect(proposals).toHaveLength(1);
    expect(proposals[0]).toMatchObject({ id: "Tracker!A1:E3", sheet: "Tracker", headerRow: 1, rows: 2 });
    expect(proposals[0]!.columns.map((c) => c.sourceColumn)).toEqual(["A", "B", "C", "D", "E"]);
  });

  test("the user's register and column targets are applied; a skipped table is left alone", async () => {
    const snap = await (await hostWith(ops)).read();
    const r = convert(snap, settings, { overrides: [{ id: "Tracker!A1:E3", register: "actions", columns: { A: "actionId", B: "action", C: "owner", D: "dueDate" } }] });
    expect(r.conversions[0]!.register).toBe("actions");
    expect(r.conversions[0]!.mapping.map((m) => m.key)).toEqual(["actionId", "action", "owner", "dueDate", "notes"]);
    const skipped = convert(snap, settings, { overrides: [{ id: "Tracker!A1:E3", skip: true }] });
    expect(skipped.conversions).toEqual([]);
    expect(skipped.plan.ops).toEqual([]);
  });
});
