/**
 * Runs of format, merge and row-height ops are sent grouped (apply/style-runs.ts); every cell
 * must end as the ops one by one would leave it. The reference applies each op as a plan of its
 * own, which takes the op-by-op path.
 */
import { createFakeExcel } from "../../../test/office-fake/fake-excel";
import type { SheetState } from "../../../test/office-fake/state";
import type { CellStyle, PlanOp } from "../../plan/plan";
import { OfficeHost } from "./office-host";

function hostOn(excelApi = "1.17") {
  const fake = createFakeExcel({ excelApi });
  return { fake, host: new OfficeHost({ run: fake.run, isSetSupported: fake.isSetSupported }) };
}

/** What a sheet shows: per cell the last value of each property, per border line its last style. */
function effective(sheet: SheetState): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const s of sheet.styles) {
    const m = /^borders\.(\w+)\.(\w+)$/.exec(s.property);
    const { top, bottom, left, right } = s.rect;
    if (!m) {
      for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) out[`${s.property}@${r},${c}`] = s.value;
      continue;
    }
    const [, edge, part] = m;
    const lines: string[] = [];
    for (let c = left; c <= right; c++) {
      if (edge === "EdgeTop") lines.push(`h${top},${c}`);
      if (edge === "EdgeBottom") lines.push(`h${bottom + 1},${c}`);
      if (edge === "InsideHorizontal") for (let r = top + 1; r <= bottom; r++) lines.push(`h${r},${c}`);
    }
    for (let r = top; r <= bottom; r++) {
      if (edge === "EdgeLeft") lines.push(`v${r},${left}`);
      if (edge === "EdgeRight") lines.push(`v${r},${right + 1}`);
      if (edge === "InsideVertical") for (let c = left + 1; c <= right; c++) lines.push(`v${r},${c}`);
    }
    for (const l of lines) out[`${part}@${l}`] = s.value;
  }
  for (const [r, h] of sheet.rowHeights) out[`height@${r}`] = h;
  out.merges = sheet.merges.map((m) => `${m.top},${m.left}:${m.bottom},${m.right}`).sort();
  const cells: string[] = [];
  sheet.grid.eachRow(0, 100, (r) => {
    for (let c = 0; c < 10; c++) {
      const cell = sheet.grid.get(r, c);
      if (cell.value !== null || cell.format !== null) cells.push(`${r},${c}=${JSON.stringify(cell.value)}|${cell.format}`);
    }
  });
  out.cells = cells;
  return out;
}

const thin: CellStyle = { border: "thin" };
const bold: CellStyle = { bold: true, fill: "#F4C7C3", fontColor: "#9C0006", hAlign: "center", border: "thin" };

/** A report-like sheet: a base style, lines of merged, bordered, filled cells, and cases where order matters. */
function reportLikeOps(): PlanOp[] {
  const sheet = "R";
  const ops: PlanOp[] = [{ kind: "ensureSheet", sheet }];
  const lines = 24;
  ops.push({ kind: "writeRange", sheet, anchor: "A1", cells: Array.from({ length: lines }, (_x, r) => Array.from({ length: 6 }, (_y, c) => `r${r}c${c}`)) });
  const merges: PlanOp[] = [];
  const formats: PlanOp[] = [{ kind: "format", sheet, range: `A1:F${lines}`, style: { fontSize: 10, vAlign: "top", wrap: true } }];
  const heights: PlanOp[] = [];
  for (let r = 2; r <= lines; r++) {
    merges.push({ kind: "merge", sheet, range: `A${r}:B${r}` });
    if (r % 5 !== 0) merges.push({ kind: "merge", sheet, range: `D${r}:E${r}` });
    formats.push({ kind: "format", sheet, range: `A${r}:B${r}`, style: r % 7 === 0 ? { border: "bottom", bold: true } : thin });
    formats.push({ kind: "format", sheet, range: `C${r}:C${r}`, style: r % 3 === 0 ? bold : { ...thin, hAlign: "right", numberFormat: "0" } });
    formats.push({ kind: "format", sheet, range: `D${r}:F${r}`, style: r % 4 === 0 ? { border: "none", numberFormat: "dd-mmm-yyyy" } : thin });
    heights.push({ kind: "rowHeight", sheet, row: r - 1, height: r % 6 === 0 ? 30 : 17 });
  }
  // Later ops that overlap earlier ones with other values: their order must hold.
  formats.push({ kind: "format", sheet, range: "B5:D8", style: { fill: "#FFE699" } });
  formats.push({ kind: "format", sheet, range: "C6:C6", style: bold });
  formats.push({ kind: "format", sheet, range: "A12:F12", style: { border: "none" } });
  formats.push({ kind: "format", sheet, range: "A13:F13", style: thin });
  formats.push({ kind: "format", sheet, range: "C9:C9", style: { ...thin, hAlign: "right", numberFormat: "0%" } });
  formats.push({ kind: "format", sheet, range: "C10:C10", style: { ...thin, hAlign: "right", numberFormat: "0" } });
  heights.push({ kind: "rowHeight", sheet, row: 4, height: 45 });
  return [...ops, ...merges, ...formats, ...heights];
}

