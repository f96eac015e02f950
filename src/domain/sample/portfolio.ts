/**
 * The bundled sample: a realistic PMO portfolio (8 projects, ~150 milestones, ~120 RAID items,
 * RACI matrices, actions, decisions, meetings, documents, stakeholders) that evolves week by
 * week, so that the demo can take real weekly snapshots. Deterministic for a seed. It carries a
 * known set of defects (listed in SAMPLE_DEFECTS) so that validation has something to find.
 */
import { addDays, daysBetween, type Iso } from "../dates";
import type { RegisterKey } from "../registers/types";
import { Random } from "./random";

/** A register row keyed by catalogue column key; dates are ISO strings. */
export type SampleValue = string | number | null;
export type SampleRow = Readonly<Record<string, SampleValue>>;

export interface RaciRow {
  readonly activityId: string;
  readonly projectId: string;
  readonly activity: string;
  /** Code per role column, e.g. { "Project Manager": "A/R" }. */
  readonly codes: Readonly<Record<string, string>>;
}

export interface PortfolioState {
  readonly asOf: Iso;
  readonly projects: readonly SampleRow[];
  readonly milestones: readonly SampleRow[];
  readonly raid: readonly SampleRow[];
  readonly raci: readonly RaciRow[];
  /** Role columns of the RACI register, in order. */
  readonly raciRoles: readonly string[];
  readonly actions: readonly SampleRow[];
  readonly decisions: readonly SampleRow[];
  readonly meetings: readonly SampleRow[];
  readonly documents: readonly SampleRow[];
  readonly stakeholders: readonly SampleRow[];
}

export interface SamplePortfolio {
  readonly seed: number;
  /** The weekly report dates, oldest first; the last is the demo's As Of. */
  readonly weeks: readonly Iso[];
  /** The portfolio as it stood on a week's date. */
  stateAt(week: Iso): PortfolioState;
}

export const DEMO_AS_OF = "2026-09-30";

const PEOPLE: readonly (readonly [string, string, string])[] = [
  ["Jane Okafor", "Sponsor", "Executive Board"],
  ["Lena Fischer", "Project Manager", "PMO"],
  ["Marco Rossi", "Project Manager", "PMO"],
  ["Priya Natarajan", "Project Manager", "PMO"],
  ["Tom Becker", "Tech Lead", "IT Engineering"],
  ["Aisha Khan", "Business Analyst", "Operations"],
  ["Carlos Mendes", "QA Lead", "IT Engineering"],
  ["Sofia Andersson", "PMO Analyst", "PMO"],
  ["Kenji Watanabe", "Architect", "IT Engineering"],
  ["Emma Dubois", "Finance Partner", "Finance"],
  ["Liam O'Connor", "Vendor Manager", "Procurement"],
  ["Fatima Zahra", "Change Manager", "HR"],
  ["Oliver Smith", "Sponsor", "Sales"],
  ["Nina Petrova", "Security Officer", "Information Security"],
  ["David Cohen", "Service Owner", "IT Operations"],
  ["Grace Mwangi", "Data Lead", "Data Office"],
  ["Hugo Martin", "Legal Counsel", "Legal"],
  ["Chloé Laurent", "Communications Lead", "Marketing"],
];

const RACI_ROLES = ["Sponsor", "Project Manager", "Tech Lead", "Business Analyst", "QA Lead", "PMO Analyst", "Vendor Manager"] as const;

