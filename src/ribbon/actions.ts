/**
 * What the ribbon's ExecuteFunction buttons do, over any WorkbookHost (the Office.js host in
 * Excel; the file host in tests). Each action runs its operation as the pane's tab does, writes
 * the result into the workbook, brings the sheet that shows it to the front, and returns one
 * line for the user; it never throws, so a button never leaves Excel waiting.
 *
 *   Validate       the Findings sheet (every finding with a link to its cell) and the live
 *                  checks; activates Findings, whose first row states the counts.
 *   Take snapshot  this As Of's rows in Status History and Milestone History; activates Status
 *                  History with the new rows selected.
 *   Build report   the portfolio's Status Report sheet; activates it.
 */
import { FINDINGS_SHEET, register } from "../domain/registers/catalogue";
import type { Iso } from "../domain/dates";
import type { WorkbookHost } from "../plan/host";
import { loadEngine } from "../taskpane/engine";
import { errorMessage } from "../taskpane/errors";
import { FORMATS, plural } from "../taskpane/messages";

export interface RibbonOutcome {
  readonly ok: boolean;
  /** A few words ("Validated"). */
  readonly title: string;
  /** One or two sentences for the user. */
  readonly message: string;
}

export interface RibbonContext {
  readonly host: WorkbookHost;
  /** Today by the user's clock (the workbook's As Of wins when it fixes a date). */
  readonly today: Iso;
}

export type RibbonAction = (ctx: RibbonContext) => Promise<RibbonOutcome>;

function failed(title: string, error: unknown): RibbonOutcome {
  return { ok: false, title, message: errorMessage(error) };
}

export const validateWorkbook: RibbonAction = async ({ host, today }) => {
  try {
    const engine = await loadEngine();
    const wb = await host.read();
    const { asOf } = engine.resolveAsOf(wb, today);
    const result = engine.validate(wb, engine.settingsOf(wb, asOf), asOf);
    await host.apply({ ops: [...result.plan.ops, { kind: "activate", sheet: FINDINGS_SHEET, range: "A1" }] });
    const { errors, warnings, infos } = result.summary;
    return {
      ok: true,
      title: errors ? "Validated: errors found" : "Validated",
      message: `${FORMATS.severityCounts(errors, warnings, infos)} as of ${asOf}. The Findings sheet lists each one with a link to its cell.`,
    };
  } catch (error) {
    return failed("Could not validate", error);
  }
};

export const takeSnapshot: RibbonAction = async ({ host, today }) => {
  try {
    const engine = await loadEngine();
    const wb = await host.read();
    const { asOf } = engine.resolveAsOf(wb, today);
    const result = engine.snapshot(wb, { ...engine.settingsOf(wb, asOf), asOf });
    if (!result.ok) return { ok: false, title: "No snapshot taken", message: FORMATS.missingTables(result.missing) };
    const history = register("statusHistory");
    await host.apply({ ops: [...result.plan.ops, { kind: "activate", sheet: history.sheet, range: "A1" }] });
    const s = result.summary;
    return { ok: true, title: "Snapshot taken", message: FORMATS.snapshotDone(s.asOf, s.projects, s.milestones, s.replaced.statusHistory + s.replaced.milestoneHistory) };
  } catch (error) {
    return failed("Could not take the snapshot", error);
  }
};

export const buildReport: RibbonAction = async ({ host, today }) => {
  try {
    const engine = await loadEngine();
    const wb = await host.read();
    const { asOf } = engine.resolveAsOf(wb, today);
    const result = engine.report(wb, engine.settingsOf(wb, asOf), asOf, { generatedOn: today });
    if (!result.ok) return { ok: false, title: "No report built", message: `${result.message.charAt(0).toUpperCase()}${result.message.slice(1)}.` };
    await host.apply(result.plan);
    const s = result.summary;
    return {
      ok: true,
      title: "Status Report built",
      message: `The Status Report sheet shows the portfolio as of ${asOf}: ${FORMATS.reportBuilt(s.milestones, s.escalations, s.overdueActions, s.decisions)} ${plural(s.topRaid, "top risk")} and issues.`,
    };
  } catch (error) {
    return failed("Could not build the report", error);
  }
};
