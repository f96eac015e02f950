/**
 * Host parity for every PlanOp kind, on small hand-built plans. Cells, tables, validations,
 * colour rules, frozen panes, names, PivotTables and charts are compared between the two hosts;
 * what only the fake can show (styles, widths, page layout, selection) is checked against the op.
 */
import type { PlanOp } from "../../src/plan/plan";
import { fileSheetParts } from "./file-parts";
import { compareHosts, NO_DIFFERENCES, newPair, runSteps } from "./harness";

const tableOps: PlanOp[] = [
  { kind: "ensureSheet", sheet: "Data", tabColor: "#1F4E78" },
  { kind: "ensureSheet", sheet: "Other Sheet" },
  {
    kind: "createTable",
    sheet: "Data",
    table: "tblData",
    anchor: "B2",
    columns: [
      { header: "ID", numberFormat: "@", width: 12 },
      { header: "When", numberFormat: "dd-mmm-yyyy" },
      { header: "Qty", numberFormat: "0" },
      { header: "Note", width: 30 },
      { header: "Score", formula: "=[@Qty]*2", calc: true },
    ],
    rows: [
      ["007", { d: "2026-03-15" }, 3, "=not a formula", null],
      ["1.10", { d: "2026-04-01" }, 4, "-", null],
      ["TRUE", null, null, { link: "https://example.com/doc", text: "the doc" }, null],
    ],
    style: "TableStyleLight9",
  },
  { kind: "addTableColumns", sheet: "Data", table: "tblData", columns: [{ header: "Extra" }, { header: "Double", formula: "=[@Qty]+[@Score]", numberFormat: "0", calc: true }] },
  { kind: "appendTableRows", sheet: "Data", table: "tblData", rows: [["A-9", { d: "2026-05-02" }, 7, "+1 day", null, "x", null], ["0042", null, 1, "12/01/2026", null, null, null]] },
];

const cellOps: PlanOp[] = [
  {
    kind: "writeRange",
    sheet: "Other Sheet",
    anchor: "A1",
    cells: [
      ["Total", { f: "=SUM(tblData[Qty])" }, { d: "2026-01-31" }, true, 12.5],
      ["2026-03-15", "50%", "@home", "'quoted", "FALSE"],
      ["short row"],
      [null, "Mar 15, 2026", { link: "#'Data'!B2", text: "go to data" }],
    ],
  },
  { kind: "format", sheet: "Other Sheet", range: "A1:E1", style: { bold: true, fill: "#D9E1F2", border: "thin", hAlign: "center", vAlign: "top", wrap: true, fontSize: 12, fontColor: "#1F1F1F", italic: false } },
  { kind: "format", sheet: "Other Sheet", range: "E1:E2", style: { numberFormat: "0.00", border: "bottom" } },
  { kind: "columnWidths", sheet: "Other Sheet", startCol: 0, widths: [20, 14] },
  { kind: "rowHeight", sheet: "Other Sheet", row: 0, height: 30 },
  { kind: "merge", sheet: "Other Sheet", range: "A6:C7" },
  { kind: "writeRange", sheet: "Other Sheet", anchor: "A6", cells: [["Banner"]] },
];

const ruleOps: PlanOp[] = [
  { kind: "namedRange", name: "List_Status", ref: "'Other Sheet'!$A$10:$A$12" },
  { kind: "writeRange", sheet: "Other Sheet", anchor: "A10", cells: [["Open"], ["Closed"], ["On Hold"]] },
  { kind: "dataValidation", sheet: "Data", range: "E3:E7", rule: { type: "list", source: "=List_Status" }, error: `Choose one of: ${"Open, Closed, On Hold, ".repeat(20)}` },
  { kind: "dataValidation", sheet: "Data", range: "D3:D7", rule: { type: "whole", min: 0, max: 100 }, error: "Qty is a whole number from 0 to 100", prompt: "How many?" },
  { kind: "dataValidation", sheet: "Data", range: "H3:H7", rule: { type: "decimal", min: 0, max: 1 } },
  { kind: "dataValidation", sheet: "Data", range: "C3:C7", rule: { type: "date" }, error: "When must be a date" },
  { kind: "conditionalFormat", sheet: "Data", range: "E3:E7", rule: { type: "equals", text: "Open" }, style: { fill: "#C6EFCE", fontColor: "#006100" } },
  { kind: "conditionalFormat", sheet: "Data", range: "F3:F7", rule: { type: "expression", formula: 'ISNUMBER(SEARCH("A",F3))' }, style: { fill: "#DDEBF7", bold: true } },
  { kind: "namedRange", name: "TheTotal", ref: "'Other Sheet'!$B$1", comment: "Sum of quantities" },
  { kind: "freezePanes", sheet: "Data", rows: 2, cols: 1 },
  { kind: "freezePanes", sheet: "Other Sheet", rows: 1, cols: 0 },
];

