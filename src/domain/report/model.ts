/**
 * The status report as plain data (cli-and-report.md, "The Status Report sheet"): what the
 * sheet, the HTML email and the plain-text email all show. Every value is frozen at `asOf`;
 * the forms differ only in how they lay it out.
 */
import type { Iso } from "../dates";
import type { MetricName, RagColour, RagKey, Rags } from "../metrics/definitions";
import type { Arrow, RagTrend } from "../metrics/trend";
import type { RegisterKey } from "../registers/types";

/** The whole portfolio, or one project by its Project ID as the registers spell it. */
export type ReportScope = { readonly kind: "portfolio" } | { readonly kind: "project"; readonly projectId: string };

export interface ReportHeader {
  /** "Portfolio", or the Project ID: also the key under which the commentary is kept. */
  readonly scopeId: string;
  /** "Portfolio", or the project's name (its ID when it has none). */
  readonly name: string;
  /** The project's manager; for the portfolio, every project manager. */
  readonly manager: string;
  /** Second line of the header: the project's programme and stage, or the portfolio's project count. */
  readonly context: string;
  /** The reporting period: the day after the previous snapshot (else a week back) up to As Of. */
  readonly periodStart: Iso;
  readonly periodEnd: Iso;
  readonly asOf: Iso;
  readonly previousAsOf: Iso | null;
  /** The day the report was built (an input: domain code never reads the clock). */
  readonly generatedOn: Iso;
}

export interface RagLine {
  readonly area: RagKey;
  /** Null: no colour (Cost without a budget). */
  readonly rag: RagColour | null;
  readonly trend: RagTrend | null;
  /** One line saying why, derived from the same metrics and thresholds as the colour. */
  readonly reason: string;
}

export interface MetricLine {
  readonly name: MetricName;
  readonly value: number | null;
  readonly delta: number | null;
  readonly arrow: Arrow | null;
  /** Excel number formats of the value and of the delta (definitions.ts). */
  readonly numberFormat: string;
  readonly deltaFormat: string;
}

/** One project's line in the portfolio report. */
export interface ProjectLine {
  readonly projectId: string;
  readonly name: string;
  readonly manager: string;
  readonly rag: Rags;
  readonly trend: RagTrend | null;
  readonly reason: string;
}

/** Why a milestone is in the report; a milestone that is several of these is listed once, under the first. */
export type MilestoneState = "Overdue" | "Slipped" | "Due soon";

export interface MilestoneLine {
  readonly state: MilestoneState;
  readonly id: string;
  readonly projectId: string;
  readonly title: string;
  readonly owner: string;
  readonly status: string;
  readonly baseline: Iso | null;
  readonly forecast: Iso | null;
  /** Forecast (else Baseline) − Baseline, in days; positive is late. */
  readonly varianceDays: number | null;
}

export interface RaidLine {
  readonly id: string;
  readonly projectId: string;
  /** Risk, Issue, … as typed. */
  readonly type: string;
  readonly title: string;
  readonly owner: string;
  /** Probability × Impact; null when either is missing. */
  readonly score: number | null;
  readonly severity: "Low" | "Medium" | "High" | "Critical" | null;
  readonly response: string;
  readonly status: string;
  /** Escalated = Yes on the log. */
  readonly escalated: boolean;
}

export interface ActionLine {
  readonly id: string;
  readonly projectId: string;
  readonly action: string;
  readonly owner: string;
  readonly status: string;
  readonly due: Iso;
  readonly daysOverdue: number;
}

export interface DecisionLine {
  readonly id: string;
  readonly projectId: string;
  readonly decision: string;
  /** Decided By: who is to decide. */
  readonly owner: string;
  readonly date: Iso | null;
  readonly meetingId: string;
}

export interface HealthLine {
  readonly register: RegisterKey;
  readonly title: string;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  /** The rule found most often on this register, and how often; null without findings. */
  readonly topRule: { readonly rule: string; readonly count: number } | null;
}

/** Free text typed on the sheet by the PMO; kept when the report is built again. */
export interface Commentary {
  readonly accomplishments: string;
  readonly nextSteps: string;
}

export const EMPTY_COMMENTARY: Commentary = { accomplishments: "", nextSteps: "" };

export interface StatusReport {
  readonly scope: ReportScope;
  readonly header: ReportHeader;
  /** Overall first, then Schedule, Cost, Risk. */
  readonly rag: readonly RagLine[];
  /** The portfolio's projects, worst overall RAG first; empty in a project's report. */
  readonly projects: readonly ProjectLine[];
  readonly metrics: readonly MetricLine[];
  /** Overdue, then slipped, then due within `lookaheadDays`. */
  readonly milestones: readonly MilestoneLine[];
  readonly lookaheadDays: number;
  /** Open risks and issues, highest Score first, at most five. */
  readonly topRaid: readonly RaidLine[];
  /** Open risks at or above the escalation score, and open items marked Escalated. */
  readonly escalations: readonly RaidLine[];
  readonly escalationScore: number;
  readonly overdueActions: readonly ActionLine[];
  /** Decisions with status Proposed. */
  readonly decisions: readonly DecisionLine[];
  readonly health: readonly HealthLine[];
  readonly commentary: Commentary;
}
