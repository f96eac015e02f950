/**
 * report: snapshot + settings + asOf → the Status Report sheet (cli-and-report.md) and the
 * report model that the email forms render. The sheet holds values only, frozen at As Of, so it
 * reads the same wherever it is opened; a link leads back to the live Metrics sheet. It is
 * print-ready: landscape, one page wide, the title rows repeated on every page, the project and
 * date in the page header and page numbers in the footer.
 *
 * The sheet is the add-in's own: it is cleared and written whole, so building the report twice
 * gives the same sheet, except for the commentary the PMO typed on it, which is read back first
 * and written again. A sheet called Status Report that the report did not write is never
 * touched.
 */
import { colName } from "../domain/a1";
import type { Iso } from "../domain/dates";
import type { Finding } from "../domain/findings";
import { readMetricInputs } from "../domain/metrics/inputs";
import { projectIds } from "../domain/metrics/reference";
import { METRICS_SHEET, REPORT_SHEET } from "../domain/registers/catalogue";
import type { RegisterKey } from "../domain/registers/types";
import { buildStatusReport } from "../domain/report/build";
import { sheetDate } from "../domain/report/display";
import { commentaryToKeep, readExistingReportSheet } from "../domain/report/existing-sheet";
import { PORTFOLIO_NAME } from "../domain/report/messages";
import type { ReportScope, StatusReport } from "../domain/report/model";
import { reportSheetLayout, type CellRole, type LayoutCell, type LayoutValue } from "../domain/report/sheet-layout";
import type { Settings } from "../domain/settings";
import type { CellStyle, PlanCell, PlanOp, WorkbookPlan } from "../plan/plan";
import { DATE_FORMAT, RAG_COLOURS } from "../plan/register-layout";
import { findSheet, type WorkbookSnapshot } from "../plan/snapshot";
import { structuredRegisters } from "../plan/structured";
import { validate } from "./validate";

export type Paper = "A4" | "Letter";

export interface ReportOptions {
  /** A Project ID (any case); absent: the portfolio. */
  readonly project?: string;
  /** Default A4. */
  readonly paper?: Paper;
  /** The day the report is built on (the caller's clock, never read here). */
  readonly generatedOn: Iso;
  /** Validation findings when the caller has them already; otherwise validation runs here. */
  readonly findings?: readonly Finding[];
}

export interface ReportSummary {
  readonly scopeId: string;
  readonly milestones: number;
  readonly topRaid: number;
  readonly escalations: number;
  readonly overdueActions: number;
  readonly decisions: number;
  /** The commentary came back from the sheet the last build left. */
  readonly commentaryKept: boolean;
}

export type ReportProblem =
  | { readonly problem: "no-registers"; readonly message: string }
  | { readonly problem: "unknown-project"; readonly message: string; readonly known: readonly string[] }
  | { readonly problem: "foreign-sheet"; readonly message: string };

export type ReportResult =
  | { readonly ok: true; readonly plan: WorkbookPlan; readonly model: StatusReport; readonly summary: ReportSummary }
  | ({ readonly ok: false } & ReportProblem);

/** Registers a report is made of; a workbook with none of them has nothing to report. */
const SOURCES: readonly RegisterKey[] = ["projects", "milestones", "raid", "actions", "decisions"];

// ---------------------------------------------------------------- the look

const NAVY = "#1F3864";
const BASE: CellStyle = { fontSize: 10, vAlign: "top", wrap: true };

const ROLE_STYLES: Readonly<Record<CellRole, CellStyle>> = {
  title: { bold: true, fontSize: 16, fontColor: NAVY, vAlign: "center", wrap: false },
  link: { fontColor: "#0563C1", hAlign: "right", vAlign: "center" },
  label: { bold: true, fontColor: "#595959" },
  value: {},
  section: { bold: true, fontSize: 11, fill: NAVY, fontColor: "#FFFFFF", vAlign: "center" },
  header: { bold: true, fill: "#D9E1F2", fontColor: NAVY, border: "thin" },
  text: { border: "thin" },
  number: { hAlign: "right", border: "thin" },
  date: { hAlign: "right", border: "thin", numberFormat: DATE_FORMAT },
  center: { hAlign: "center", border: "thin" },
  muted: { italic: true, fontColor: "#7F7F7F" },
  commentaryLabel: { bold: true, fill: "#F2F2F2", border: "thin" },
  // The light yellow of input cells (as on the Settings sheet): this is where the PMO types.
  commentary: { fill: "#FFF9E5", border: "thin" },
};

function styleOf(c: LayoutCell): CellStyle {
  return {
    ...ROLE_STYLES[c.role],
    ...(c.numberFormat ? { numberFormat: c.numberFormat } : {}),
    ...(c.value !== null && typeof c.value === "object" && "date" in c.value ? { numberFormat: DATE_FORMAT } : {}),
    ...(c.tone ? { ...RAG_COLOURS[c.tone], bold: true } : {}),
  };
}

function planCell(v: LayoutValue): PlanCell {
  if (v === null || typeof v === "string" || typeof v === "number") return v;
  return "date" in v ? { d: v.date } : { link: v.link, text: v.text };
}

/** "&" starts a code in Excel's header and footer text: a literal one is written "&&". */
function headerText(s: string): string {
  return s.replace(/&/g, "&&");
}

