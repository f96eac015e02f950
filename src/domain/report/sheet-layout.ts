/**
 * Where everything goes on the Status Report sheet: a grid of twelve equal columns, each block
 * a run of rows whose cells span whole columns. Laying the report on one fixed grid lets every
 * section line up and the sheet print one page wide; the operation turns this layout into plan
 * operations (values, merges, styles, row heights, page setup).
 *
 * Row heights are set here from an estimate of the wrapped lines, because neither Excel nor
 * LibreOffice grows a row to fit wrapped text in merged cells.
 */
import type { Iso } from "../dates";
import type { RagColour } from "../metrics/definitions";
import { displayPeriod } from "./display";
import { AREA_NAMES, REPORT_TEXT, TREND_WORDS } from "./messages";
import type { MilestoneState, RaidLine, StatusReport } from "./model";

export const GRID_COLUMNS = 12;
/** Width of each grid column in characters: 12 × 12 prints at about 100 % across A4 landscape. */
export const GRID_COLUMN_WIDTH = 12;

/** A cell's value: text, a number, a date, or a link to a place in the workbook. */
export type LayoutValue = string | number | null | { readonly date: Iso } | { readonly link: string; readonly text: string };

/**
 * What a cell is, for styling: the operation maps each role to a look. `tone` colours a cell
 * as a RAG cell (a RAG, a milestone state, a severe score).
 */
export type CellRole = "title" | "link" | "label" | "value" | "section" | "header" | "text" | "number" | "date" | "center" | "muted" | "commentaryLabel" | "commentary";

export interface LayoutCell {
  readonly value: LayoutValue;
  readonly span: number;
  readonly role: CellRole;
  readonly numberFormat?: string;
  readonly tone?: RagColour;
}

export interface LayoutRow {
  readonly cells: readonly LayoutCell[];
  /** Points. */
  readonly height: number;
  /** What the row is, for tests and for the operation's borders. */
  readonly kind: "title" | "meta" | "section" | "header" | "body" | "gap";
}

export interface ReportSheetLayout {
  readonly widths: readonly number[];
  readonly rows: readonly LayoutRow[];
  /** Rows 1..titleRows are repeated at the top of every printed page. */
  readonly titleRows: number;
}

export interface LayoutOptions {
  /** The workbook has a Metrics sheet to link back to (the attachment has none). */
  readonly metricsLink: boolean;
}

export const METRICS_LINK = "#'Metrics'!A1";

// ---------------------------------------------------------------- row heights

const LINE_HEIGHT = 13;
const PADDING = 4;
const MIN_HEIGHT = 17;
/** Characters of 10 pt body text that fit in one character of column width (which is measured in 11 pt digits). */
const CHARS_PER_WIDTH = 1.25;

/** The text whose wrapping sets the row height: numbers and dates are shown on one line. */
function textOf(v: LayoutValue): string {
  if (v === null || typeof v === "number") return "";
  if (typeof v === "string") return v;
  return "link" in v ? v.text : "";
}

/** Lines a text needs in a cell `span` columns wide, breaking at spaces as a spreadsheet does. */
export function wrappedLines(text: string, span: number): number {
  const capacity = Math.max(1, Math.floor(span * GRID_COLUMN_WIDTH * CHARS_PER_WIDTH));
  // Text that fits on one line whole fits however its words are joined: most cells of a long
  // list are short, and splitting each into words was most of the layout's time.
  if (text.length <= capacity && !text.includes("\n")) return 1;
  let lines = 0;
  for (const para of text.split("\n")) {
    let line = 0;
    let count = 1;
    for (const word of para.split(/\s+/).filter(Boolean)) {
      const len = word.length;
      if (line === 0) line = len;
      else if (line + 1 + len <= capacity) line += 1 + len;
      else {
        count++;
        line = len;
      }
      // A word longer than the cell breaks across lines.
      while (line > capacity) {
        count++;
        line -= capacity;
      }
    }
    lines += count;
  }
  return Math.max(1, lines);
}

function bodyHeight(cells: readonly LayoutCell[], minLines = 1): number {
  const lines = Math.max(minLines, ...cells.map((c) => wrappedLines(textOf(c.value), c.span)));
  return Math.max(MIN_HEIGHT, lines * LINE_HEIGHT + PADDING);
}

// ---------------------------------------------------------------- blocks

