import { DEFAULT_SETTINGS } from "../settings";
import type { Finding } from "../findings";
import { AS_OF, fixtureRegisters, HOSTILE_FORMULA, HOSTILE_HTML, ROWS } from "../../../test/report/fixtures";
import { buildStatusReport, reportSubject, type ReportInput } from "./build";
import { EMPTY_COMMENTARY, type ReportScope } from "./model";

const settings = { ...DEFAULT_SETTINGS, asOf: AS_OF };

function build(scope: ReportScope, extra: Partial<ReportInput> = {}) {
  return buildStatusReport({ registers: fixtureRegisters(), findings: [], settings, asOf: AS_OF, generatedOn: "2026-10-01", scope, commentary: EMPTY_COMMENTARY, ...extra });
}

describe("the portfolio report", () => {
  const r = build({ kind: "portfolio" });

  test("header: every manager, the project count, a week back without a previous snapshot", () => {
    expect(r.header).toEqual({
      scopeId: "Portfolio",
      name: "Portfolio",
      manager: "Ann Lee, Bo Chen",
      context: "2 projects",
      periodStart: "2026-09-24",
      periodEnd: AS_OF,
      asOf: AS_OF,
      previousAsOf: null,
      generatedOn: "2026-10-01",
    });
    expect(reportSubject(r)).toBe("Status report — Portfolio — 2026-09-30");
  });

  test("each RAG with the reason that made its colour", () => {
    expect(r.rag.map((l) => [l.area, l.rag, l.reason])).toEqual([
      ["overall", "Red", "Schedule: 1 milestone overdue; Cost: forecast 10.7% over budget (limit 10%); Risk: 1 open risk at Score ≥ 20"],
      ["schedule", "Red", "1 milestone overdue"],
      ["cost", "Red", "forecast 10.7% over budget (limit 10%)"],
      ["risk", "Red", "1 open risk at Score ≥ 20"],
    ]);
  });

  test("projects worst first, each with its own reason", () => {
    expect(r.projects.map((p) => [p.projectId, p.name, p.rag.overall, p.reason])).toEqual([
      ["P-1", "Apollo & Co", "Red", "Schedule: 1 milestone overdue; Cost: forecast 15.0% over budget (limit 10%); Risk: 1 open risk at Score ≥ 20"],
      ["P-2", "Beacon", "Green", "schedule, cost and risk are green"],
    ]);
  });

  test("milestones: overdue, then slipped, then due soon; complete, cancelled and far-off ones left out", () => {
    expect(r.milestones.map((m) => [m.state, m.id, m.varianceDays, m.owner])).toEqual([
      ["Overdue", "M-1", 19, "Ann Lee"],
      ["Slipped", "M-2", 19, "Cy Diaz"],
      ["Due soon", "M-3", 0, "Bo Chen"],
    ]);
  });

  test("top risks and issues by Score, closed ones left out; escalations by score or flag", () => {
    expect(r.topRaid.map((x) => [x.id, x.score, x.severity])).toEqual([
      ["R-1", 25, "Critical"],
      ["R-2", 16, "High"],
      ["R-3", 9, "Medium"],
      ["R-5", 4, "Low"],
    ]);
    expect(r.topRaid[0]!.title).toBe(HOSTILE_HTML);
    expect(r.topRaid[1]!.title).toBe(HOSTILE_FORMULA);
    expect(r.escalations.map((x) => [x.id, x.escalated])).toEqual([
      ["R-1", false],
      ["R-5", true],
    ]);
  });

  test("overdue actions with days late; decisions still Proposed", () => {
    expect(r.overdueActions.map((a) => [a.id, a.daysOverdue, a.due])).toEqual([["A-1", 10, "2026-09-20"]]);
    expect(r.decisions.map((d) => [d.id, d.owner, d.date])).toEqual([["D-1", "Steering board", "2026-10-05"]]);
  });

  test("metrics in the order of metrics.md with their formats; no deltas without history", () => {
    expect(r.metrics.map((m) => m.name).slice(0, 3)).toEqual(["Milestones Total", "Milestones Complete", "Milestones Overdue"]);
    expect(r.metrics.find((m) => m.name === "Milestones Overdue")).toMatchObject({ value: 1, delta: null, arrow: null, numberFormat: "0" });
    expect(r.metrics.find((m) => m.name === "Cost Variance %")!.value).toBeCloseTo(16000 / 150000, 10);
  });
});

describe("a project's report", () => {
  test("only the project's rows, its manager and programme", () => {
    const r = build({ kind: "project", projectId: "P-2" });
    expect(r.header).toMatchObject({ scopeId: "P-2", name: "Beacon", manager: "Bo Chen", context: "Growth · Planning" });
    expect(r.projects).toEqual([]);
    expect(r.milestones.map((m) => m.id)).toEqual(["M-3"]);
    expect(r.topRaid.map((x) => x.id)).toEqual(["R-3", "R-5"]);
    expect(r.overdueActions).toEqual([]);
    expect(r.decisions).toEqual([]);
    expect(r.rag.map((l) => [l.area, l.rag, l.reason])).toEqual([
      ["overall", "Green", "schedule, cost and risk are green"],
      ["schedule", "Green", "nothing overdue or slipped"],
      ["cost", "Green", "forecast 2.0% over budget, within 5%"],
      ["risk", "Green", "no high risks (1 open risk)"],
    ]);
  });

  test("a RAG Override is the overall colour and says what was computed", () => {
    const projects = ROWS.projects!.map((p) => (p.projectId === "P-1" ? { ...p, ragOverride: "amber" } : p));
    const r = buildStatusReport({
      registers: fixtureRegisters({ ...ROWS, projects }),
      findings: [],
      settings,
      asOf: AS_OF,
      generatedOn: AS_OF,
      scope: { kind: "project", projectId: "P-1" },
      commentary: EMPTY_COMMENTARY,
    });
    expect(r.rag[0]).toMatchObject({ rag: "Amber", reason: "RAG Override Amber (computed: Red)" });
  });

  test("validation health counts only the findings on the project's rows", () => {
    const finding = (register: Finding["register"], sheet: string, row: number, severity: Finding["severity"], rule: string): Finding => ({ rule, severity, register, sheet, cell: `A${row}`, row, key: "", message: "" });
    const findings = [
      finding("milestones", "Milestones", 2, "warning", "milestone/overdue"), // M-1, P-1
      finding("milestones", "Milestones", 4, "error", "milestone/required"), // M-3, P-2
      finding("raid", "RAID", 2, "error", "raid/high-risk-unmitigated"), // R-1, P-1
      finding("raid", "RAID", 1, "error", "register/missing-column"), // header: the workbook's
    ];
    const p1 = build({ kind: "project", projectId: "P-1" }, { findings });
    expect(p1.health.filter((h) => h.errors + h.warnings + h.infos > 0).map((h) => [h.register, h.errors, h.warnings, h.topRule?.rule])).toEqual([
      ["milestones", 0, 1, "milestone/overdue"],
      ["raid", 1, 0, "raid/high-risk-unmitigated"],
    ]);
    const all = build({ kind: "portfolio" }, { findings });
    expect(all.health.find((h) => h.register === "raid")).toMatchObject({ errors: 2, warnings: 0 });
    expect(all.health.map((h) => h.register)).toEqual(["projects", "milestones", "raid", "actions", "decisions"]);
  });
});