const PROJECTS: readonly { name: string; programme: string; sponsor: string; pm: string; start: Iso; end: Iso; budget: number; overrun: number }[] = [
  { name: "CRM Replacement", programme: "Customer Platform", sponsor: "Oliver Smith", pm: "Lena Fischer", start: "2026-01-12", end: "2026-12-18", budget: 1_250_000, overrun: 0.12 },
  { name: "Customer Portal 2.0", programme: "Customer Platform", sponsor: "Oliver Smith", pm: "Marco Rossi", start: "2026-03-02", end: "2027-02-26", budget: 820_000, overrun: 0.03 },
  { name: "Data Centre Exit", programme: "Infrastructure Renewal", sponsor: "Jane Okafor", pm: "Priya Natarajan", start: "2025-11-03", end: "2026-11-27", budget: 2_400_000, overrun: 0.07 },
  { name: "Network Refresh", programme: "Infrastructure Renewal", sponsor: "Jane Okafor", pm: "Marco Rossi", start: "2026-02-16", end: "2026-10-30", budget: 640_000, overrun: -0.02 },
  { name: "Hybrid Workplace", programme: "Digital Workplace", sponsor: "Jane Okafor", pm: "Lena Fischer", start: "2026-04-06", end: "2027-03-31", budget: 480_000, overrun: 0.0 },
  { name: "ERP Finance Upgrade", programme: "Digital Workplace", sponsor: "Jane Okafor", pm: "Priya Natarajan", start: "2025-09-01", end: "2026-09-25", budget: 1_900_000, overrun: 0.16 },
  { name: "Data Platform", programme: "Customer Platform", sponsor: "Oliver Smith", pm: "Priya Natarajan", start: "2026-05-04", end: "2027-06-30", budget: 1_100_000, overrun: 0.05 },
  { name: "Security Awareness", programme: "Digital Workplace", sponsor: "Jane Okafor", pm: "Marco Rossi", start: "2026-06-01", end: "2026-12-11", budget: 150_000, overrun: 0.0 },
];

/** How each project is doing, so that the sample shows a realistic mix of Red, Amber and Green. */
const HEALTH: readonly ("red" | "amber" | "green")[] = ["red", "green", "amber", "green", "green", "red", "amber", "green"];

const MILESTONE_NAMES = [
  "Project charter approved", "Requirements baselined", "Vendor selected", "Solution design signed off", "Environments ready",
  "Build sprint 1 complete", "Build sprint 2 complete", "Data migration dry run", "Integration testing complete", "Security review passed",
  "User acceptance testing complete", "Training delivered", "Cutover rehearsal", "Go-live", "Hypercare complete",
  "Benefits review", "Lessons learned captured", "Project closure report", "Stakeholder sign-off",
];

const RISK_TITLES = [
  "Vendor delivery late", "Key resource leaves", "Data quality lower than expected", "Budget cut in next quarter", "Integration API unstable",
  "Licence costs rise", "Regulatory change", "Scope creep from business", "Test environment unavailable", "Security findings delay go-live",
  "Change fatigue in user base", "Legacy system decommission blocked", "Third-party contract not signed", "Performance targets missed", "Hardware lead times",
];
const ISSUE_TITLES = ["Test data missing", "Defect backlog growing", "Sponsor unavailable for decisions", "Supplier invoice dispute", "Build pipeline failures", "Requirement conflict between teams"];
const RESPONSES = ["Weekly vendor checkpoint; penalty clause invoked", "Cross-train second engineer", "Data cleansing sprint planned", "Re-prioritise backlog with sponsor", "Escalated to architecture board", "Contingency budget requested", "Mitigation workshop booked"];
const ACTIVITIES = ["Approve business case", "Define requirements", "Select vendor", "Design solution", "Build and configure", "Test solution", "Train users", "Go-live decision", "Status reporting", "Close project"];
const ACTION_TEXTS = ["Send revised plan to sponsor", "Book UAT rooms", "Confirm vendor resource plan", "Update risk register", "Prepare steering deck", "Chase contract signature", "Review test results", "Draft communications plan", "Confirm cutover window", "Circulate minutes"];
const DECISION_TEXTS = ["Proceed with vendor A", "Move go-live by two weeks", "Approve contingency budget", "Descope reporting module", "Adopt phased rollout", "Extend hypercare to four weeks"];
const DOC_TITLES = ["Project Charter", "Business Case", "Solution Design", "Test Strategy", "Cutover Plan", "Training Plan"];

export interface SampleDefect {
  readonly register: RegisterKey;
  readonly key: string;
  readonly rule: string;
}

