/**
 * Builds the status report of the portfolio or of one project from the registers, the metrics
 * (the JS reference of domain/metrics, the same numbers the Metrics sheet's formulas compute),
 * the validation findings and the commentary kept from the last build. Pure: the day it is
 * built on is an input.
 */
import { addDays, type Iso } from "../dates";
import type { Finding } from "../findings";
import { METRIC_DEFS, METRIC_NAMES, RAG_RANK, type RagColour, type RagKey } from "../metrics/definitions";
import { evaluateMetrics, type ScopeEvaluation } from "../metrics/evaluate";
import { readMetricInputs, type MetricInputs } from "../metrics/inputs";
import { ragOverride } from "../metrics/rag";
import { key } from "../metrics/text-match";
import type { RowView } from "../registers/records";
import type { Settings } from "../settings";
import { overdueActionLines } from "./actions";
import { decisionLines } from "./decisions";
import { healthLines } from "./health";
import { PORTFOLIO_NAME, REPORT_TEXT } from "./messages";
import { milestoneLines } from "./milestones";
import type { Commentary, MetricLine, ProjectLine, RagLine, ReportHeader, ReportScope, StatusReport } from "./model";
import { raidLines } from "./raid";
import { ragReasons } from "./reasons";
import { scopeRows, type Registers } from "./rows";

export interface ReportInput {
  readonly registers: Registers;
  /** `readMetricInputs(registers)` when the caller has read them already. */
  readonly metricInputs?: MetricInputs;
  readonly findings: readonly Finding[];
  readonly settings: Settings;
  readonly asOf: Iso;
  /** The day the report is built on. */
  readonly generatedOn: Iso;
  readonly scope: ReportScope;
  readonly commentary: Commentary;
}

const AREAS: readonly RagKey[] = ["overall", "schedule", "cost", "risk"];

interface ProjectInfo {
  readonly name: string;
  readonly manager: string;
  readonly programme: string;
  readonly stage: string;
  readonly override: RagColour | null;
}

/**
 * The first Projects row of each Project ID (as a scope matches it: any case). Looking each
 * project up by scanning the register made the portfolio report quadratic in projects.
 */
function projectRows(registers: Registers): (projectId: string) => RowView | undefined {
  const first = new Map<string, RowView>();
  for (const r of scopeRows(registers, "projects", "projectId", { kind: "portfolio" })) {
    const k = key(r.raw("projectId"));
    if (!first.has(k)) first.set(k, r);
  }
  return (projectId) => first.get(projectId.toLowerCase());
}

function projectInfo(rowOf: (projectId: string) => RowView | undefined, projectId: string): ProjectInfo {
  const row = rowOf(projectId);
  return {
    name: row?.textOf("projectName") || projectId,
    manager: row?.textOf("projectManager") ?? "",
    programme: row?.textOf("programme") ?? "",
    stage: row?.textOf("stage") ?? "",
    override: row ? ragOverride(row.raw("ragOverride")) : null,
  };
}

function ragLines(evaluation: ScopeEvaluation, override: RagColour | null, settings: Settings): RagLine[] {
  const reasons = ragReasons({ metrics: evaluation.metrics, rag: evaluation.rag, escalated: evaluation.escalated, override }, settings);
  return AREAS.map((area) => ({ area, rag: evaluation.rag[area], trend: evaluation.trend.rag[area], reason: reasons[area] }));
}

function metricLines(evaluation: ScopeEvaluation): MetricLine[] {
  return METRIC_NAMES.map((name) => ({
    name,
    value: evaluation.metrics[name],
    delta: evaluation.trend.metrics[name].delta,
    arrow: evaluation.trend.metrics[name].arrow,
    numberFormat: METRIC_DEFS[name].numberFormat,
    deltaFormat: METRIC_DEFS[name].deltaFormat,
  }));
}

const rank = (c: RagColour | null) => (c ? RAG_RANK[c] : 4);

function distinct(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => v !== "" && !seen.has(v.toLowerCase()) && seen.add(v.toLowerCase()));
}

export function buildStatusReport(input: ReportInput): StatusReport {
  const { registers, settings, asOf, scope } = input;
  const inputs = input.metricInputs ?? readMetricInputs(registers);
  const all = evaluateMetrics(inputs, settings, asOf);
  const scopeId = scope.kind === "project" ? scope.projectId : null;
  const evaluation = scopeId === null ? all.portfolio : all.projects.find((p) => key(p.projectId) === scopeId.toLowerCase());
  // The operation checks the project id first; an unknown one here is a programming error.
  if (!evaluation) throw new Error(`no project ${scopeId} in the registers`);

  const rowOf = projectRows(registers);
  const projects: ProjectLine[] =
    scope.kind === "portfolio"
      ? all.projects
          .map((p) => {
            const info = projectInfo(rowOf, p.projectId);
            const overall = ragLines(p, info.override, settings)[0]!;
            return { projectId: p.projectId, name: info.name, manager: info.manager, rag: p.rag, trend: p.trend.rag.overall, reason: overall.reason };
          })
          // Worst first, so that the page opens on what needs attention; the register's order within a colour.
          .map((line, i) => ({ line, i }))
          .sort((a, b) => rank(a.line.rag.overall) - rank(b.line.rag.overall) || a.i - b.i)
          .map((x) => x.line)
      : [];

  const info = scopeId === null ? null : projectInfo(rowOf, scopeId);
  const previousAsOf = evaluation.trend.previousAsOf;
  const header: ReportHeader = {
    scopeId: scopeId ?? PORTFOLIO_NAME,
    name: info ? info.name : PORTFOLIO_NAME,
    manager: info ? info.manager : distinct(projects.map((p) => p.manager)).join(", "),
    context: info ? [info.programme, info.stage].filter(Boolean).join(" · ") : `${projects.length} ${projects.length === 1 ? "project" : "projects"}`,
    periodStart: previousAsOf ? addDays(previousAsOf, 1) : addDays(asOf, -6),
    periodEnd: asOf,
    asOf,
    previousAsOf,
    generatedOn: input.generatedOn,
  };

  const raid = raidLines(registers, scope, settings);
  return {
    scope,
    header,
    rag: ragLines(evaluation, info?.override ?? null, settings),
    projects,
    metrics: metricLines(evaluation),
    milestones: milestoneLines(registers, scope, settings, asOf),
    lookaheadDays: settings.lookaheadDays,
    topRaid: raid.top,
    escalations: raid.escalations,
    escalationScore: settings.escalationScore,
    overdueActions: overdueActionLines(registers, scope, asOf),
    decisions: decisionLines(registers, scope),
    health: healthLines(registers, input.findings, scope),
    commentary: input.commentary,
  };
}

/** The subject line of the email form: one line, whatever line breaks the project's name holds. */
export function reportSubject(report: StatusReport): string {
  return REPORT_TEXT.subject(report.header.name.replace(/\s+/g, " ").trim(), report.header.asOf);
}
