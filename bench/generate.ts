/**
 * Workbooks for the benchmarks: a PMO portfolio of N milestones with proportional registers
 * (RAID ≈ 0.8N, RACI ≈ 0.3N activities, actions ≈ 0.5N, projects ≈ N/20), written once as a
 * structured workbook (through `structure` and the sample plans, exactly as `pmo demo` builds
 * its own) and once as a messy workbook of people's own layouts for `convert`.
 *
 * The sample portfolio of src/domain/sample is fixed at 8 projects, so the state here is
 * generated to size with the same shape (PortfolioState) and a sprinkling of the same kinds of
 * defects, so that validation has findings to write at every size.
 */
import { a1, colName } from "../src/domain/a1";
import { addDays, daysBetween, type Iso } from "../src/domain/dates";
import type { PortfolioState, RaciRow, SampleRow } from "../src/domain/sample/portfolio";
import { Random } from "../src/domain/sample/random";
import { messySamplePlan, structuredSamplePlan } from "../src/operations/sample-workbook";
import { FileHost } from "../src/hosts/file/file-host";
import { initWorkbook } from "../src/cli/commands/init";
import type { PlanCell, PlanOp, WorkbookPlan } from "../src/plan/plan";

export const BENCH_AS_OF: Iso = "2026-09-30";
export const BENCH_SEED = 2026;

/** File names of the generated inputs of size N (in bench/generated/). */
export function inputFiles(n: number): { structured: string; structuredFloor: string; messy: string } {
  return { structured: `structured-${n}.xlsx`, structuredFloor: `structured-${n}.floor.xlsx`, messy: `messy-${n}.xlsx` };
}

/** Rows of each register for N milestones; the ratios of the issue. */
export interface BenchCounts {
  readonly milestones: number;
  readonly projects: number;
  readonly raid: number;
  readonly raci: number;
  readonly actions: number;
  readonly meetings: number;
  readonly decisions: number;
  readonly documents: number;
  readonly stakeholders: number;
}

export function benchCounts(n: number): BenchCounts {
  const projects = Math.max(4, Math.round(n / 20));
  return {
    milestones: n,
    projects,
    raid: Math.round(0.8 * n),
    raci: Math.round(0.3 * n),
    actions: Math.round(0.5 * n),
    meetings: 2 * projects,
    decisions: projects,
    documents: 2 * projects,
    stakeholders: peopleCount(n),
  };
}

/** Data rows of every register together: what "rows per second" counts. */
export function totalRows(c: BenchCounts): number {
  return c.milestones + c.projects + c.raid + c.raci + c.actions + c.meetings + c.decisions + c.documents + c.stakeholders;
}

// A pool of people that grows with the portfolio (a 100k-milestone PMO has hundreds of owners).
const FIRST = ["Jane", "Lena", "Marco", "Priya", "Tom", "Aisha", "Carlos", "Sofia", "Kenji", "Emma", "Liam", "Fatima", "Oliver", "Nina", "David", "Grace", "Hugo", "Chloé", "Mateo", "Yuki", "Amara", "Jonas", "Ines", "Ravi", "Mia", "Omar", "Elena", "Noah", "Zara", "Felix"];
const LAST = ["Okafor", "Fischer", "Rossi", "Natarajan", "Becker", "Khan", "Mendes", "Andersson", "Watanabe", "Dubois", "O'Connor", "Zahra", "Smith", "Petrova", "Cohen", "Mwangi", "Martin", "Laurent", "García", "Tanaka", "Nwosu", "Berg", "Silva", "Iyer", "Novak", "Haddad", "Popescu", "Jensen", "Ali", "Weber"];
const ROLES = ["Sponsor", "Project Manager", "Tech Lead", "Business Analyst", "QA Lead", "PMO Analyst", "Vendor Manager"] as const;
const ORGS = ["PMO", "IT Engineering", "Operations", "Finance", "Procurement", "HR", "Sales", "Legal", "Data Office"];
const PROGRAMMES = ["Customer Platform", "Infrastructure Renewal", "Digital Workplace", "Regulatory Change", "Finance Transformation"];
const MILESTONE_NAMES = ["Business case approved", "Requirements signed off", "Vendor selected", "Design complete", "Build complete", "System test complete", "UAT complete", "Training delivered", "Go-live", "Hypercare closed", "Benefits review"];
const RISK_TITLES = ["Vendor delivery delay", "Key resource unavailable", "Data quality below target", "Scope creep from business", "Integration complexity", "Budget pressure", "Regulatory change"];
const RESPONSES = ["Weekly vendor checkpoint", "Cross-train second engineer", "Data cleansing sprint planned", "Re-prioritise backlog with sponsor", "Contingency budget requested"];
const ACTIVITIES = ["Approve business case", "Define requirements", "Select vendor", "Design solution", "Build and configure", "Test solution", "Train users", "Go-live decision", "Status reporting", "Close project"];
const ACTION_TEXTS = ["Send revised plan to sponsor", "Book UAT rooms", "Confirm vendor resource plan", "Update risk register", "Prepare steering deck", "Chase contract signature", "Review test results"];