const cell = (value: LayoutValue, span: number, role: CellRole, extra: Partial<Pick<LayoutCell, "numberFormat" | "tone">> = {}): LayoutCell => ({ value, span, role, ...extra });
const text = (v: string, span: number) => cell(v || null, span, "text");
const date = (iso: Iso | null, span = 1) => cell(iso ? { date: iso } : null, span, "date");

interface Column {
  readonly header: string;
  readonly span: number;
  readonly role?: CellRole;
}

function section(title: string): LayoutRow {
  return { kind: "section", height: 20, cells: [cell(title, GRID_COLUMNS, "section")] };
}

function gap(): LayoutRow {
  return { kind: "gap", height: 8, cells: [cell(null, GRID_COLUMNS, "value")] };
}

function table(title: string, columns: readonly Column[], body: readonly (readonly LayoutCell[])[], none: string): LayoutRow[] {
  const rows: LayoutRow[] = [section(title)];
  if (!body.length) {
    rows.push({ kind: "body", height: MIN_HEIGHT, cells: [cell(none, GRID_COLUMNS, "muted")] });
    return rows;
  }
  const header = columns.map((c) => cell(c.header, c.span, "header"));
  rows.push({ kind: "header", height: bodyHeight(header), cells: header });
  for (const cells of body) rows.push({ kind: "body", height: bodyHeight(cells), cells });
  return rows;
}

/** Columns that only the portfolio's report has (Project) give their span to the widest column otherwise. */
function columns(portfolio: boolean, list: readonly (Column & { readonly portfolioOnly?: boolean; readonly grows?: boolean })[]): Column[] {
  const spare = portfolio ? 0 : list.filter((c) => c.portfolioOnly).reduce((s, c) => s + c.span, 0);
  return list.filter((c) => portfolio || !c.portfolioOnly).map((c) => ({ header: c.header, span: c.span + (c.grows ? spare : 0), ...(c.role ? { role: c.role } : {}) }));
}

/** Cells for a row of `cols`: values in column order, skipping the portfolio-only ones outside the portfolio. */
function rowCells(cols: readonly Column[], values: readonly (LayoutValue | LayoutCell)[]): LayoutCell[] {
  return cols.map((c, i) => {
    const v = values[i] ?? null;
    return v !== null && typeof v === "object" && "span" in v ? { ...v, span: c.span } : cell(v, c.span, c.role ?? "text");
  });
}

const trendText = (t: keyof typeof TREND_WORDS | null) => (t ? TREND_WORDS[t] : "—");
const rag = (r: RagColour | null, span = 1) => (r ? cell(r, span, "center", { tone: r }) : cell("—", span, "center"));

const STATE_TONE: Readonly<Record<MilestoneState, RagColour | undefined>> = { Overdue: "Red", Slipped: "Amber", "Due soon": undefined };
function scoreTone(line: RaidLine): RagColour | undefined {
  return line.severity === "Critical" || line.severity === "High" ? "Red" : line.severity === "Medium" ? "Amber" : undefined;
}

// ---------------------------------------------------------------- the report

