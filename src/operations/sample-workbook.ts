/**
 * Plans that write the sample portfolio: once as a structured PMO workbook (into registers that
 * `structure` created) and once as the messy workbook a PMO inherits — people's own layouts
 * with title rows, merged banners, German headers, text dates in three formats, word scales,
 * "R/A" codes with a legend beside the RACI, and two tables stacked on one sheet.
 */
import { a1, colName } from "../domain/a1";
import { register } from "../domain/registers/catalogue";
import type { RegisterKey } from "../domain/registers/types";
import type { PortfolioState, SampleRow, SampleValue } from "../domain/sample/portfolio";
import type { PlanCell, PlanOp, WorkbookPlan } from "../plan/plan";
import { catalogueColumns, extraColumnPlan, registerDecorations } from "../plan/register-layout";
import { findTable, type WorkbookSnapshot } from "../plan/snapshot";

const ISO_RE = /^\d{4}-\d{2}-\d{2}$/;

function cell(v: SampleValue, type: string): PlanCell {
  if (v === null) return null;
  if (type === "date" && typeof v === "string" && ISO_RE.test(v)) return { d: v };
  return v;
}

function registerRows(key: RegisterKey, rows: readonly SampleRow[]): PlanCell[][] {
  const def = register(key);
  return rows.map((r) => def.columns.map((c) => (c.calc ? null : cell(r[c.key] ?? null, c.type))));
}

const SIMPLE: readonly (readonly [RegisterKey, (s: PortfolioState) => readonly SampleRow[]])[] = [
  ["stakeholders", (s) => s.stakeholders],
  ["projects", (s) => s.projects],
  ["milestones", (s) => s.milestones],
  ["raid", (s) => s.raid],
  ["actions", (s) => s.actions],
  ["decisions", (s) => s.decisions],
  ["meetings", (s) => s.meetings],
  ["documents", (s) => s.documents],
];

/** Fills the registers of a structured workbook (as `structure` left them) with the sample state. */
export function structuredSamplePlan(wb: WorkbookSnapshot, state: PortfolioState): WorkbookPlan {
  const ops: PlanOp[] = [];
  for (const [key, rowsOf] of SIMPLE) {
    const def = register(key);
    if (!findTable(wb, def.table)) throw new Error(`the workbook has no ${def.table}: run structure first`);
    const rows = registerRows(key, rowsOf(state));
    ops.push({ kind: "appendTableRows", sheet: def.sheet, table: def.table, rows });
    ops.push(...registerDecorations(def, def.sheet, 1, Math.max(1, rows.length), catalogueColumns(def)));
  }
  const raci = register("raci");
  const base = raci.columns.length;
  ops.push({ kind: "addTableColumns", sheet: raci.sheet, table: raci.table, columns: state.raciRoles.map((r) => extraColumnPlan(r, true)) });
  const raciRows: PlanCell[][] = state.raci.map((r) => [r.activityId, r.projectId, r.activity, ...state.raciRoles.map((role) => r.codes[role] || null)]);
  ops.push({ kind: "appendTableRows", sheet: raci.sheet, table: raci.table, rows: raciRows });
  ops.push(...registerDecorations(raci, raci.sheet, 1, raciRows.length, catalogueColumns(raci), state.raciRoles.map((_r, i) => base + i)));
  return { ops };
}

// ------------------------------------------------------------------ messy copy