function peopleCount(n: number): number {
  return Math.max(18, Math.min(FIRST.length * LAST.length, Math.round(n / 200)));
}

const pad = (i: number, w: number) => String(i).padStart(w, "0");

/**
 * A portfolio of `n` milestones as it stands on BENCH_AS_OF. Deterministic for a seed; about
 * one row in a few hundred carries a defect a rule reports (missing actual, unknown owner,
 * unknown predecessor, two accountables, a high risk without a response, an action with no owner).
 */
export function benchPortfolio(n: number, seed = BENCH_SEED): PortfolioState {
  const rnd = new Random(seed + n);
  const counts = benchCounts(n);
  const asOf = BENCH_AS_OF;
  const people = Array.from({ length: counts.stakeholders }, (_x, i) => `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`);
  const person = () => people[Math.floor(rnd.next() * people.length)]!;
  const pw = Math.max(3, String(counts.projects).length);
  const pid = (p: number) => `PRJ-${pad(p + 1, pw)}`;
  const span = (p: number) => Math.floor((p * n) / counts.projects);

  const projectInfo = Array.from({ length: counts.projects }, (_x, p) => {
    const start = addDays("2025-07-01", rnd.int(0, 540));
    const end = addDays(start, rnd.int(180, 600));
    return { start, end, sponsor: person(), pm: person(), budget: rnd.int(10, 300) * 10_000, overrun: rnd.int(-5, 20) / 100, name: `${PROGRAMMES[p % PROGRAMMES.length]} project ${p + 1}` };
  });

  // ---- milestones: a contiguous block per project, baselines spread over the project's life.
  const milestones: SampleRow[] = [];
  const lastForecast: Iso[] = projectInfo.map((p) => p.end);
  for (let p = 0; p < counts.projects; p++) {
    const info = projectInfo[p]!;
    const first = span(p);
    const count = span(p + 1) - first;
    const life = daysBetween(info.start, info.end);
    for (let m = 0; m < count; m++) {
      const i = first + m;
      const id = `${pid(p)}-M${pad(m + 1, 2)}`;
      const baseline = addDays(info.start, Math.round(((m + 1) * life) / (count + 1)));
      const slip = rnd.chance(0.25) ? rnd.int(-4, 35) : 0;
      const forecast = addDays(baseline, slip);
      const cancelled = rnd.chance(0.02);
      const done = !cancelled && forecast <= asOf && rnd.chance(0.92);
      const status = cancelled ? "Cancelled" : done ? "Complete" : forecast <= addDays(asOf, 45) ? "In Progress" : rnd.chance(0.05) ? "On Hold" : "Not Started";
      const pct = status === "Complete" ? 1 : status === "In Progress" ? rnd.int(1, 9) / 10 : 0;
      const defect = i % 397;
      if (forecast > lastForecast[p]!) lastForecast[p] = forecast;
      milestones.push({
        milestoneId: id,
        projectId: pid(p),
        milestone: MILESTONE_NAMES[m % MILESTONE_NAMES.length]!,
        type: m % 4 === 3 ? "Deliverable" : "Milestone",
        owner: defect === 11 ? "Rob Unknown" : rnd.chance(0.7) ? info.pm : person(),
        baselineDate: baseline,
        forecastDate: slip !== 0 || status !== "Complete" ? forecast : null,
        actualDate: done && defect !== 5 ? forecast : null,
        percentComplete: pct,
        status,
        predecessors: defect === 17 ? `${pid(p)}-M99` : m > 0 && rnd.chance(0.5) ? `${pid(p)}-M${pad(m, 2)}` : null,
        notes: rnd.chance(0.1) ? "Dependent on vendor delivery" : null,
      });
    }
  }

  const projects: SampleRow[] = projectInfo.map((info, p) => {
    const elapsed = Math.max(0, Math.min(1, daysBetween(info.start, asOf) / Math.max(1, daysBetween(info.start, info.end))));
    return {
      projectId: pid(p),
      projectName: info.name,
      programme: PROGRAMMES[p % PROGRAMMES.length]!,
      sponsor: info.sponsor,
      projectManager: info.pm,
      stage: elapsed >= 1 ? "Closing" : elapsed > 0.2 ? "Execution" : elapsed > 0.05 ? "Planning" : "Initiation",
      startDate: info.start,
      endDate: info.end,
      forecastEnd: lastForecast[p]!,
      budget: info.budget,
      actualCost: Math.round((info.budget * elapsed * (1 + info.overrun)) / 1000) * 1000,
      forecastCost: Math.round((info.budget * (1 + info.overrun)) / 1000) * 1000,
      ragOverride: null,
      lastUpdated: addDays(asOf, -(p % 30)),
      notes: null,
    };
  });

  // ---- RAID, RACI, actions: spread over the projects in the same proportion.
  const perProject = (total: number, i: number) => Math.min(counts.projects - 1, Math.floor((i * counts.projects) / total));
  const raid: SampleRow[] = [];
  for (let i = 0; i < counts.raid; i++) {
    const p = perProject(counts.raid, i);
    const roll = rnd.next();
    const type = roll < 0.62 ? "Risk" : roll < 0.86 ? "Issue" : roll < 0.93 ? "Assumption" : "Dependency";
    const probability = rnd.int(1, 5);
    const impact = rnd.int(1, 5);
    const raised = addDays(asOf, -rnd.int(0, 300));
    const closed = rnd.chance(0.25);
    raid.push({
      id: `R-${pad(i + 1, 6)}`,
      projectId: pid(p),
      type,
      title: RISK_TITLES[i % RISK_TITLES.length]!,
      description: `${RISK_TITLES[i % RISK_TITLES.length]} (${pid(p)})`,
      owner: rnd.chance(0.97) ? person() : null,
      raisedDate: raised,
      probability,
      impact,
      response: probability * impact >= 12 && i % 211 !== 3 ? RESPONSES[i % RESPONSES.length]! : rnd.chance(0.6) ? RESPONSES[i % RESPONSES.length]! : null,
      status: closed ? "Closed" : probability * impact >= 15 ? "Open" : "Monitoring",
      reviewDate: addDays(asOf, rnd.int(-20, 30)),
      escalated: probability * impact >= 20 && rnd.chance(0.5) ? "Yes" : "No",
      lastUpdated: addDays(asOf, -rnd.int(0, 20)),
    });
  }

  const raci: RaciRow[] = [];
  for (let i = 0; i < counts.raci; i++) {
    const p = perProject(counts.raci, i);
    const codes: Record<string, string> = {};
    for (const role of ROLES) codes[role] = "";
    const accountable = i % 5 === 0 ? "Sponsor" : "Project Manager";
    codes[accountable] = "A";
    codes[ROLES[2 + (i % 5)]!] = "R";
    if (accountable === "Project Manager" && rnd.chance(0.3)) codes["Project Manager"] = "A/R";
    for (const role of ROLES) if (!codes[role] && rnd.chance(0.35)) codes[role] = rnd.chance(0.5) ? "C" : "I";
    if (i % 293 === 7) codes["Sponsor"] = "A"; // a second accountable
    raci.push({ activityId: `ACT-${pad(i + 1, 6)}`, projectId: pid(p), activity: ACTIVITIES[i % ACTIVITIES.length]!, codes });
  }

  const meetings: SampleRow[] = [];
  const decisions: SampleRow[] = [];
  const documents: SampleRow[] = [];
  projectInfo.forEach((info, p) => {
    for (let k = 0; k < 2; k++) {
      meetings.push({ meetingId: `MTG-${pad(2 * p + k + 1, 6)}`, projectId: pid(p), title: k ? "Steering committee" : "Project board", date: addDays(asOf, -14 * (2 - k)), chair: info.sponsor, attendees: `${info.pm}, ${info.sponsor}`, minutes: `Minutes ${k + 1}` });
      documents.push({ documentId: `DOC-${pad(2 * p + k + 1, 6)}`, projectId: pid(p), title: `${k ? "Solution Design" : "Project Charter"} — ${info.name}`, version: k ? "1.0" : "0.1", status: k ? "Approved" : "For Review", owner: info.pm, approver: k ? info.sponsor : null, versionDate: addDays(info.start, 20 + 30 * k), location: `https://intranet.example/pmo/${pid(p)}/${k}`, changeSummary: k ? "Revised after review" : "First draft" });
    }
    decisions.push({ decisionId: `DEC-${pad(p + 1, 6)}`, projectId: pid(p), meetingId: `MTG-${pad(2 * p + 2, 6)}`, decision: "Approve contingency budget", decidedBy: info.sponsor, decisionDate: addDays(asOf, -14), rationale: "Agreed at the board after options review", status: p % 3 === 0 ? "Proposed" : "Approved" });
  });

  const actions: SampleRow[] = [];
  for (let i = 0; i < counts.actions; i++) {
    const p = perProject(counts.actions, i);
    const raised = addDays(asOf, -rnd.int(0, 60));
    const due = addDays(raised, rnd.int(7, 35));
    const done = due < asOf && rnd.chance(0.75);
    actions.push({
      actionId: `A-${pad(i + 1, 6)}`,
      projectId: pid(p),
      meetingId: `MTG-${pad(2 * p + 1 + (i % 2), 6)}`,
      action: ACTION_TEXTS[i % ACTION_TEXTS.length]!,
      owner: i % 257 === 9 ? null : person(),
      raisedDate: raised,
      dueDate: due,
      status: done ? "Done" : due < asOf ? "In Progress" : "Open",
      completedDate: done ? addDays(due, -1) : null,
      notes: null,
    });
  }

  const stakeholders: SampleRow[] = people.map((name, i) => ({
    name,
    role: ROLES[i % ROLES.length]!,
    organisation: ORGS[i % ORGS.length]!,
    email: `person${i + 1}@example.com`,
    influence: i % 3 === 0 ? "High" : "Medium",
    interest: i % 2 === 0 ? "High" : "Medium",
    communication: "Weekly status email",
  }));

  return { asOf, projects, milestones, raid, raci, raciRoles: ROLES, actions, decisions, meetings, documents, stakeholders };
}