/** Defects planted on purpose; validation of the sample finds at least these. */
export const SAMPLE_DEFECTS: readonly SampleDefect[] = [
  { register: "milestones", key: "PRJ02-M03", rule: "milestone/complete-without-actual" },
  { register: "milestones", key: "PRJ04-M05", rule: "milestone/unknown-dependency" },
  { register: "milestones", key: "PRJ07-M04", rule: "milestone/dependency-cycle" },
  { register: "milestones", key: "PRJ07-M05", rule: "milestone/dependency-cycle" },
  { register: "milestones", key: "PRJ05-M02", rule: "milestone/percent-status-mismatch" },
  { register: "milestones", key: "PRJ03-M06", rule: "milestone/unknown-owner" },
  { register: "raci", key: "PRJ01-A04", rule: "raci/one-accountable" },
  { register: "raci", key: "PRJ03-A07", rule: "raci/one-accountable" },
  { register: "raci", key: "PRJ06-A02", rule: "raci/has-responsible" },
  { register: "raid", key: "R-PRJ01-03", rule: "raid/high-risk-unmitigated" },
  { register: "documents", key: "DOC-PRJ02-3", rule: "document/approved-without-approver" },
];

interface MilestoneSeed {
  id: string;
  projectId: string;
  name: string;
  type: "Milestone" | "Deliverable";
  owner: string;
  baseline: Iso;
  /** Final slip in days reached by the last week (can be negative: early). */
  slip: number;
  /** Week index (0-based) from which the slip shows. */
  slipFrom: number;
  cancelled: boolean;
  onHold: boolean;
  predecessors: string;
  notes: string;
}

interface RaidSeed {
  id: string;
  projectId: string;
  type: "Risk" | "Issue" | "Assumption" | "Dependency";
  title: string;
  owner: string | null;
  raised: Iso;
  probability: number;
  impact: number;
  response: string;
  closedOn: Iso | null;
  escalated: boolean;
  reviewDate: Iso;
}

function weeksEnding(asOf: Iso, n: number): Iso[] {
  return Array.from({ length: n }, (_x, i) => addDays(asOf, -7 * (n - 1 - i)));
}

const projectId = (i: number) => `PRJ-0${i + 1}`;
const code = (i: number) => `PRJ0${i + 1}`;