function dmySlash(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}
function dmyDot(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}.${m}.${y}`;
}
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
function dMonY(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
}
const SCALE = ["", "Very Low", "Low", "Medium", "High", "Very High"];

const text = (v: SampleValue): PlanCell => (v === null ? null : v);
const dateAs = (f: (iso: string) => string) => (v: SampleValue): PlanCell => (typeof v === "string" ? f(v) : null);

interface Layout {
  readonly sheet: string;
  readonly title: readonly string[];
  readonly headerRow: number;
  readonly columns: readonly (readonly [string, (r: SampleRow, i: number) => PlanCell])[];
  readonly banner?: boolean;
}

function layoutOps(l: Layout, rows: readonly SampleRow[], startRow = 0): PlanOp[] {
  const ops: PlanOp[] = [];
  const width = l.columns.length;
  l.title.forEach((t, i) => {
    ops.push({ kind: "writeRange", sheet: l.sheet, anchor: a1(startRow + i, 0), cells: [[t]] });
    if (i === 0) {
      ops.push({ kind: "format", sheet: l.sheet, range: a1(startRow, 0), style: { bold: true, fontSize: 14 } });
      if (l.banner) ops.push({ kind: "merge", sheet: l.sheet, range: `${a1(startRow, 0)}:${a1(startRow, width - 1)}` });
    }
  });
  const h = startRow + l.headerRow;
  ops.push({ kind: "writeRange", sheet: l.sheet, anchor: a1(h, 0), cells: [l.columns.map(([name]) => name)] });
  ops.push({ kind: "format", sheet: l.sheet, range: `${a1(h, 0)}:${a1(h, width - 1)}`, style: { bold: true, fill: "#D9E1F2", border: "thin" } });
  ops.push({ kind: "writeRange", sheet: l.sheet, anchor: a1(h + 1, 0), cells: rows.map((r, i) => l.columns.map(([, f]) => f(r, i))) });
  ops.push({ kind: "columnWidths", sheet: l.sheet, startCol: 0, widths: l.columns.map(([name]) => Math.max(12, name.length + 3)) });
  return ops;
}

/** A new workbook's worth of people's own sheets holding the same data as the structured sample. */
export function messySamplePlan(state: PortfolioState): WorkbookPlan {
  const ops: PlanOp[] = [];
  const sheet = (name: string) => ops.push({ kind: "ensureSheet", sheet: name });

  sheet("Portfolio");
  ops.push(
    ...layoutOps(
      {
        sheet: "Portfolio",
        title: ["ACME Corp — Project Portfolio FY26", `Prepared by Sofia Andersson, week ending ${dmySlash(state.asOf)}`],
        headerRow: 3,
        banner: true,
        columns: [
          ["Proj. Code", (r) => text(r.projectId!)],
          ["Project", (r) => text(r.projectName!)],
          ["Programme", (r) => text(r.programme!)],
          ["Exec Sponsor", (r) => text(r.sponsor!)],
          ["PM", (r) => text(r.projectManager!)],
          ["Phase", (r) => text(r.stage!)],
          ["Kick-off", (r) => dateAs(dmySlash)(r.startDate!)],
          ["Planned End", (r) => dateAs(dmySlash)(r.endDate!)],
          ["Forecast Finish", (r) => dateAs(dmySlash)(r.forecastEnd!)],
          ["Budget (EUR)", (r) => text(r.budget ?? null)],
          ["Spend to date", (r) => text(r.actualCost ?? null)],
          ["EAC", (r) => text(r.forecastCost ?? null)],
          ["Last Update", (r) => cell(r.lastUpdated ?? null, "date")],
          ["Comments", () => null],
        ],
      },
      state.projects,
    ),
  );

  sheet("Meilensteinplan");
  ops.push(
    ...layoutOps(
      {
        sheet: "Meilensteinplan",
        title: ["Meilensteinplan — alle Projekte", `Stand: ${dmyDot(state.asOf)}`],
        headerRow: 3,
        columns: [
          ["Meilenstein-ID", (r) => text(r.milestoneId!)],
          ["Projekt", (r) => text(r.projectId!)],
          ["Meilenstein", (r) => text(r.milestone!)],
          ["Art", (r) => text(r.type!)],
          ["Verantwortlich", (r) => text(r.owner!)],
          ["Plandatum", (r) => dateAs(dmyDot)(r.baselineDate!)],
          ["Prognose", (r) => dateAs(dmyDot)(r.forecastDate ?? null)],
          ["Ist-Datum", (r) => dateAs(dmyDot)(r.actualDate ?? null)],
          ["Fortschritt", (r) => (typeof r.percentComplete === "number" ? `${Math.round(r.percentComplete * 100)}%` : null)],
          ["Status", (r) => (r.status === "Complete" ? "Done" : r.status === "Not Started" ? "not started" : text(r.status!))],
          ["Vorgänger", (r) => text(r.predecessors ?? null)],
          ["Bemerkungen", (r) => text(r.notes ?? null)],
          ["Steering comment", (_r, i) => (i % 23 === 4 ? "Discussed at steering" : null)],
        ],
      },
      state.milestones,
    ),
  );

  sheet("Risks & Issues");
  ops.push(
    ...layoutOps(
      {
        sheet: "Risks & Issues",
        title: ["RAID LOG", "All projects — owner updates every Friday"],
        headerRow: 3,
        banner: true,
        columns: [
          ["Ref", (r) => text(r.id!)],
          ["Project", (r) => text(r.projectId!)],
          ["Category", (r) => text(r.type!)],
          ["Risk", (r) => text(r.title!)],
          ["Details", (r) => text(r.description ?? null)],
          ["Risk Owner", (r) => text(r.owner ?? null)],
          ["Date Raised", (r) => dateAs(dMonY)(r.raisedDate!)],
          ["Likelihood", (r, i) => (typeof r.probability === "number" ? (i % 3 === 0 ? SCALE[r.probability]! : r.probability) : null)],
          ["Impact", (r) => text(r.impact ?? null)],
          ["Mitigation", (r) => text(r.response ?? null)],
          ["Status", (r) => text(r.status!)],
          ["Next Review", (r) => dateAs(dMonY)(r.reviewDate ?? null)],
          ["Escalate?", (r) => (r.escalated === "Yes" ? "Y" : "N")],
          ["Updated", (r) => cell(r.lastUpdated ?? null, "date")],
        ],
      },
      state.raid,
    ),
  );

  // One RACI sheet per project: metadata above, a legend beside, phase heading rows inside.
  const projectIds = [...new Set(state.raci.map((r) => r.projectId))];
  for (const pid of projectIds) {
    const name = `RACI ${pid}`;
    sheet(name);
    const project = state.projects.find((p) => p.projectId === pid);
    const rows = state.raci.filter((r) => r.projectId === pid);
    const roles = state.raciRoles;
    ops.push({ kind: "writeRange", sheet: name, anchor: "A1", cells: [[`RACI matrix — ${String(project?.projectName ?? pid)}`], [`Project ID: ${pid}`]] });
    ops.push({ kind: "format", sheet: name, range: "A1", style: { bold: true, fontSize: 14 } });
    const header = ["Task / Deliverable", ...roles];
    ops.push({ kind: "writeRange", sheet: name, anchor: "A4", cells: [header] });
    ops.push({ kind: "format", sheet: name, range: `A4:${colName(roles.length)}4`, style: { bold: true, fill: "#FCE4D6", border: "thin", wrap: true } });
    const body: PlanCell[][] = [];
    rows.forEach((r, i) => {
      if (i === 0) body.push(["Phase 1: Start-up", ...roles.map(() => null)]);
      if (i === Math.ceil(rows.length / 2)) body.push(["Phase 2: Delivery", ...roles.map(() => null)]);
      body.push([
        r.activity,
        ...roles.map((role, k) => {
          const c = r.codes[role] ?? "";
          if (!c) return (i + k) % 4 === 0 ? "-" : null;
          if (c === "A/R") return i % 2 === 0 ? "R/A" : "a, r";
          return (i + k) % 5 === 0 ? c.toLowerCase() : c;
        }),
      ]);
    });
    ops.push({ kind: "writeRange", sheet: name, anchor: "A5", cells: body });
    const legendCol = roles.length + 2;
    ops.push({ kind: "writeRange", sheet: name, anchor: a1(3, legendCol), cells: [["Legend"], ["R = Responsible"], ["A = Accountable"], ["C = Consulted"], ["I = Informed"]] });
    ops.push({ kind: "columnWidths", sheet: name, startCol: 0, widths: [28, ...roles.map(() => 14)] });
  }

  sheet("Meeting Log");
  const actionLayout: Layout = {
    sheet: "Meeting Log",
    title: ["ACTION LOG"],
    headerRow: 1,
    columns: [
      ["Action #", (r) => text(r.actionId!)],
      ["Project", (r) => text(r.projectId!)],
      ["Meeting", (r) => text(r.meetingId!)],
      ["Action Item", (r) => text(r.action!)],
      ["Who", (r) => text(r.owner ?? null)],
      ["Raised", (r) => cell(r.raisedDate ?? null, "date")],
      ["By When", (r) => cell(r.dueDate ?? null, "date")],
      ["Status", (r) => text(r.status!)],
      ["Closed Date", (r) => cell(r.completedDate ?? null, "date")],
    ],
  };
  ops.push(...layoutOps(actionLayout, state.actions));
  const decisionsStart = state.actions.length + 4;
  ops.push(
    ...layoutOps(
      {
        sheet: "Meeting Log",
        title: ["DECISIONS"],
        headerRow: 1,
        columns: [
          ["Decision No", (r) => text(r.decisionId!)],
          ["Project", (r) => text(r.projectId!)],
          ["Meeting", (r) => text(r.meetingId!)],
          ["Decision Made", (r) => text(r.decision!)],
          ["Decision Maker", (r) => text(r.decidedBy ?? null)],
          ["Date", (r) => text(r.decisionDate ?? null)],
          ["Reason", (r) => text(r.rationale ?? null)],
          ["Status", (r) => text(r.status!)],
        ],
      },
      state.decisions,
      decisionsStart,
    ).filter((op) => op.kind !== "columnWidths"),
  );

  sheet("Meetings");
  ops.push(
    ...layoutOps(
      {
        sheet: "Meetings",
        title: ["Governance meetings"],
        headerRow: 2,
        columns: [
          ["Meeting Ref", (r) => text(r.meetingId!)],
          ["Project", (r) => text(r.projectId!)],
          ["Subject", (r) => text(r.title!)],
          ["Meeting Date", (r) => cell(r.date ?? null, "date")],
          ["Chaired By", (r) => text(r.chair ?? null)],
          ["Participants", (r) => text(r.attendees ?? null)],
          ["Summary", (r) => text(r.minutes ?? null)],
        ],
      },
      state.meetings,
    ),
  );

  sheet("Doc Control");
  ops.push(
    ...layoutOps(
      {
        sheet: "Doc Control",
        title: ["Document control register"],
        headerRow: 2,
        columns: [
          ["Doc Ref", (r) => text(r.documentId!)],
          ["Project", (r) => text(r.projectId!)],
          ["Document", (r) => text(r.title!)],
          ["Rev", (r) => text(r.version!)],
          ["State", (r) => text(r.status!)],
          ["Author", (r) => text(r.owner ?? null)],
          ["Approved By", (r) => text(r.approver ?? null)],
          ["Issue Date", (r) => cell(r.versionDate ?? null, "date")],
          ["Link", (r) => text(r.location ?? null)],
          ["What changed", (r) => text(r.changeSummary ?? null)],
        ],
      },
      state.documents,
    ),
  );

  sheet("Team");
  ops.push(
    ...layoutOps(
      {
        sheet: "Team",
        title: ["Project team and stakeholders"],
        headerRow: 2,
        columns: [
          ["Name", (r) => text(r.name!)],
          ["Position", (r) => text(r.role ?? null)],
          ["Department", (r) => text(r.organisation ?? null)],
          ["E-mail", (r) => text(r.email ?? null)],
          ["Power", (r) => text(r.influence ?? null)],
          ["Interest", (r) => text(r.interest ?? null)],
          ["Comms", (r) => text(r.communication ?? null)],
        ],
      },
      state.stakeholders,
    ),
  );
  ops.push({ kind: "activate", sheet: "Portfolio" });
  return { ops };
}
