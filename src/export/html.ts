/**
 * The status report as an HTML email body that Outlook (whose Word engine knows tables and
 * inline CSS only), Gmail (which drops <style> in many views) and Apple Mail all render the
 * same: nested tables, inline styles and bgcolor attributes only; no scripts, no classes, no
 * images, no remote anything. The layout is one fluid column of at most 640 px with at most
 * three columns per row, so it reads in a narrow reading pane and on a phone without sideways
 * scrolling. Every value from the workbook is escaped (html-writer.ts) and neutralised.
 */
import { displayDate, displayPeriod, formatNumber } from "../domain/report/display";
import { AREA_NAMES, REPORT_TEXT } from "../domain/report/messages";
import type { MetricLine, RaidLine, RagLine, StatusReport } from "../domain/report/model";
import type { RagColour } from "../domain/metrics/definitions";
import type { Arrow, RagTrend } from "../domain/metrics/trend";
import { capped, EMAIL_MAX_ROWS } from "./email-lists";
import { el, htmlDocument, lines, Markup, type Child, type Style } from "./html-writer";
import { neutralise, neutraliseLines } from "./safe-text";

export interface HtmlOptions {
  /** Rows of each long list shown before "… and N more". */
  readonly maxRows?: number;
}

// ---------------------------------------------------------------- the look

const FONT = "'Segoe UI',Helvetica,Arial,sans-serif";
const NAVY = "#1F3864";
const TEXT = "#1F2937";
const MUTED = "#6B7280";
const RULE = "#E5E7EB";
const PAGE = "#F3F4F6";
const PAD_X = "20px";

/** The sheet's RAG colours (plan/register-layout.ts RAG_COLOURS), repeated here because export may not depend on the plan's look. */
const RAG: Readonly<Record<RagColour, { fill: string; text: string }>> = {
  Red: { fill: "#F4C7C3", text: "#9C0006" },
  Amber: { fill: "#FFE699", text: "#7F6000" },
  Green: { fill: "#C6EFCE", text: "#006100" },
};
const NO_RAG = { fill: "#F3F4F6", text: MUTED };

const ARROW_COLOUR: Readonly<Record<Arrow, string>> = { "▲": "#006100", "▼": "#9C0006", "►": MUTED };
const TREND_ARROW: Readonly<Record<RagTrend, Arrow>> = { improving: "▲", steady: "►", declining: "▼" };

const base: Style = { "font-family": FONT, "font-size": "14px", "line-height": "20px", color: TEXT };
const small: Style = { "font-size": "12px", "line-height": "17px", color: MUTED };

/** A value from the workbook: neutralised, then escaped by the writer. */
const v = (s: string): string => neutralise(s);

function table(rows: readonly Markup[], style: Style = {}): Markup {
  return el("table", { role: "presentation", width: "100%", cellpadding: 0, cellspacing: 0, border: 0, style: { "border-collapse": "collapse", ...style } }, rows);
}

function td(style: Style, ...children: Child[]): Markup {
  return el("td", { style: { ...base, padding: "8px 6px", "border-bottom": `1px solid ${RULE}`, "vertical-align": "top", ...style } }, ...children);
}

/** A coloured RAG cell; a fixed width keeps the text column as wide as the pane allows. */
function ragCell(rag: RagColour | null, text: string = rag ?? "—", width = 64): Markup {
  const c = rag ? RAG[rag] : NO_RAG;
  return el(
    "td",
    { width, bgcolor: c.fill, align: "center", style: { ...base, width: `${width}px`, "background-color": c.fill, color: c.text, "font-weight": "bold", "font-size": "12px", padding: "8px 4px", "border-bottom": "2px solid #FFFFFF", "vertical-align": "top" } },
    text,
  );
}

/** Nothing without a previous snapshot: the header says so once instead of every row. */
function trendText(trend: RagTrend | null): Markup | null {
  if (!trend) return null;
  const arrow = TREND_ARROW[trend];
  return el("span", { style: { ...small, color: ARROW_COLOUR[arrow] } }, `${arrow} ${trend}`);
}