async function bothWays(ops: readonly PlanOp[], excelApi = "1.17") {
  const grouped = hostOn(excelApi);
  await grouped.host.apply({ ops });
  const grouped1 = grouped.fake.stats.syncs;
  const single = hostOn(excelApi);
  for (const op of ops) await single.host.apply({ ops: [op] });
  const actions = (f: typeof grouped.fake) => f.stats.records.reduce((s, r) => s + r.actions, 0);
  return { grouped: effective(grouped.fake.state.sheetByName("R")!), single: effective(single.fake.state.sheetByName("R")!), groupedSyncs: grouped1, groupedActions: actions(grouped.fake), singleActions: actions(single.fake) };
}

describe("runs of style ops", () => {
  test("grouped into RangeAreas, merges across and row spans, every cell ends as op by op", async () => {
    const { grouped, single, groupedActions, singleActions, groupedSyncs } = await bothWays(reportLikeOps());
    expect(grouped).toEqual(single);
    expect(groupedActions).toBeLessThan(singleActions / 3);
    expect(groupedSyncs).toBeLessThanOrEqual(2);
  });

  test("without ExcelApi 1.9 (no RangeAreas) the same result, a call per area", async () => {
    const { grouped, single } = await bothWays(reportLikeOps(), "1.8");
    expect(grouped).toEqual(single);
  });

  test("overlapping merges keep their order", async () => {
    const ops: PlanOp[] = [
      { kind: "ensureSheet", sheet: "R" },
      { kind: "writeRange", sheet: "R", anchor: "A1", cells: [["a", "b", "c"], ["d", "e", "f"]] },
      { kind: "merge", sheet: "R", range: "A1:B1" },
      { kind: "merge", sheet: "R", range: "A2:B2" },
      { kind: "merge", sheet: "R", range: "A1:C2" },
    ];
    const { grouped, single } = await bothWays(ops);
    expect(grouped).toEqual(single);
    expect(grouped.merges).toEqual(["0,0:1,2"]);
  });

  test("a long run of formats is split into addresses Excel accepts", async () => {
    const ops: PlanOp[] = [{ kind: "ensureSheet", sheet: "R" }];
    // Every other row, so that nothing joins: 3,000 areas of ~8 characters.
    for (let r = 1; r <= 6000; r += 2) ops.push({ kind: "format", sheet: "R", range: `A${r}:B${r}`, style: thin });
    const { fake, host } = hostOn();
    await host.apply({ ops });
    const sheet = fake.state.sheetByName("R")!;
    expect(sheet.styles.filter((s) => s.property === "borders.EdgeTop.style")).toHaveLength(3000);
    expect(fake.stats.syncs).toBeLessThanOrEqual(3);
  });
});