export function samplePortfolio(seed = 7, asOf: Iso = DEMO_AS_OF, weekCount = 8): SamplePortfolio {
  const rnd = new Random(seed);
  const weeks = weeksEnding(asOf, weekCount);

  // ---- milestones: baselines spread over each project's life; some slip as weeks pass.
  const milestones: MilestoneSeed[] = [];
  PROJECTS.forEach((p, pi) => {
    const count = 17 + (pi % 4);
    const span = daysBetween(p.start, p.end);
    for (let m = 0; m < count; m++) {
      const id = `${code(pi)}-M${String(m + 1).padStart(2, "0")}`;
      const baseline = addDays(p.start, Math.round(((m + 1) * span) / (count + 1)));
      const health = HEALTH[pi]!;
      const slipping = rnd.chance(health === "red" ? 0.45 : health === "amber" ? 0.2 : 0.08);
      milestones.push({
        id,
        projectId: projectId(pi),
        name: MILESTONE_NAMES[m % MILESTONE_NAMES.length]!,
        type: m % 4 === 3 ? "Deliverable" : "Milestone",
        owner: rnd.pick([p.pm, "Tom Becker", "Aisha Khan", "Carlos Mendes", "Kenji Watanabe", "Grace Mwangi"]),
        baseline,
        slip: slipping ? rnd.int(health === "red" ? 3 : 1, health === "red" ? 35 : health === "amber" ? 14 : 4) : rnd.chance(0.15) ? -rnd.int(1, 4) : 0,
        slipFrom: rnd.int(0, weekCount - 1),
        cancelled: m === count - 2 && pi % 3 === 1,
        onHold: m === count - 4 && pi === 4,
        predecessors: m > 0 && rnd.chance(0.5) ? `${code(pi)}-M${String(m).padStart(2, "0")}` : "",
        notes: rnd.chance(0.1) ? "Dependent on vendor delivery" : "",
      });
    }
  });
  const ms = (id: string) => milestones.find((m) => m.id === id)!;
  ms("PRJ04-M05").predecessors = "PRJ04-M99";
  ms("PRJ07-M04").predecessors = "PRJ07-M05";
  ms("PRJ07-M05").predecessors = "PRJ07-M04";
  ms("PRJ03-M06").owner = "Rob Unknown";

  // ---- RAID
  const raid: RaidSeed[] = [];
  PROJECTS.forEach((p, pi) => {
    const count = 13 + (pi % 5);
    for (let r = 0; r < count; r++) {
      const roll = rnd.next();
      const type = roll < 0.62 ? "Risk" : roll < 0.86 ? "Issue" : roll < 0.93 ? "Assumption" : "Dependency";
      const title = type === "Issue" ? rnd.pick(ISSUE_TITLES) : rnd.pick(RISK_TITLES);
      const raised = addDays(weeks[0]!, -rnd.int(0, 120) + (r > count - 4 ? rnd.int(7, 50) : 0));
      // Troubled projects carry severe risks; healthy ones stay below the high-risk score.
      const health = HEALTH[pi]!;
      const probability = rnd.int(1, health === "green" ? 3 : 5);
      const impact = rnd.int(health === "red" ? 3 : 1, health === "green" ? 4 : health === "amber" ? 3 : 5);
      const closed = rnd.chance(0.25) ? addDays(raised, rnd.int(14, 90)) : null;
      raid.push({
        id: `R-${code(pi)}-${String(r + 1).padStart(2, "0")}`,
        projectId: projectId(pi),
        type,
        title,
        owner: rnd.chance(0.95) ? rnd.pick([p.pm, "Tom Becker", "Emma Dubois", "Liam O'Connor", "Nina Petrova"]) : null,
        raised,
        probability,
        impact,
        response: probability * impact >= 12 || rnd.chance(0.6) ? rnd.pick(RESPONSES) : "",
        closedOn: closed,
        escalated: probability * impact >= 20 && rnd.chance(0.5),
        reviewDate: addDays(asOf, rnd.int(-20, 30)),
      });
    }
  });
  const r3 = raid.find((r) => r.id === "R-PRJ01-03")!;
  r3.type = "Risk";
  r3.probability = 4;
  r3.impact = 5;
  r3.response = "";
  r3.closedOn = null;

  // ---- RACI: one matrix per project over the same roles.
  const raci: RaciRow[] = [];
  PROJECTS.forEach((_p, pi) => {
    const count = 7 + (pi % 4);
    for (let a = 0; a < count; a++) {
      const codes: Record<string, string> = {};
      const accountable = a === 0 || a === 7 ? "Sponsor" : "Project Manager";
      const responsible = rnd.pick(["Tech Lead", "Business Analyst", "QA Lead", "PMO Analyst", "Vendor Manager"] as const);
      for (const role of RACI_ROLES) codes[role] = "";
      codes[accountable] = "A";
      codes[responsible] = "R";
      if (accountable === "Project Manager" && rnd.chance(0.3)) codes["Project Manager"] = "A/R";
      for (const role of RACI_ROLES) if (!codes[role] && rnd.chance(0.35)) codes[role] = rnd.chance(0.5) ? "C" : "I";
      raci.push({ activityId: `${code(pi)}-A${String(a + 1).padStart(2, "0")}`, projectId: projectId(pi), activity: ACTIVITIES[a % ACTIVITIES.length]!, codes });
    }
  });
  const setCodes = (id: string, f: (c: Record<string, string>) => void) => f(raci.find((r) => r.activityId === id)!.codes as Record<string, string>);
  setCodes("PRJ01-A04", (c) => {
    c["Sponsor"] = "A";
    c["Project Manager"] = "A";
  });
  setCodes("PRJ03-A07", (c) => {
    for (const k of Object.keys(c)) if (c[k]!.includes("A")) c[k] = c[k]!.replace(/A\/?/, "") || "C";
  });
  setCodes("PRJ06-A02", (c) => {
    for (const k of Object.keys(c)) if (c[k] === "R") c[k] = "C";
    if (c["Project Manager"] === "A/R") c["Project Manager"] = "A";
  });

  function stateAt(week: Iso): PortfolioState {
    const w = Math.max(0, weeks.findIndex((x) => x >= week));
    const progress = (w + 1) / weekCount;
    const milestoneRows: SampleRow[] = milestones.map((m) => {
      const slipNow = w >= m.slipFrom ? Math.round(m.slip * Math.min(1, (w - m.slipFrom + 1) / Math.max(1, weekCount - m.slipFrom))) : 0;
      const forecast = addDays(m.baseline, slipNow);
      const done = !m.cancelled && !m.onHold && forecast <= week && !(m.slip > 20 && forecast > addDays(week, -10));
      let status = m.cancelled ? "Cancelled" : m.onHold ? "On Hold" : done ? "Complete" : forecast <= addDays(week, 45) ? "In Progress" : "Not Started";
      let actual: Iso | null = done ? forecast : null;
      let pct = status === "Complete" ? 1 : status === "In Progress" ? Math.min(0.9, Math.round((1 - daysBetween(week, forecast) / 60) * 10) / 10) : 0;
      if (pct < 0) pct = 0.1;
      if (m.id === "PRJ02-M03" && status === "Complete") actual = null;
      if (m.id === "PRJ05-M02") {
        status = "In Progress";
        actual = null;
        pct = 1;
      }
      return {
        milestoneId: m.id,
        projectId: m.projectId,
        milestone: m.name,
        type: m.type,
        owner: m.owner,
        baselineDate: m.baseline,
        forecastDate: slipNow !== 0 || status !== "Complete" ? forecast : null,
        actualDate: actual,
        percentComplete: pct,
        status,
        predecessors: m.predecessors || null,
        notes: m.notes || null,
      };
    });
    const raidRows: SampleRow[] = raid
      .filter((r) => r.raised <= week)
      .map((r) => ({
        id: r.id,
        projectId: r.projectId,
        type: r.type,
        title: r.title,
        description: `${r.title} (${r.projectId})`,
        owner: r.owner,
        raisedDate: r.raised,
        probability: r.probability,
        impact: r.impact,
        response: r.response || null,
        status: r.closedOn && r.closedOn <= week ? "Closed" : r.probability * r.impact >= 15 || r.probability >= 4 ? "Open" : "Monitoring",
        reviewDate: r.reviewDate,
        escalated: r.escalated ? "Yes" : "No",
        lastUpdated: addDays(week, -((r.probability + r.impact) % 9)),
      }));
    const projects: SampleRow[] = PROJECTS.map((p, pi) => {
      const elapsed = Math.max(0, Math.min(1, daysBetween(p.start, week) / Math.max(1, daysBetween(p.start, p.end))));
      const actualCost = Math.round(p.budget * elapsed * (1 + p.overrun * progress) * 0.9 / 1000) * 1000;
      const forecastCost = Math.round(p.budget * (1 + p.overrun * (0.4 + 0.6 * progress)) / 1000) * 1000;
      const lastMs = milestoneRows.filter((m) => m.projectId === projectId(pi)).map((m) => String(m.forecastDate ?? m.baselineDate)).sort().pop()!;
      return {
        projectId: projectId(pi),
        projectName: p.name,
        programme: p.programme,
        sponsor: p.sponsor,
        projectManager: p.pm,
        stage: elapsed >= 1 ? "Closing" : elapsed > 0.2 ? "Execution" : elapsed > 0.05 ? "Planning" : "Initiation",
        startDate: p.start,
        endDate: p.end,
        forecastEnd: lastMs > p.end ? lastMs : p.end,
        budget: pi === 7 ? null : p.budget,
        actualCost,
        forecastCost: pi === 7 ? null : forecastCost,
        ragOverride: null,
        lastUpdated: pi === 4 ? addDays(week, -21) : addDays(week, -(pi % 5)),
        notes: null,
      };
    });
    const meetings: SampleRow[] = [];
    const actions: SampleRow[] = [];
    const decisions: SampleRow[] = [];
    PROJECTS.forEach((p, pi) => {
      for (let k = 0; k < 3; k++) {
        const date = addDays(weeks[0]!, -21 + k * 21 + pi);
        if (date > week) continue;
        const meetingId = `MTG-${code(pi)}-${k + 1}`;
        meetings.push({ meetingId, projectId: projectId(pi), title: k === 2 ? "Steering committee" : "Project board", date, chair: p.sponsor, attendees: `${p.pm}, ${p.sponsor}, Sofia Andersson`, minutes: `Minutes of ${k === 2 ? "steering committee" : "project board"} ${k + 1}` });
        for (let a = 0; a < 3; a++) {
          const idx = pi * 9 + k * 3 + a;
          const due = addDays(date, 7 + ((idx * 5) % 21));
          const done = due < addDays(week, -3) && idx % 4 !== 0;
          actions.push({
            actionId: `ACT-${String(idx + 1).padStart(3, "0")}`,
            projectId: projectId(pi),
            meetingId,
            action: ACTION_TEXTS[idx % ACTION_TEXTS.length]!,
            owner: idx % 17 === 5 ? null : PEOPLE[(idx * 7) % PEOPLE.length]![0],
            raisedDate: date,
            dueDate: due,
            status: done ? "Done" : due < week ? "In Progress" : "Open",
            completedDate: done ? addDays(due, -1) : null,
            notes: null,
          });
        }
        if (k > 0) {
          const idx = pi * 2 + k - 1;
          decisions.push({
            decisionId: `DEC-${String(idx + 1).padStart(3, "0")}`,
            projectId: projectId(pi),
            meetingId,
            decision: DECISION_TEXTS[idx % DECISION_TEXTS.length]!,
            decidedBy: p.sponsor,
            decisionDate: date,
            rationale: "Agreed at the board after options review",
            status: k === 2 && pi % 2 === 0 ? "Proposed" : "Approved",
          });
        }
      }
    });
    const documents: SampleRow[] = [];
    PROJECTS.forEach((p, pi) => {
      for (let d = 0; d < 3; d++) {
        const docId = `DOC-${code(pi)}-${d + 1}`;
        const versions = 1 + ((pi + d) % 3);
        for (let v = 0; v < versions; v++) {
          const versionDate = addDays(p.start, 20 + d * 30 + v * 14);
          if (versionDate > week) continue;
          const last = v === versions - 1;
          const approved = last && d === 0;
          documents.push({
            documentId: docId,
            projectId: projectId(pi),
            title: `${DOC_TITLES[(pi + d) % DOC_TITLES.length]} — ${p.name}`,
            version: `${v === 0 ? "0.1" : `${v}.0`}`,
            status: approved || (docId === "DOC-PRJ02-3" && last) ? "Approved" : last ? "For Review" : "Superseded",
            owner: p.pm,
            approver: approved ? p.sponsor : null,
            versionDate,
            location: `https://intranet.example/pmo/${code(pi)}/${docId}`,
            changeSummary: v === 0 ? "First draft" : `Revised after review ${v}`,
          });
        }
      }
    });
    const stakeholders: SampleRow[] = PEOPLE.map(([name, role, org], i) => ({
      name,
      role,
      organisation: org,
      email: `${name.toLowerCase().normalize("NFD").replace(/[^a-z ]/g, "").replace(/ /g, ".")}@example.com`,
      influence: i < 4 || role === "Sponsor" ? "High" : i % 3 === 0 ? "Low" : "Medium",
      interest: i % 2 === 0 ? "High" : "Medium",
      communication: role === "Sponsor" ? "Monthly steering pack" : "Weekly status email",
    }));
    return {
      asOf: week,
      projects,
      milestones: milestoneRows,
      raid: raidRows,
      raci,
      raciRoles: RACI_ROLES,
      actions,
      decisions,
      meetings,
      documents,
      stakeholders,
    };
  }

  return { seed, weeks, stateAt };
}