function meta(...parts: (string | null | undefined | false)[]): Markup {
  return el("div", { style: small }, parts.filter((p): p is string => !!p).join(" · "));
}

/** A section: its heading row and its body row in the page's one column. */
function section(title: string, body: Markup | readonly Markup[]): Markup[] {
  // The rule under the heading sits on a cell of an inner table, so that it lines up with the content rather than the card's edges.
  const heading = table([el("tr", {}, el("td", { style: { ...base, padding: "0 0 6px 0", "font-size": "16px", "font-weight": "bold", color: NAVY, "border-bottom": `2px solid ${NAVY}` } }, title))]);
  return [el("tr", {}, el("td", { style: { padding: `24px ${PAD_X} 0 ${PAD_X}` } }, heading)), el("tr", {}, el("td", { style: { padding: `0 ${PAD_X}` } }, body))];
}

function none(text: string): Markup {
  return table([el("tr", {}, td({ color: MUTED, "font-style": "italic" }, text))]);
}

function moreRow(more: number, colspan: number): Markup | null {
  return more ? el("tr", {}, el("td", { colspan, style: { ...base, ...small, padding: "8px 6px", "font-style": "italic" } }, REPORT_TEXT.moreRows(more))) : null;
}

// ---------------------------------------------------------------- sections

function header(r: StatusReport): Markup[] {
  const h = r.header;
  const portfolio = r.scope.kind === "portfolio";
  const L = REPORT_TEXT.labels;
  const row = (label: string, value: string) =>
    el("tr", {}, el("td", { width: 96, style: { ...base, ...small, width: "96px", padding: "2px 8px 2px 0", "vertical-align": "top" } }, label), el("td", { style: { ...base, padding: "2px 0", "vertical-align": "top" } }, value));
  return [
    el(
      "tr",
      {},
      el(
        "td",
        { bgcolor: NAVY, style: { ...base, "background-color": NAVY, padding: `18px ${PAD_X}`, color: "#FFFFFF" } },
        el("div", { style: { "font-size": "12px", "letter-spacing": "1px", color: "#C9D3E6" } }, REPORT_TEXT.kicker.toUpperCase()),
        el("div", { style: { "font-size": "22px", "line-height": "28px", "font-weight": "bold", color: "#FFFFFF", "padding-top": "4px" } }, v(h.name)),
        el("div", { style: { "font-size": "13px", color: "#E5EAF3", "padding-top": "4px" } }, `${L.asOf} ${displayDate(h.asOf)} · ${displayPeriod(h.periodStart, h.periodEnd)}`),
      ),
    ),
    el(
      "tr",
      {},
      el(
        "td",
        { style: { padding: `12px ${PAD_X} 0 ${PAD_X}` } },
        table([
          ...(portfolio ? [] : [row(L.project, v(h.scopeId))]),
          row(portfolio ? L.managers : L.manager, v(h.manager) || "—"),
          row(portfolio ? L.portfolioContext : L.context, v(h.context) || "—"),
          row(L.previous, h.previousAsOf ? displayDate(h.previousAsOf) : REPORT_TEXT.noPrevious),
          row(L.generatedOn, displayDate(h.generatedOn)),
        ]),
      ),
    ),
  ];
}

function ragSection(r: StatusReport): Markup[] {
  const [overall, ...areas] = r.rag as [RagLine, ...RagLine[]];
  const c = overall.rag ? RAG[overall.rag] : NO_RAG;
  const banner = table(
    [
      el(
        "tr",
        {},
        el(
          "td",
          { bgcolor: c.fill, style: { ...base, "background-color": c.fill, color: c.text, padding: "12px 14px", "border-left": `6px solid ${c.text}` } },
          el("div", { style: { "font-size": "16px", "font-weight": "bold" } }, `${AREA_NAMES.overall}: ${overall.rag ?? "—"}`, " ", overall.trend ? `${TREND_ARROW[overall.trend]} ${overall.trend}` : ""),
          el("div", { style: { "font-size": "13px", "padding-top": "2px" } }, overall.reason),
        ),
      ),
    ],
    { "margin-top": "12px" },
  );
  const trends = areas.some((a) => a.trend);
  const rows = areas.map((a) =>
    el("tr", {}, ragCell(a.rag), td({}, el("strong", {}, AREA_NAMES[a.area]), el("div", { style: { ...small, color: TEXT } }, a.reason)), trends ? td({ width: "96px", "text-align": "right" }, trendText(a.trend)) : null),
  );
  return section(REPORT_TEXT.sections.status, [banner, table(rows, { "margin-top": "6px" })]);
}