const objectOps: PlanOp[] = [
  { kind: "ensureSheet", sheet: "Pivots" },
  { kind: "pivotTable", name: "ptByNote", sheet: "Pivots", anchor: "A3", sourceSheet: "Data", sourceTable: "tblData", rows: [{ field: "ID" }], columns: [], values: [{ field: "Qty", fn: "sum", name: "Total Qty", numberFormat: "0" }, { field: "ID", fn: "count", name: "Count of ID" }] },
  { kind: "chart", name: "Quantities", sheet: "Other Sheet", type: "column", title: "Quantity by item", from: "G2", to: "N18", categories: "'Data'!$B$3:$B$7", series: [{ name: "Qty", values: "'Data'!$D$3:$D$7" }, { name: "Score", values: "'Data'!$F$3:$F$7" }], xTitle: "Item", yTitle: "Units" },
  { kind: "pageSetup", sheet: "Other Sheet", orientation: "landscape", paperSize: "A4", fitToWidth: 1, fitToHeight: 0, printArea: "A1:N40", printTitleRows: "1:2", header: "&LPMO&CStatus&R&D", footer: "Page &P of &N" },
  { kind: "activate", sheet: "Other Sheet", range: "B2" },
];

describe("host parity: every plan op kind", () => {
  test("tables: create (text, dates, formulas, links), add columns, append rows", async () => {
    const pair = newPair();
    expect(await runSteps(pair, [() => ({ ops: tableOps })])).toEqual([]);
    expect(await compareHosts(pair)).toEqual(NO_DIFFERENCES);
    const data = pair.fake.state.sheetByName("Data")!;
    expect(data.tabColor).toBe("#1F4E78");
    expect(data.hyperlinks.get("4,4")).toEqual({ address: "https://example.com/doc" });
    expect(pair.fake.state.tables[0]).toMatchObject({ name: "tblData", style: "TableStyleLight9" });
  });

  test("cells: write, format, widths, heights, merge", async () => {
    const pair = newPair();
    expect(await runSteps(pair, [() => ({ ops: [...tableOps, ...cellOps] })])).toEqual([]);
    expect(await compareHosts(pair)).toEqual(NO_DIFFERENCES);
    const other = pair.fake.state.sheetByName("Other Sheet")!;
    expect(other.merges).toEqual([{ top: 5, left: 0, bottom: 6, right: 2 }]);
    expect(other.columnWidths.get(0)).toBeCloseTo((20 * 7 + 5) * 0.75);
    expect(other.rowHeights.get(0)).toBe(30);
    expect(other.styles.map((s) => s.property)).toEqual(expect.arrayContaining(["font.bold", "fill.color", "borders.EdgeTop.style", "horizontalAlignment", "wrapText", "columnWidth", "rowHeight"]));
    expect(other.hyperlinks.get("3,2")).toEqual({ documentReference: "'Data'!B2" });
  });

  test("links: a column of links is one setCellProperties call from ExcelApi 1.9, a call per cell before; the same links either way", async () => {
    const rows = Array.from({ length: 600 }, (_x, i) => [`F-${i}`, i % 3 === 2 ? null : { link: `#'Data'!B${i + 2}`, text: `B${i + 2}` }, i % 50 === 0 ? { link: `https://example.com/${i}`, text: "web" } : "plain"]);
    const op: PlanOp = { kind: "writeRange", sheet: "Findings", anchor: "A2", cells: rows };
    const linksOf = async (excelApi: string) => {
      const pair = newPair({ excelApi });
      expect(await runSteps(pair, [() => ({ ops: [{ kind: "ensureSheet", sheet: "Data" }, { kind: "ensureSheet", sheet: "Findings" }] })])).toEqual([]);
      pair.fake.stats.reset();
      expect(await runSteps(pair, [() => ({ ops: [op] })])).toEqual([]);
      expect(await compareHosts(pair)).toEqual(NO_DIFFERENCES);
      const actions = pair.fake.stats.records.reduce((s, r) => s + r.actions, 0);
      return { links: [...pair.fake.state.sheetByName("Findings")!.hyperlinks.entries()].sort(), actions };
    };
    const bulk = await linksOf("1.17");
    const perCell = await linksOf("1.8");
    expect(bulk.links).toEqual(perCell.links);
    expect(bulk.links).toHaveLength(400 + 12);
    expect(bulk.links).toContainEqual(["1,1", { documentReference: "'Data'!B2" }]);
    expect(bulk.links).toContainEqual(["51,2", { address: "https://example.com/50" }]);
    // Per cell: a getRange and a set for each of the 412 links (the two Excels differ by a few other calls).
    expect(perCell.actions - bulk.actions).toBeGreaterThan(2 * 412 - 40);
  });

  test("formulas copied down: from ExcelApi 1.9 one row is sent and Excel copies it (Range.copyFrom); the same cells as cell by cell", async () => {
    // A Metrics-like grid: ids, per-row formulas that differ only by row number, a last row of its own.
    const cells = [["Project ID", "Count", "Twice", "Label"]];
    for (let r = 2; r <= 301; r++) cells.push([`P-${r}`, { f: `=COUNTIFS(tblData[ID],$A${r})` }, { f: `=IF(B${r}="","",B${r}*2+'Data'!$D$3)` }, `row ${r}`] as never);
    cells.push(["Portfolio", { f: "=COUNTA(tblData[ID])" }, { f: "=B301*2" }, null] as never);
    const op: PlanOp = { kind: "writeRange", sheet: "Other Sheet", anchor: "A1", cells: cells as never };
    const run = async (excelApi: string) => {
      const pair = newPair({ excelApi });
      expect(await runSteps(pair, [() => ({ ops: tableOps })])).toEqual([]);
      pair.fake.stats.reset();
      expect(await runSteps(pair, [() => ({ ops: [op] })])).toEqual([]);
      expect(await compareHosts(pair)).toEqual(NO_DIFFERENCES);
      const sheet = pair.fake.state.sheetByName("Other Sheet")!;
      const formulas = Array.from({ length: 301 }, (_x, i) => [1, 2].map((c) => sheet.grid.get(i + 1, c).formula));
      return { formulas, requestBytes: pair.fake.stats.records.reduce((n, r) => n + r.requestBytes, 0) };
    };
    const copied = await run("1.17");
    const perCell = await run("1.8");
    expect(copied.formulas).toEqual(perCell.formulas);
    expect(copied.formulas[199]).toEqual(["=COUNTIFS(tblData[ID],$A201)", `=IF(B201="","",B201*2+'Data'!$D$3)`]);
    expect(copied.formulas[300]).toEqual(["=COUNTA(tblData[ID])", "=B301*2"]);
    expect(copied.requestBytes).toBeLessThan(perCell.requestBytes / 2);
  });

  test("rules: validations (messages clipped to Excel's 255 characters), colour rules, names, frozen panes", async () => {
    const pair = newPair();
    expect(await runSteps(pair, [() => ({ ops: [...tableOps, ...cellOps, ...ruleOps] })])).toEqual([]);
    expect(await compareHosts(pair)).toEqual(NO_DIFFERENCES);
    const dv = pair.fake.state.sheetByName("Data")!.validations;
    expect(dv.find((v) => "list" in v.rule)!.errorAlert!.message).toHaveLength(255);
    expect(dv.find((v) => "wholeNumber" in v.rule)!.prompt).toMatchObject({ message: "How many?" });
    expect(pair.fake.state.nameByName("TheTotal")).toMatchObject({ formula: "='Other Sheet'!$B$1", comment: "Sum of quantities" });
  });

  test("objects: PivotTable, chart, page setup, activate", async () => {
    const pair = newPair();
    expect(await runSteps(pair, [() => ({ ops: [...tableOps, ...cellOps, ...ruleOps, ...objectOps] })])).toEqual([]);
    expect(await compareHosts(pair)).toEqual(NO_DIFFERENCES);
    const parts = await fileSheetParts(await pair.file.toBuffer());
    const state = pair.fake.state;
    const pivots = state.sheetByName("Pivots")!.pivots;
    expect(pivots.map((p) => p.name)).toEqual(parts.get("Pivots")!.pivots);
    expect(pivots[0]).toMatchObject({ rows: ["ID"], values: [{ field: "Qty", name: "Total Qty", summarizeBy: "Sum", numberFormat: "0" }, { field: "ID", name: "Count of ID", summarizeBy: "Count" }] });
    const other = state.sheetByName("Other Sheet")!;
    expect(other.charts.length).toBe(parts.get("Other Sheet")!.charts);
    expect(other.charts[0]).toMatchObject({
      name: "Quantities",
      type: "ColumnClustered",
      title: "Quantity by item",
      from: "G2",
      to: "N18",
      categoryTitle: "Item",
      valueTitle: "Units",
      series: [
        { name: "Qty", values: "Data!D3:D7", xValues: "Data!B3:B7" },
        { name: "Score", values: "Data!F3:F7", xValues: "Data!B3:B7" },
      ],
    });
    expect(other.pageLayout).toMatchObject({ orientation: "Landscape", paperSize: "A4", zoom: { horizontalFitToPages: 1 }, printArea: "'Other Sheet'!A1:N40", printTitleRows: "'Other Sheet'!1:2", leftHeader: "PMO", centerHeader: "Status", rightHeader: "&D", centerFooter: "Page &P of &N" });
    expect(state.activeSheetId).toBe(other.id);
    expect(state.selection?.rect).toEqual({ top: 1, left: 1, bottom: 1, right: 1 });
  });

  test("replace rows (fewer, then more), clear a generated sheet and write it again", async () => {
    for (const excelApi of ["1.17", "1.7"]) {
      const pair = newPair({ excelApi });
      const regenerate: PlanOp[] = [
        { kind: "clearSheet", sheet: "Other Sheet" },
        { kind: "writeRange", sheet: "Other Sheet", anchor: "B2", cells: [["regenerated", 1]] },
        { kind: "createTable", sheet: "Other Sheet", table: "tblOther", anchor: "B4", columns: [{ header: "K" }, { header: "V", numberFormat: "0.0" }], rows: [["a", 1], ["b", 2]] },
      ];
      expect(
        await runSteps(pair, [
          () => ({ ops: [...tableOps, ...cellOps] }),
          () => ({ ops: [{ kind: "replaceTableRows", sheet: "Data", table: "tblData", rows: [["R1", { d: "2026-06-01" }, 5, "n", null, null, null]] }] }),
          () => ({ ops: regenerate }),
        ]),
      ).toEqual([]);
      expect(await compareHosts(pair)).toEqual(NO_DIFFERENCES);
      await runSteps(pair, [() => ({ ops: [{ kind: "replaceTableRows", sheet: "Data", table: "tblData", rows: Array.from({ length: 6 }, (_x, i) => [`R${i}`, null, i, null, null, null, null]) }] })]);
      expect(await compareHosts(pair)).toEqual(NO_DIFFERENCES);
      expect(pair.fake.state.tableByName("tblData")!.rect).toEqual({ top: 1, left: 1, bottom: 7, right: 7 });
    }
  });

  test("what would overwrite or push aside a user's cells is refused, as the file host refuses it", async () => {
    const pair = newPair();
    await runSteps(pair, [() => ({ ops: [...tableOps, { kind: "writeRange", sheet: "Data", anchor: "B10", cells: [["in the way"]] }, { kind: "writeRange", sheet: "Data", anchor: "J4", cells: [["beside"]] }] })]);
    const append = { ops: [{ kind: "appendTableRows", sheet: "Data", table: "tblData", rows: Array.from({ length: 6 }, (): null[] => Array(7).fill(null)) }] } as const;
    const columns = { ops: [{ kind: "addTableColumns", sheet: "Data", table: "tblData", columns: [{ header: "A" }, { header: "B" }] }] } as const;
    const create = { ops: [{ kind: "createTable", sheet: "Data", table: "tblNew", anchor: "A9", columns: [{ header: "X" }, { header: "Y" }], rows: [] }] } as const;
    for (const plan of [append, columns, create]) {
      const fileError = await pair.file.apply(plan).then(() => "", (e: Error) => e.name);
      const officeError = await pair.office.apply(plan).then(() => "", (e: Error) => `${e.name}: ${e.message}`);
      expect(fileError).toBe("WorkbookError");
      expect(officeError).toMatch(/^WorkbookError: cannot .* is not empty$/);
    }
  });
});