export function reportSheetLayout(report: StatusReport, options: LayoutOptions): ReportSheetLayout {
  const h = report.header;
  const t = REPORT_TEXT;
  const H = t.headers;
  const portfolio = report.scope.kind === "portfolio";
  const rows: LayoutRow[] = [];

  // 1. Header: title (and the link back to the live Metrics sheet), then who, when and what period.
  rows.push({
    kind: "title",
    height: 30,
    cells: [cell(t.title(h.name), 9, "title"), options.metricsLink ? cell({ link: METRICS_LINK, text: t.liveMetrics }, 3, "link") : cell(null, 3, "title")],
  });
  const label = (s: string) => cell(s, 1, "label");
  const meta1 = [label(t.labels.project), cell(h.scopeId, 3, "value"), label(portfolio ? t.labels.managers : t.labels.manager), cell(h.manager || null, 4, "value"), label(t.labels.asOf), cell({ date: h.asOf }, 2, "value")];
  const meta2 = [label(t.labels.period), cell(displayPeriod(h.periodStart, h.periodEnd), 3, "value"), label(portfolio ? t.labels.portfolioContext : t.labels.context), cell(h.context || null, 4, "value"), label(t.labels.generatedOn), cell({ date: h.generatedOn }, 2, "value")];
  rows.push({ kind: "meta", height: bodyHeight(meta1), cells: meta1 }, { kind: "meta", height: bodyHeight(meta2), cells: meta2 });
  const titleRows = rows.length;

  // 2. RAG with trend and reason.
  rows.push(gap());
  const ragCols: Column[] = [{ header: H.area, span: 2 }, { header: H.rag, span: 1 }, { header: H.trend, span: 2 }, { header: H.reason, span: 7 }];
  rows.push(
    ...table(
      t.sections.status,
      ragCols,
      report.rag.map((r) => rowCells(ragCols, [cell(AREA_NAMES[r.area], 2, "label"), rag(r.rag), trendText(r.trend), r.reason])),
      "",
    ),
  );

  // The portfolio's projects, worst first.
  if (portfolio) {
    rows.push(gap());
    const cols: Column[] = [
      { header: H.id, span: 1 },
      { header: H.name, span: 2 },
      { header: H.manager, span: 2 },
      { header: H.overall, span: 1 },
      { header: H.schedule, span: 1 },
      { header: H.cost, span: 1 },
      { header: H.risk, span: 1 },
      { header: H.trend, span: 1 },
      { header: H.reason, span: 2 },
    ];
    rows.push(
      ...table(
        t.sections.projects,
        cols,
        report.projects.map((p) => rowCells(cols, [p.projectId, p.name, p.manager, rag(p.rag.overall), rag(p.rag.schedule), rag(p.rag.cost), rag(p.rag.risk), trendText(p.trend), p.reason])),
        t.none.projects,
      ),
    );
  }

  // 3. Key metrics, in two side-by-side blocks of seven.
  rows.push(gap());
  const half = Math.ceil(report.metrics.length / 2);
  const metricCols: Column[] = [
    { header: H.metric, span: 3 },
    { header: H.value, span: 1, role: "number" },
    { header: H.delta, span: 1, role: "number" },
    { header: H.trend, span: 1, role: "center" },
  ];
  const metricCells = (i: number): LayoutCell[] => {
    const m = report.metrics[i];
    if (!m) return metricCols.map((c) => cell(null, c.span, "text"));
    return [text(m.name, 3), cell(m.value, 1, "number", { numberFormat: m.numberFormat }), cell(m.delta, 1, "number", { numberFormat: m.deltaFormat }), cell(m.arrow, 1, "center")];
  };
  rows.push(
    ...table(
      t.sections.metrics,
      [...metricCols, ...metricCols],
      Array.from({ length: half }, (_x, i) => [...metricCells(i), ...metricCells(i + half)]),
      "",
    ),
  );

  // 4. Milestones.
  rows.push(gap());
  const msCols = columns(portfolio, [
    { header: H.state, span: 1 },
    { header: H.id, span: 1 },
    { header: H.project, span: 1, portfolioOnly: true },
    { header: H.milestone, span: 3, grows: true },
    { header: H.owner, span: 2 },
    { header: H.baseline, span: 1, role: "date" },
    { header: H.forecast, span: 1, role: "date" },
    { header: H.variance, span: 1, role: "number" },
    { header: H.status, span: 1 },
  ]);
  rows.push(
    ...table(
      t.sections.milestones(report.lookaheadDays),
      msCols,
      report.milestones.map((m) => {
        const tone = STATE_TONE[m.state];
        const values: (LayoutValue | LayoutCell)[] = [
          cell(m.state, 1, "center", tone ? { tone } : {}),
          m.id,
          ...(portfolio ? [m.projectId] : []),
          m.title,
          m.owner,
          date(m.baseline),
          date(m.forecast),
          cell(m.varianceDays, 1, "number", { numberFormat: "+0;-0;0" }),
          m.status,
        ];
        return rowCells(msCols, values);
      }),
      t.none.milestones(report.lookaheadDays),
    ),
  );

  // 5. Top risks and issues; escalations.
  rows.push(gap());
  const raidCols = columns(portfolio, [
    { header: H.id, span: 1 },
    { header: H.project, span: 1, portfolioOnly: true },
    { header: H.type, span: 1 },
    { header: H.title, span: 3, grows: true },
    { header: H.owner, span: 2 },
    { header: H.score, span: 1, role: "number" },
    { header: H.response, span: 3 },
  ]);
  const score = (r: RaidLine) => {
    const tone = scoreTone(r);
    return cell(r.score, 1, "number", tone ? { numberFormat: "0", tone } : { numberFormat: "0" });
  };
  rows.push(
    ...table(
      t.sections.topRaid,
      raidCols,
      report.topRaid.map((r) => rowCells(raidCols, [r.id, ...(portfolio ? [r.projectId] : []), r.type, r.title, r.owner, score(r), r.response])),
      t.none.topRaid,
    ),
  );
  rows.push(gap());
  const escCols = columns(portfolio, [
    { header: H.id, span: 1 },
    { header: H.project, span: 1, portfolioOnly: true },
    { header: H.title, span: 5, grows: true },
    { header: H.owner, span: 2 },
    { header: H.score, span: 1, role: "number" },
    { header: H.escalated, span: 2, role: "center" },
  ]);
  rows.push(
    ...table(
      t.sections.escalations(report.escalationScore),
      escCols,
      report.escalations.map((r) =>
        rowCells(escCols, [r.id, ...(portfolio ? [r.projectId] : []), r.title, r.owner, score(r), r.escalated ? t.escalatedYes : cell(t.escalatedNeeded, 2, "center", { tone: "Red" })]),
      ),
      t.none.escalations,
    ),
  );

  // 6. Overdue actions; decisions needed.
  rows.push(gap());
  const actCols = columns(portfolio, [
    { header: H.id, span: 1 },
    { header: H.project, span: 1, portfolioOnly: true },
    { header: H.action, span: 5, grows: true },
    { header: H.owner, span: 2 },
    { header: H.due, span: 1, role: "date" },
    { header: H.daysOverdue, span: 1, role: "number" },
    { header: H.status, span: 1 },
  ]);
  rows.push(
    ...table(
      t.sections.overdueActions,
      actCols,
      report.overdueActions.map((a) => rowCells(actCols, [a.id, ...(portfolio ? [a.projectId] : []), a.action, a.owner, date(a.due), cell(a.daysOverdue, 1, "number", { numberFormat: "0" }), a.status])),
      t.none.overdueActions,
    ),
  );
  rows.push(gap());
  const decCols = columns(portfolio, [
    { header: H.id, span: 1 },
    { header: H.project, span: 1, portfolioOnly: true },
    { header: H.decision, span: 5, grows: true },
    { header: H.decidedBy, span: 2 },
    { header: H.date, span: 1, role: "date" },
    { header: H.meeting, span: 2 },
  ]);
  rows.push(
    ...table(
      t.sections.decisions,
      decCols,
      report.decisions.map((d) => rowCells(decCols, [d.id, ...(portfolio ? [d.projectId] : []), d.decision, d.owner, date(d.date), d.meetingId])),
      t.none.decisions,
    ),
  );

  // 7. Validation health.
  rows.push(gap());
  const healthCols: Column[] = [
    { header: H.register, span: 2 },
    { header: H.errors, span: 1, role: "number" },
    { header: H.warnings, span: 1, role: "number" },
    { header: H.infos, span: 1, role: "number" },
    { header: H.topRule, span: 7 },
  ];
  const count = (n: number, tone: RagColour) => cell(n, 1, "number", n > 0 ? { numberFormat: "0", tone } : { numberFormat: "0" });
  const healthRows = report.health.map((l) =>
    rowCells(healthCols, [l.title, count(l.errors, "Red"), count(l.warnings, "Amber"), cell(l.infos, 1, "number", { numberFormat: "0" }), l.topRule ? `${l.topRule.rule} (${l.topRule.count})` : ""]),
  );
  rows.push(...table(t.sections.health, healthCols, healthRows, t.none.health));

  // 8. Commentary: the cells the PMO types in, kept when the report is built again.
  rows.push(gap(), section(t.sections.commentary));
  for (const [labelText, value] of [
    [t.commentary.accomplishments, report.commentary.accomplishments],
    [t.commentary.nextSteps, report.commentary.nextSteps],
  ] as const) {
    const cells = [cell(labelText, 2, "commentaryLabel"), cell(value || null, 10, "commentary")];
    // Room for four lines even when empty: this is where the PMO writes.
    rows.push({ kind: "body", height: bodyHeight(cells, 4), cells });
  }

  return { widths: Array.from({ length: GRID_COLUMNS }, () => GRID_COLUMN_WIDTH), rows, titleRows };
}