function projectsSection(r: StatusReport, max: number): Markup[] {
  if (r.scope.kind !== "portfolio") return [];
  if (!r.projects.length) return section(REPORT_TEXT.sections.projects, none(REPORT_TEXT.none.projects));
  const { shown, more } = capped(r.projects, max);
  const areaWord = (k: "schedule" | "cost" | "risk", rag: RagColour | null) =>
    el("span", { style: { color: rag ? RAG[rag].text : MUTED, "font-weight": "bold" } }, `${AREA_NAMES[k]} ${rag ?? "—"}`);
  const rows = shown.map((p) =>
    el(
      "tr",
      {},
      ragCell(p.rag.overall),
      td(
        {},
        el("strong", {}, v(p.name)),
        meta(v(p.projectId), v(p.manager)),
        el("div", { style: small }, areaWord("schedule", p.rag.schedule), " · ", areaWord("cost", p.rag.cost), " · ", areaWord("risk", p.rag.risk), p.trend ? [" · ", trendText(p.trend)] : null),
        el("div", { style: { ...small, color: TEXT } }, p.reason),
      ),
    ),
  );
  return section(REPORT_TEXT.sections.projects, table([...rows, moreRow(more, 2)].filter((x): x is Markup => !!x)));
}

function change(m: MetricLine): Markup | string {
  if (m.delta === null) return "—";
  const text = formatNumber(m.delta, m.deltaFormat);
  return m.arrow ? el("span", { style: { color: ARROW_COLOUR[m.arrow] } }, `${m.arrow} ${text}`) : text;
}

function metricsSection(r: StatusReport): Markup[] {
  const H = REPORT_TEXT.headers;
  const head = el("tr", {}, td({ ...small, "font-weight": "bold" }, H.metric), td({ ...small, "font-weight": "bold", "text-align": "right" }, H.value), td({ ...small, "font-weight": "bold", "text-align": "right" }, H.delta));
  const rows = r.metrics.map((m, i) =>
    el(
      "tr",
      { bgcolor: i % 2 ? "#FFFFFF" : "#F9FAFB" },
      td({ "background-color": i % 2 ? "#FFFFFF" : "#F9FAFB", padding: "6px" }, m.name),
      td({ "background-color": i % 2 ? "#FFFFFF" : "#F9FAFB", padding: "6px", "text-align": "right", "font-weight": "bold", "white-space": "nowrap" }, m.value === null ? "—" : formatNumber(m.value, m.numberFormat)),
      td({ "background-color": i % 2 ? "#FFFFFF" : "#F9FAFB", padding: "6px", "text-align": "right", "white-space": "nowrap", width: "90px" }, change(m)),
    ),
  );
  return section(REPORT_TEXT.sections.metrics, table([head, ...rows], { "margin-top": "6px" }));
}

function milestonesSection(r: StatusReport, max: number): Markup[] {
  const title = REPORT_TEXT.sections.milestones(r.lookaheadDays);
  if (!r.milestones.length) return section(title, none(REPORT_TEXT.none.milestones(r.lookaheadDays)));
  const { shown, more } = capped(r.milestones, max);
  const portfolio = r.scope.kind === "portfolio";
  const tone = { Overdue: "Red", Slipped: "Amber", "Due soon": null } as const;
  const rows = shown.map((m) =>
    el(
      "tr",
      {},
      ragCell(tone[m.state], m.state, 72),
      td({}, el("strong", {}, v(m.title)), meta(v(m.id), portfolio && v(m.projectId), m.owner && v(m.owner), m.status && v(m.status))),
      // Narrow enough for a phone: only the date itself never wraps.
      td(
        { "text-align": "right", width: "96px" },
        el("div", { style: { "white-space": "nowrap" } }, displayDate(m.forecast ?? m.baseline)),
        m.varianceDays !== null && m.varianceDays !== 0 ? el("div", { style: small }, `${formatNumber(m.varianceDays, "+0;-0;0")} days`) : null,
        m.forecast && m.baseline && m.forecast !== m.baseline ? el("div", { style: small }, `${REPORT_TEXT.headers.baseline} ${displayDate(m.baseline)}`) : null,
      ),
    ),
  );
  return section(title, table([...rows, moreRow(more, 3)].filter((x): x is Markup => !!x), { "margin-top": "6px" }));
}

