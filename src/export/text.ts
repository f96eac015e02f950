/**
 * The status report as plain text: the alternative part of the email, for clients that show no
 * HTML and for people who prefer text. Same sections and the same capped lists as the HTML.
 * Every value from the workbook is neutralised (safe-text.ts), since plain text is what gets
 * pasted into spreadsheets.
 */
import { displayDate, displayPeriod, formatNumber } from "../domain/report/display";
import { AREA_NAMES, REPORT_TEXT, TREND_WORDS } from "../domain/report/messages";
import type { RaidLine, StatusReport } from "../domain/report/model";
import { capped, EMAIL_MAX_ROWS } from "./email-lists";
import { neutralise, neutraliseLines } from "./safe-text";

export interface TextOptions {
  readonly maxRows?: number;
}

const v = (s: string): string => neutralise(s);
const joined = (...parts: (string | null | undefined | false)[]) => parts.filter((p): p is string => !!p).join(" · ");

function heading(title: string): string[] {
  return ["", title.toUpperCase(), "=".repeat(Math.min(72, title.length))];
}

function item(first: string, ...more: string[]): string[] {
  return [`- ${first}`, ...more.filter(Boolean).map((m) => `  ${m}`)];
}

/** Continues a value's own line breaks under its bullet. */
function indented(text: string): string {
  return text.replace(/\r\n?|\n/g, "\n  ");
}

function list<T>(rows: readonly T[], max: number, none: string, render: (row: T) => string[]): string[] {
  if (!rows.length) return [none];
  const { shown, more } = capped(rows, max);
  return [...shown.flatMap(render), ...(more ? [REPORT_TEXT.moreRows(more)] : [])];
}

function raid(x: RaidLine, portfolio: boolean, escalation: boolean): string[] {
  const H = REPORT_TEXT.headers;
  return item(
    `[${x.score ?? "—"}] ${v(x.title)}`,
    joined(v(x.id), portfolio && v(x.projectId), x.type && v(x.type), x.owner && `${H.owner}: ${v(x.owner)}`),
    x.response ? `${H.response}: ${v(x.response)}` : "",
    escalation ? `${H.escalated}: ${x.escalated ? REPORT_TEXT.escalatedYes : REPORT_TEXT.escalatedNeeded}` : "",
  );
}

export function reportText(report: StatusReport, options: TextOptions = {}): string {
  const max = options.maxRows ?? EMAIL_MAX_ROWS;
  const h = report.header;
  const L = REPORT_TEXT.labels;
  const H = REPORT_TEXT.headers;
  const S = REPORT_TEXT.sections;
  const portfolio = report.scope.kind === "portfolio";
  const out: string[] = [];

  out.push(REPORT_TEXT.title(v(h.name)), `${L.asOf} ${displayDate(h.asOf)} (${displayPeriod(h.periodStart, h.periodEnd)})`);
  if (!portfolio) out.push(`${L.project}: ${v(h.scopeId)}`);
  out.push(`${portfolio ? L.managers : L.manager}: ${v(h.manager) || "—"}`, `${portfolio ? L.portfolioContext : L.context}: ${v(h.context) || "—"}`, `${L.generatedOn}: ${displayDate(h.generatedOn)}`);

  out.push(...heading(S.status));
  for (const r of report.rag) out.push(...item(`${AREA_NAMES[r.area]}: ${r.rag ?? "—"} (${r.trend ? TREND_WORDS[r.trend] : REPORT_TEXT.noPrevious})`, r.reason));

  if (portfolio) {
    out.push(...heading(S.projects));
    out.push(
      ...list(report.projects, max, REPORT_TEXT.none.projects, (p) =>
        item(
          `${v(p.projectId)} ${v(p.name)}: ${p.rag.overall ?? "—"}${p.trend ? ` (${TREND_WORDS[p.trend]})` : ""}`,
          joined(p.manager && v(p.manager), `${H.schedule} ${p.rag.schedule ?? "—"}`, `${H.cost} ${p.rag.cost ?? "—"}`, `${H.risk} ${p.rag.risk ?? "—"}`),
          p.reason,
        ),
      ),
    );
  }

  out.push(...heading(S.metrics));
  const width = Math.max(...report.metrics.map((m) => m.name.length));
  for (const m of report.metrics) {
    const value = m.value === null ? "—" : formatNumber(m.value, m.numberFormat);
    const delta = m.delta === null ? "" : `  ${m.arrow ?? ""}${m.arrow ? " " : ""}${formatNumber(m.delta, m.deltaFormat)}`;
    out.push(`${m.name.padEnd(width)}  ${value.padStart(7)}${delta}`);
  }

  out.push(...heading(S.milestones(report.lookaheadDays)));
  out.push(
    ...list(report.milestones, max, REPORT_TEXT.none.milestones(report.lookaheadDays), (m) =>
      item(
        `${m.state}: ${v(m.title)}`,
        joined(v(m.id), portfolio && v(m.projectId), m.owner && v(m.owner), m.status && v(m.status)),
        joined(m.baseline && `${H.baseline} ${displayDate(m.baseline)}`, m.forecast && `${H.forecast} ${displayDate(m.forecast)}`, m.varianceDays !== null && `${formatNumber(m.varianceDays, "+0;-0;0")} days`),
      ),
    ),
  );

  out.push(...heading(S.topRaid), ...list(report.topRaid, max, REPORT_TEXT.none.topRaid, (x) => raid(x, portfolio, false)));
  out.push(...heading(S.escalations(report.escalationScore)), ...list(report.escalations, max, REPORT_TEXT.none.escalations, (x) => raid(x, portfolio, true)));

  out.push(...heading(S.overdueActions));
  out.push(
    ...list(report.overdueActions, max, REPORT_TEXT.none.overdueActions, (a) =>
      item(`${v(a.action)} (${a.daysOverdue} days late)`, joined(v(a.id), portfolio && v(a.projectId), a.owner && v(a.owner), `${H.due} ${displayDate(a.due)}`)),
    ),
  );

  out.push(...heading(S.decisions));
  out.push(
    ...list(report.decisions, max, REPORT_TEXT.none.decisions, (d) =>
      item(v(d.decision), joined(v(d.id), portfolio && v(d.projectId), d.owner && `${H.decidedBy} ${v(d.owner)}`, d.date && displayDate(d.date), d.meetingId && v(d.meetingId))),
    ),
  );

  out.push(...heading(S.health));
  out.push(
    ...list(report.health, Infinity, REPORT_TEXT.none.health, (l) =>
      item(`${l.title}: ${l.errors} ${H.errors.toLowerCase()}, ${l.warnings} ${H.warnings.toLowerCase()}, ${l.infos} ${H.infos.toLowerCase()}`, l.topRule ? `${H.topRule}: ${l.topRule.rule} (${l.topRule.count})` : ""),
    ),
  );

  out.push(...heading(S.commentary));
  const C = REPORT_TEXT.commentary;
  for (const [label, text] of [
    [C.accomplishments, report.commentary.accomplishments],
    [C.nextSteps, report.commentary.nextSteps],
  ] as const) {
    out.push(`${label}:`, text ? `  ${indented(neutraliseLines(text))}` : `  ${C.empty}`);
  }

  out.push("", "-- ", `${REPORT_TEXT.frozen(displayDate(h.asOf))}. The Status Report sheet holds every row; the live figures are on its Metrics sheet.`);
  return out.join("\n") + "\n";
}