export interface SheetOptions {
  readonly sheet?: string;
  readonly paper?: Paper;
  /** Whether the workbook has a Metrics sheet to link back to. */
  readonly metricsLink: boolean;
}

/** The plan operations that write the report onto its sheet (also used for the email attachment). */
export function reportSheetOps(model: StatusReport, options: SheetOptions): PlanOp[] {
  const sheet = options.sheet ?? REPORT_SHEET;
  const layout = reportSheetLayout(model, { metricsLink: options.metricsLink });
  const width = layout.widths.length;
  const last = layout.rows.length;
  const lastCol = colName(width - 1);
  const grid: PlanCell[][] = [];
  const merges: PlanOp[] = [];
  const formats: PlanOp[] = [{ kind: "format", sheet, range: `A1:${lastCol}${last}`, style: BASE }];
  const heights: PlanOp[] = [];
  // A long report has thousands of cells in a dozen looks: each look is built once.
  const styles = new Map<string, CellStyle>();
  const styleFor = (c: LayoutCell): CellStyle => {
    const isDate = c.value !== null && typeof c.value === "object" && "date" in c.value;
    const k = `${c.role}\u0000${c.numberFormat ?? ""}\u0000${isDate ? 1 : 0}\u0000${c.tone ?? ""}`;
    let style = styles.get(k);
    if (!style) styles.set(k, (style = styleOf(c)));
    return style;
  };
  layout.rows.forEach((row, r) => {
    const cells: PlanCell[] = new Array<PlanCell>(width).fill(null);
    let col = 0;
    for (const c of row.cells) {
      cells[col] = planCell(c.value);
      const range = `${colName(col)}${r + 1}:${colName(col + c.span - 1)}${r + 1}`;
      if (c.span > 1) merges.push({ kind: "merge", sheet, range });
      const style = styleFor(c);
      if (Object.keys(style).length) formats.push({ kind: "format", sheet, range, style });
      col += c.span;
    }
    grid.push(cells);
    heights.push({ kind: "rowHeight", sheet, row: r, height: row.height });
  });
  const h = model.header;
  return [
    { kind: "ensureSheet", sheet, tabColor: NAVY },
    { kind: "clearSheet", sheet },
    { kind: "columnWidths", sheet, startCol: 0, widths: layout.widths },
    { kind: "writeRange", sheet, anchor: "A1", cells: grid },
    ...merges,
    ...formats,
    ...heights,
    {
      kind: "pageSetup",
      sheet,
      orientation: "landscape",
      paperSize: options.paper ?? "A4",
      fitToWidth: 1,
      fitToHeight: 0,
      printArea: `A1:${lastCol}${last}`,
      printTitleRows: `1:${layout.titleRows}`,
      header: `&L&"-,Bold"${headerText(h.name)}&RAs Of ${sheetDate(h.asOf)}`,
      footer: "Page &P of &N",
    },
    { kind: "activate", sheet, range: "A1" },
  ];
}

// ---------------------------------------------------------------- the operation

function scopeFor(known: readonly string[], project: string | undefined): ReportScope | ReportProblem {
  if (project === undefined) return { kind: "portfolio" };
  const id = known.find((k) => k.toLowerCase() === project.trim().toLowerCase());
  if (id) return { kind: "project", projectId: id };
  return {
    problem: "unknown-project",
    known,
    message: known.length ? `no project ${project}: the workbook has ${known.join(", ")}` : `no project ${project}: the workbook has no projects`,
  };
}

export function report(wb: WorkbookSnapshot, settings: Settings, asOf: Iso, options: ReportOptions): ReportResult {
  const registers = structuredRegisters(wb);
  if (!SOURCES.some((k) => registers.has(k))) {
    return { ok: false, problem: "no-registers", message: "the workbook has no PMO registers to report on: run `pmo convert` (or Structure in the add-in) first" };
  }
  const metricInputs = readMetricInputs(registers);
  const scope = scopeFor(projectIds(metricInputs), options.project);
  if ("problem" in scope) return { ok: false, ...scope };

  const existing = readExistingReportSheet(findSheet(wb, REPORT_SHEET));
  if (!existing.empty && !existing.ours) {
    return { ok: false, problem: "foreign-sheet", message: `the sheet "${REPORT_SHEET}" was not written by PMO Workbench: rename it, then build the report again` };
  }
  const scopeId = scope.kind === "project" ? scope.projectId : PORTFOLIO_NAME;
  const commentary = commentaryToKeep(existing, scopeId);
  const findings = options.findings ?? validate(wb, settings, asOf, { structured: registers }).findings;
  const model = buildStatusReport({ registers, metricInputs, findings, settings: { ...settings, asOf }, asOf, generatedOn: options.generatedOn, scope, commentary });
  const plan: WorkbookPlan = { ops: reportSheetOps(model, { paper: options.paper ?? "A4", metricsLink: !!findSheet(wb, METRICS_SHEET) }) };
  return {
    ok: true,
    plan,
    model,
    summary: {
      scopeId,
      milestones: model.milestones.length,
      topRaid: model.topRaid.length,
      escalations: model.escalations.length,
      overdueActions: model.overdueActions.length,
      decisions: model.decisions.length,
      commentaryKept: commentary.accomplishments !== "" || commentary.nextSteps !== "",
    },
  };
}