function scoreTone(line: RaidLine): RagColour | null {
  return line.severity === "Critical" || line.severity === "High" ? "Red" : line.severity === "Medium" ? "Amber" : null;
}

function raidRows(lines: readonly RaidLine[], portfolio: boolean, escalation: boolean): Markup[] {
  return lines.map((x) =>
    el(
      "tr",
      {},
      ragCell(scoreTone(x), x.score === null ? "—" : String(x.score), 48),
      td(
        {},
        el("strong", {}, v(x.title)),
        meta(v(x.id), portfolio && v(x.projectId), x.type && v(x.type), x.owner && `${REPORT_TEXT.headers.owner}: ${v(x.owner)}`),
        x.response ? el("div", { style: { ...small, color: TEXT } }, `${REPORT_TEXT.headers.response}: ${v(x.response)}`) : null,
        escalation
          ? el("div", { style: { ...small, "font-weight": "bold", color: x.escalated ? MUTED : RAG.Red.text } }, `${REPORT_TEXT.headers.escalated}: ${x.escalated ? REPORT_TEXT.escalatedYes : REPORT_TEXT.escalatedNeeded}`)
          : null,
      ),
    ),
  );
}

function raidSections(r: StatusReport): Markup[] {
  const portfolio = r.scope.kind === "portfolio";
  return [
    ...section(REPORT_TEXT.sections.topRaid, r.topRaid.length ? table(raidRows(r.topRaid, portfolio, false), { "margin-top": "6px" }) : none(REPORT_TEXT.none.topRaid)),
    ...section(
      REPORT_TEXT.sections.escalations(r.escalationScore),
      r.escalations.length ? table(raidRows(r.escalations, portfolio, true), { "margin-top": "6px" }) : none(REPORT_TEXT.none.escalations),
    ),
  ];
}

function actionsSection(r: StatusReport, max: number): Markup[] {
  if (!r.overdueActions.length) return section(REPORT_TEXT.sections.overdueActions, none(REPORT_TEXT.none.overdueActions));
  const { shown, more } = capped(r.overdueActions, max);
  const portfolio = r.scope.kind === "portfolio";
  const rows = shown.map((a) =>
    el(
      "tr",
      {},
      ragCell("Red", `${a.daysOverdue} d`, 48),
      td({}, el("strong", {}, v(a.action)), meta(v(a.id), portfolio && v(a.projectId), a.owner && v(a.owner), `${REPORT_TEXT.headers.due} ${displayDate(a.due)}`)),
    ),
  );
  return section(REPORT_TEXT.sections.overdueActions, table([...rows, moreRow(more, 2)].filter((x): x is Markup => !!x), { "margin-top": "6px" }));
}

function decisionsSection(r: StatusReport, max: number): Markup[] {
  if (!r.decisions.length) return section(REPORT_TEXT.sections.decisions, none(REPORT_TEXT.none.decisions));
  const { shown, more } = capped(r.decisions, max);
  const portfolio = r.scope.kind === "portfolio";
  const rows = shown.map((d) =>
    el(
      "tr",
      {},
      td(
        {},
        el("strong", {}, v(d.decision)),
        meta(v(d.id), portfolio && v(d.projectId), d.owner && `${REPORT_TEXT.headers.decidedBy} ${v(d.owner)}`, d.date && displayDate(d.date), d.meetingId && v(d.meetingId)),
      ),
    ),
  );
  return section(REPORT_TEXT.sections.decisions, table([...rows, moreRow(more, 1)].filter((x): x is Markup => !!x), { "margin-top": "6px" }));
}