/** The structured workbook: `pmo init`'s registers filled with the portfolio by the sample plan. */
export async function structuredWorkbook(state: PortfolioState): Promise<FileHost> {
  const host = await initWorkbook(state.asOf);
  await host.apply(structuredSamplePlan(await host.read(), state));
  return host;
}

/**
 * The messy workbook: the sample's own layouts (title rows, German headers, text dates in three
 * formats, word scales, stacked tables) for every register but the RACI, whose sample layout is
 * one sheet per project — 5,000 sheets at 100k milestones, which no PMO keeps. The RACI here is
 * one sheet with a Project column, phase heading rows, mixed-case and "R/A" codes and a legend
 * beside the matrix.
 */
export function messyPlan(state: PortfolioState): WorkbookPlan {
  const base = messySamplePlan({ ...state, raci: [] });
  const ops: PlanOp[] = base.ops.filter((op) => op.kind !== "activate");
  const sheet = "RACI";
  const roles = state.raciRoles;
  const header = ["Ref", "Project", "Task / Deliverable", ...roles];
  const body: PlanCell[][] = [];
  let project = "";
  state.raci.forEach((r, i) => {
    if (r.projectId !== project) {
      project = r.projectId;
      body.push([null, null, `Phase: ${project}`, ...roles.map(() => null)]);
    }
    body.push([
      r.activityId,
      r.projectId,
      r.activity,
      ...roles.map((role, k): PlanCell => {
        const c = r.codes[role] ?? "";
        if (!c) return (i + k) % 4 === 0 ? "-" : null;
        if (c === "A/R") return i % 2 === 0 ? "R/A" : "a, r";
        return (i + k) % 5 === 0 ? c.toLowerCase() : c;
      }),
    ]);
  });
  const last = colName(header.length - 1);
  ops.push(
    { kind: "ensureSheet", sheet },
    { kind: "writeRange", sheet, anchor: "A1", cells: [["RACI matrix — all projects"], ["Owner: PMO, reviewed monthly"]] },
    { kind: "format", sheet, range: "A1", style: { bold: true, fontSize: 14 } },
    { kind: "writeRange", sheet, anchor: "A4", cells: [header] },
    { kind: "format", sheet, range: `A4:${last}4`, style: { bold: true, fill: "#FCE4D6", border: "thin", wrap: true } },
    { kind: "writeRange", sheet, anchor: "A5", cells: body },
    { kind: "writeRange", sheet, anchor: a1(3, header.length + 1), cells: [["Legend"], ["R = Responsible"], ["A = Accountable"], ["C = Consulted"], ["I = Informed"]] },
    { kind: "columnWidths", sheet, startCol: 0, widths: [12, 12, 28, ...roles.map(() => 14)] },
    { kind: "activate", sheet: "Portfolio" },
  );
  return { ops };
}

export async function messyWorkbook(state: PortfolioState): Promise<FileHost> {
  const host = FileHost.create();
  await host.apply(messyPlan(state));
  return host;
}
