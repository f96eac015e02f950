/** The JS reference by section: happy path, empty input, wrong types, and what blank means. */
import { DEFAULT_SETTINGS } from "../settings";
import { isoToSerial } from "../dates";
import type { RegisterData } from "../registers/data";
import type { RegisterKey } from "../registers/types";
import { register } from "../registers/catalogue";
import type { CellValue } from "../cell";
import { evaluateScope } from "./evaluate";
import { readMetricInputs } from "./inputs";
import { computeMetrics, projectIds, raciHasA, raciHasR, raciInvolved } from "./reference";
import { arrowFor, ragTrend } from "./trend";

const AS_OF = "2026-06-30";
const d = (iso: string) => isoToSerial(iso);

/** RegisterData of a catalogue register from rows keyed by column key (plus extra headers for RACI persons). */
function data(key: RegisterKey, rows: readonly Readonly<Record<string, CellValue>>[], extra: readonly string[] = []): RegisterData {
  const def = register(key);
  const columns = [...def.columns.map((c, col) => ({ key: c.key as string | null, header: c.header, col })), ...extra.map((header, i) => ({ key: null, header, col: def.columns.length + i }))];
  return {
    register: key,
    sheet: def.sheet,
    table: def.table,
    headerRow: 0,
    columns,
    rows: rows.map((r, i) => ({ row: i + 1, cells: columns.map((c) => r[c.key ?? c.header] ?? null) })),
    date1904: false,
    structured: true,
  };
}

function inputs(parts: Partial<Record<RegisterKey, RegisterData>>) {
  return readMetricInputs(new Map(Object.entries(parts) as [RegisterKey, RegisterData][]));
}

describe("milestone metrics", () => {
  const ms = data("milestones", [
    { milestoneId: "M1", projectId: "P1", baselineDate: d("2026-06-01"), actualDate: d("2026-05-30"), status: "Complete" },
    { milestoneId: "M2", projectId: "p1", baselineDate: d("2026-06-10"), forecastDate: d("2026-06-20"), status: "In Progress" },
    { milestoneId: "M3", projectId: "P1", baselineDate: d("2026-07-10"), forecastDate: d("2026-07-30"), status: "Not Started" },
    { milestoneId: "M4", projectId: "P1", baselineDate: d("2026-01-10"), status: "Cancelled" },
    { milestoneId: "M5", projectId: "P1", baselineDate: "10 June 2026", status: "In Progress" },
  ]);
  test("happy path, any case of the project id, cancelled left out", () => {
    const m = computeMetrics(inputs({ milestones: ms }), "P1", DEFAULT_SETTINGS, AS_OF);
    expect(m).toMatchObject({ "Milestones Total": 4, "Milestones Complete": 1, "Milestones Overdue": 1, "On-Time Rate": 1, "Avg Slip Days": (-2 + 10 + 20) / 3, "Max Slip Days": 20 });
  });
  test("a text date is not a date to the formulas, so not to the reference either", () => {
    const m = computeMetrics(inputs({ milestones: ms }), "P1", DEFAULT_SETTINGS, AS_OF);
    expect(m["Milestones Total"]).toBe(4); // M5 counts as a milestone …
    expect(m["Max Slip Days"]).toBe(20); // … but has no slip
  });
  test("empty input: counts are 0, shares and slips blank", () => {
    const m = computeMetrics(inputs({}), "P1", DEFAULT_SETTINGS, AS_OF);
    expect(m).toMatchObject({ "Milestones Total": 0, "On-Time Rate": null, "Avg Slip Days": null, "Max Slip Days": null, "RACI Coverage": null, "Cost Variance %": null });
  });
});

describe("risks, actions, cost", () => {
  const parts = {
    raid: data("raid", [
      { id: "R1", projectId: "P1", type: "Risk", probability: 5, impact: 4, status: "Open" },
      { id: "R2", projectId: "P1", type: "Risk", probability: "High", impact: 4, status: "Open" },
      { id: "R3", projectId: "P1", type: "Issue", probability: 1, impact: 1, status: "Closed" },
      { projectId: "P1", type: "Risk", probability: 5, impact: 5, status: "Open" },
    ]),
    actions: data("actions", [
      { actionId: "A1", projectId: "P1", dueDate: d("2026-06-29"), status: "Open" },
      { actionId: "A2", projectId: "P1", dueDate: d("2026-06-30"), status: "Open" },
      { actionId: "A3", projectId: "P1", dueDate: d("2026-01-01"), status: "Done" },
    ]),
    projects: data("projects", [{ projectId: "P1", budget: 100, forecastCost: 112, ragOverride: "green" }, { projectId: "P2", budget: 0, forecastCost: 5 }]),
  };
  test("a word Probability is not a number to the Score formula; an item without id is no item", () => {
    const m = computeMetrics(inputs(parts), "P1", DEFAULT_SETTINGS, AS_OF);
    expect(m).toMatchObject({ "Open Risks": 2, "High Risks": 1, "Risk Exposure": 20, "Open Issues": 0, "Open Actions": 2, "Overdue Actions": 1 });
    expect(m["Cost Variance %"]).toBeCloseTo(0.12);
  });
  test("a zero budget is no budget", () => {
    expect(computeMetrics(inputs(parts), "P2", DEFAULT_SETTINGS, AS_OF)["Cost Variance %"]).toBeNull();
  });
  test("RAGs: escalated risk is Red, cost over 10 % is Red, the override wins", () => {
    const e = evaluateScope(inputs(parts), "P1", DEFAULT_SETTINGS, AS_OF);
    expect(e.rag).toEqual({ schedule: "Green", cost: "Red", risk: "Red", overall: "Green" });
  });
  test("projects: the register's order, then ids only other registers use", () => {
    const i = inputs({ ...parts, milestones: data("milestones", [{ milestoneId: "M", projectId: "P0" }]) });
    expect(projectIds(i)).toEqual(["P1", "P2", "P0"]);
  });
});

describe("RACI codes", () => {
  test.each([
    ["A/R", true, true, true],
    ["a, r", true, true, true],
    ["N/A", false, false, false],
    [" n ", false, false, false],
    ["-", false, false, false],
    ["C", true, false, false],
    [null, false, false, false],
  ])("%j: involved %s, A %s, R %s", (code, involved, a, r) => {
    expect([raciInvolved(code), raciHasA(code), raciHasR(code)]).toEqual([involved, a, r]);
  });
});

describe("trend", () => {
  test.each([
    ["Milestones Overdue", -1, "▲"],
    ["Milestones Overdue", 2, "▼"],
    ["On-Time Rate", 0.1, "▲"],
    ["On-Time Rate", 1e-12, "►"],
    ["Open Actions", 3, null],
  ] as const)("%s %d → %s", (name, delta, arrow) => expect(arrowFor(name, delta)).toBe(arrow));
  test("RAG trend", () => {
    expect(ragTrend("Green", "Amber")).toBe("improving");
    expect(ragTrend("Red", "Amber")).toBe("declining");
    expect(ragTrend("Red", "Red")).toBe("steady");
    expect(ragTrend("Red", null)).toBeNull();
  });
});
