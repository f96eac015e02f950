/**
 * Every word the report shows, by id, so that the sheet, the HTML and the plain text say the
 * same thing and a translation touches one file. Templates are functions so that plurals and
 * numbers are typed.
 */
import type { RagKey } from "../metrics/definitions";
import type { RagTrend } from "../metrics/trend";
import type { MilestoneState } from "./model";

export const PORTFOLIO_NAME = "Portfolio";

export const REPORT_TEXT = {
  title: (name: string) => `Status report — ${name}`,
  /** The email subject of cli-and-report.md: "Status report — Portfolio — 2026-09-30". */
  subject: (name: string, asOf: string) => `Status report — ${name} — ${asOf}`,
  /** The small line above the name in the email's header. */
  kicker: "Status report",
  liveMetrics: "Live metrics",
  frozen: (asOf: string) => `Values as of ${asOf}`,

  labels: {
    project: "Project",
    manager: "Manager",
    managers: "Managers",
    period: "Period",
    context: "Programme",
    portfolioContext: "Projects",
    asOf: "As Of",
    generatedOn: "Generated",
    previous: "Compared with",
  },

  sections: {
    status: "Status",
    projects: "Projects",
    metrics: "Key metrics",
    milestones: (days: number) => `Milestones: overdue, slipped, and due in the next ${days} days`,
    topRaid: "Top risks and issues (by Score)",
    escalations: (score: number) => `Escalations (open risks with Score ≥ ${score}, or marked Escalated)`,
    overdueActions: "Overdue actions",
    decisions: "Decisions needed",
    health: "Validation health",
    commentary: "Commentary",
  },

  headers: {
    area: "Area",
    rag: "RAG",
    trend: "Trend",
    reason: "Why",
    id: "ID",
    project: "Project",
    name: "Name",
    manager: "Manager",
    overall: "Overall",
    schedule: "Schedule",
    cost: "Cost",
    risk: "Risk",
    metric: "Metric",
    value: "Value",
    delta: "Change",
    state: "State",
    milestone: "Milestone",
    owner: "Owner",
    baseline: "Baseline",
    forecast: "Forecast",
    variance: "Var. (days)",
    status: "Status",
    type: "Type",
    title: "Title",
    score: "Score",
    response: "Response",
    escalated: "Escalated",
    action: "Action",
    due: "Due",
    daysOverdue: "Days late",
    decision: "Decision",
    decidedBy: "Decided by",
    date: "Date",
    meeting: "Meeting",
    register: "Register",
    errors: "Errors",
    warnings: "Warnings",
    infos: "Info",
    topRule: "Found most",
  },

  commentary: {
    accomplishments: "Accomplishments",
    nextSteps: "Next steps",
    /** What the text forms show when nothing has been typed yet. */
    empty: "Nothing written yet.",
  },

  none: {
    projects: "No projects.",
    milestones: (days: number) => `No milestone is overdue, slipped, or due in the next ${days} days.`,
    topRaid: "No open risks or issues.",
    escalations: "Nothing to escalate.",
    overdueActions: "No overdue actions.",
    decisions: "No decisions waiting.",
    health: "No registers to check.",
  },

  escalatedYes: "Yes",
  escalatedNeeded: "Needed",
  moreRows: (n: number) => `… and ${n} more on the Status Report sheet`,
  noPrevious: "no previous snapshot",
  healthTotal: "All registers",
} as const;

export const AREA_NAMES: Readonly<Record<RagKey, string>> = {
  overall: "Overall",
  schedule: "Schedule",
  cost: "Cost",
  risk: "Risk",
};

export const TREND_WORDS: Readonly<Record<RagTrend, string>> = {
  improving: "▲ improving",
  steady: "► steady",
  declining: "▼ declining",
};

export const MILESTONE_STATES: readonly MilestoneState[] = ["Overdue", "Slipped", "Due soon"];

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Reason templates of the one-line RAG reasons (reasons.ts decides which one applies). */
export const REASON_TEXT = {
  overdue: (n: number) => `${plural(n, "milestone", "milestones")} overdue`,
  slipOverRed: (days: string, limit: number) => `largest slip ${days} days (limit ${limit})`,
  slipOverWarn: (days: string, warn: number) => `largest slip ${days} days (warning above ${warn})`,
  onSchedule: (days: string | null) => (days !== null ? `nothing overdue; largest slip ${days} days` : "nothing overdue or slipped"),
  noMilestones: "no milestones",
  overBudgetRed: (pct: string, limit: string) => `forecast ${pct} over budget (limit ${limit})`,
  overBudgetAmber: (pct: string, warn: string) => `forecast ${pct} over budget (warning above ${warn})`,
  overBudgetGreen: (pct: string, warn: string) => `forecast ${pct} over budget, within ${warn}`,
  withinBudget: (pct: string) => `forecast ${pct} under budget`,
  onBudget: "forecast on budget",
  noBudget: "no budget set",
  escalated: (n: number, score: number) => `${plural(n, "open risk", "open risks")} at Score ≥ ${score}`,
  highRisks: (n: number, score: number) => `${plural(n, "high risk", "high risks")} (Score ≥ ${score})`,
  noHighRisks: (open: number) => (open ? `no high risks (${plural(open, "open risk", "open risks")})` : "no open risks"),
  override: (colour: string, computed: string) => `RAG Override ${colour} (computed: ${computed})`,
  area: (area: string, reason: string) => `${area}: ${reason}`,
  allGreen: "schedule, cost and risk are green",
} as const;