function healthSection(r: StatusReport): Markup[] {
  if (!r.health.length) return section(REPORT_TEXT.sections.health, none(REPORT_TEXT.none.health));
  const H = REPORT_TEXT.headers;
  const num = (n: number, tone: RagColour | null) =>
    td({ "text-align": "right", width: "64px", "font-weight": n ? "bold" : "normal", color: n && tone ? RAG[tone].text : TEXT }, String(n));
  const head = el("tr", {}, td({ ...small, "font-weight": "bold" }, H.register), ...[H.errors, H.warnings, H.infos].map((h) => td({ ...small, "font-weight": "bold", "text-align": "right", width: "64px" }, h)));
  const rows = r.health.map((l) =>
    el("tr", {}, td({}, l.title, l.topRule ? el("div", { style: small }, `${H.topRule}: ${l.topRule.rule} (${l.topRule.count})`) : null), num(l.errors, "Red"), num(l.warnings, "Amber"), num(l.infos, null)),
  );
  return section(REPORT_TEXT.sections.health, table([head, ...rows], { "margin-top": "6px" }));
}

function commentarySection(r: StatusReport): Markup[] {
  const C = REPORT_TEXT.commentary;
  const block = (label: string, text: string) =>
    el(
      "tr",
      {},
      td(
        { "border-bottom": "0", padding: "10px 6px 4px 6px" },
        el("div", { style: { "font-weight": "bold", color: NAVY } }, label),
        text ? el("div", { style: { "padding-top": "2px" } }, lines(neutraliseLines(text))) : el("div", { style: { ...small, "font-style": "italic" } }, C.empty),
      ),
    );
  return section(REPORT_TEXT.sections.commentary, table([block(C.accomplishments, r.commentary.accomplishments), block(C.nextSteps, r.commentary.nextSteps)]));
}

function footer(r: StatusReport): Markup {
  const h = r.header;
  return el(
    "tr",
    {},
    el(
      "td",
      { style: { ...base, ...small, padding: `24px ${PAD_X} 20px ${PAD_X}` } },
      `${REPORT_TEXT.frozen(displayDate(h.asOf))}, from the PMO workbook's registers on ${displayDate(h.generatedOn)}. The Status Report sheet holds every row; the live figures are on its Metrics sheet.`,
    ),
  );
}

// ---------------------------------------------------------------- the document

export function reportHtml(report: StatusReport, options: HtmlOptions = {}): string {
  const max = options.maxRows ?? EMAIL_MAX_ROWS;
  const subject = REPORT_TEXT.subject(report.header.name, report.header.asOf);
  const content = [
    ...header(report),
    ...ragSection(report),
    ...projectsSection(report, max),
    ...metricsSection(report),
    ...milestonesSection(report, max),
    ...raidSections(report),
    ...actionsSection(report, max),
    ...decisionsSection(report, max),
    ...healthSection(report),
    ...commentarySection(report),
    footer(report),
  ];
  const card = el(
    "table",
    { role: "presentation", width: "100%", cellpadding: 0, cellspacing: 0, border: 0, bgcolor: "#FFFFFF", style: { "max-width": "640px", "background-color": "#FFFFFF", border: `1px solid ${RULE}`, "border-collapse": "collapse" } },
    content,
  );
  const body = el(
    "body",
    { style: { margin: 0, padding: 0, "background-color": PAGE } },
    table([el("tr", {}, el("td", { align: "center", bgcolor: PAGE, style: { padding: "16px 8px", "background-color": PAGE } }, card))], { "background-color": PAGE }),
  );
  return htmlDocument(
    [
      el("meta", { "http-equiv": "Content-Type", content: "text/html; charset=utf-8" }),
      el("meta", { name: "viewport", content: "width=device-width, initial-scale=1" }),
      el("title", {}, v(subject)),
    ],
    body,
  );
}
