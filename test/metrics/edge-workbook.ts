/**
 * A small portfolio of edge cases (metrics.md): a project with no milestones, one whose
 * milestones are all cancelled, one without a budget, negative slip, leap-day dates, a RAG
 * override in lower case, odd RACI codes, and a project that has no snapshot yet. Built in the
 * 1900 or the 1904 date system, with an earlier snapshot so that trends have something to
 * compare with.
 */
import JSZip from "jszip";
import { initWorkbook } from "../../src/cli/commands/init";
import { settingsOf } from "../../src/cli/settings-from-workbook";
import { register } from "../../src/domain/registers/catalogue";
import type { RegisterKey } from "../../src/domain/registers/types";
import { FileHost } from "../../src/hosts/file/file-host";
import { metrics, type MetricsResult } from "../../src/operations/metrics";
import { snapshot } from "../../src/operations/snapshot";
import type { PlanCell, PlanOp } from "../../src/plan/plan";

type Row = Readonly<Record<string, string | number | null>>;
const ISO = /^\d{4}-\d{2}-\d{2}$/;

function rows(key: RegisterKey, data: readonly Row[]): PlanCell[][] {
  const def = register(key);
  return data.map((r) => def.columns.map((c): PlanCell => {
    const v = c.calc ? null : (r[c.key] ?? null);
    return c.type === "date" && typeof v === "string" && ISO.test(v) ? { d: v } : v;
  }));
}

export const EDGE_AS_OF = "2028-02-29";
export const EDGE_EARLIER = "2028-02-15";

const PROJECTS: Row[] = [
  { projectId: "E-NOMS", projectName: "No milestones", budget: 1000, forecastCost: 1200 },
  { projectId: "E-CANC", projectName: "All cancelled", budget: 500, forecastCost: 500, ragOverride: "amber" },
  { projectId: "E-NOBUD", projectName: "No budget", forecastCost: 900 },
  { projectId: "E-NEG", projectName: "Early and leap", budget: 2000, forecastCost: 2150 },
  { projectId: "E-NEW", projectName: "No snapshot yet", budget: 100, forecastCost: 80 },
];

function milestones(later: boolean): Row[] {
  return [
    { milestoneId: "C-1", projectId: "E-CANC", milestone: "Dropped", baselineDate: "2028-01-10", status: "Cancelled" },
    { milestoneId: "C-2", projectId: "E-CANC", milestone: "Dropped too", baselineDate: "2028-03-10", forecastDate: "2028-04-10", status: "Cancelled" },
    { milestoneId: "B-1", projectId: "E-NOBUD", milestone: "Late one", baselineDate: "2028-02-01", forecastDate: later ? "2028-03-20" : "2028-03-01", status: "In Progress" },
    { milestoneId: "N-1", projectId: "E-NEG", milestone: "Early", baselineDate: "2028-02-20", actualDate: "2028-02-10", status: "Complete" },
    { milestoneId: "N-2", projectId: "E-NEG", milestone: "Leap day due", baselineDate: "2028-02-29", status: "Not Started" },
    { milestoneId: "N-3", projectId: "E-NEG", milestone: "Due the day before", baselineDate: "2028-02-28", status: "In Progress" },
    { milestoneId: "N-4", projectId: "E-NEG", milestone: "Complete late", baselineDate: "2028-01-31", actualDate: "2028-02-29", status: "Complete" },
    { milestoneId: "N-5", projectId: "E-NEG", milestone: "Complete no actual", baselineDate: "2028-01-15", status: "Complete" },
    { milestoneId: "W-1", projectId: "E-NEW", milestone: "Kick-off", baselineDate: "2028-03-31", forecastDate: "2028-03-29", status: "Not Started" },
    // Rows the metrics must leave out or count only in the portfolio.
    { milestoneId: "X-1", milestone: "No project", baselineDate: "2028-01-01", status: "On Hold" },
    { projectId: "E-NEG", milestone: "No id", baselineDate: "2028-01-01" },
  ];
}

const RAID: Row[] = [
  { id: "R-1", projectId: "E-NOMS", type: "Risk", title: "Critical", probability: 4, impact: 5, status: "Open" },
  { id: "R-2", projectId: "E-NOMS", type: "Risk", title: "High", probability: 3, impact: 5, status: "Monitoring" },
  { id: "R-3", projectId: "E-NOMS", type: "Risk", title: "Closed", probability: 5, impact: 5, status: "Closed" },
  { id: "R-4", projectId: "E-NEG", type: "Risk", title: "No score", status: "Open" },
  { id: "R-5", projectId: "E-NEG", type: "Issue", title: "Issue", probability: 2, impact: 2, status: "Open" },
  { id: "R-6", projectId: "E-NOBUD", type: "Assumption", title: "Assumption", probability: 5, impact: 4, status: "Open" },
  { id: "R-7", projectId: "E-NOBUD", type: "risk", title: "Lower-case type", probability: 3, impact: 3, status: "open" },
];

const ACTIONS: Row[] = [
  { actionId: "A-1", projectId: "E-NEG", action: "Overdue", dueDate: "2028-02-28", status: "Open" },
  { actionId: "A-2", projectId: "E-NEG", action: "Due today", dueDate: "2028-02-29", status: "In Progress" },
  { actionId: "A-3", projectId: "E-NEG", action: "Done late", dueDate: "2028-01-01", status: "Done" },
  { actionId: "A-4", projectId: "E-NEG", action: "No due date", status: "Open" },
  { actionId: "A-5", projectId: "E-NOMS", action: "Cancelled", dueDate: "2028-01-01", status: "Cancelled" },
];

const ROLES = ["Sponsor", "PM", "Team"];
const RACI: (PlanCell)[][] = [
  ["T-1", "E-NOMS", "Plan", "A", "R", "I"],
  ["T-2", "E-NOMS", "Build", "A/R", "-", "c"],
  ["T-3", "E-NOMS", "Two accountable", "A", "a, r", null],
  ["T-4", "E-NOMS", "Heading", null, "-", "N/A"],
  ["T-5", "E-NOMS", "No R", "N/A", "A", "C"],
  ["T-6", "E-NEG", "Only informed", "I", " n ", "I"],
];

async function workbook1904(): Promise<FileHost> {
  const zip = await JSZip.loadAsync(await FileHost.create().toBuffer());
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  zip.file("xl/workbook.xml", /<workbookPr\b/.test(xml) ? xml.replace(/<workbookPr\b/, '<workbookPr date1904="1"') : xml.replace(/<sheets>|<sheets\/>|<bookViews>/, (m) => `<workbookPr date1904="1"/>${m}`));
  return FileHost.fromBuffer(await zip.generateAsync({ type: "uint8array" }));
}

function fill(later: boolean): PlanOp[] {
  const put = (key: RegisterKey, data: PlanCell[][]): PlanOp => ({ kind: "replaceTableRows", sheet: register(key).sheet, table: register(key).table, rows: data });
  return [
    put("projects", rows("projects", later ? PROJECTS : PROJECTS.filter((p) => p.projectId !== "E-NEW"))),
    put("milestones", rows("milestones", milestones(later).filter((m) => later || m.projectId !== "E-NEW"))),
    put("raid", rows("raid", later ? RAID : RAID.slice(0, 3))),
    put("actions", rows("actions", ACTIONS)),
  ];
}

export interface EdgeWorkbook {
  readonly host: FileHost;
  readonly result: Extract<MetricsResult, { ok: true }>;
}

export async function buildEdgeWorkbook(date1904: boolean): Promise<EdgeWorkbook> {
  let host: FileHost;
  if (date1904) {
    host = await workbook1904();
    const { structure } = await import("../../src/operations/structure");
    const { DEFAULT_SETTINGS } = await import("../../src/domain/settings");
    await host.apply(structure(await host.read(), { ...DEFAULT_SETTINGS, asOf: EDGE_AS_OF }).plan);
  } else {
    host = await initWorkbook(EDGE_AS_OF);
  }
  const raci = register("raci");
  await host.apply({ ops: [{ kind: "addTableColumns", sheet: raci.sheet, table: raci.table, columns: ROLES.map((header) => ({ header })) }, { kind: "replaceTableRows", sheet: raci.sheet, table: raci.table, rows: RACI }] });
  await host.apply({ ops: fill(false) });
  let wb = await host.read();
  const first = snapshot(wb, { ...settingsOf(wb, EDGE_EARLIER), asOf: EDGE_EARLIER });
  if (!first.ok) throw new Error(first.missing.join());
  await host.apply(first.plan);
  await host.apply({ ops: fill(true) });
  wb = await host.read();
  const result = metrics(wb, { ...settingsOf(wb, EDGE_AS_OF), asOf: EDGE_AS_OF });
  if (!result.ok) throw new Error(result.missing.join());
  await host.apply(result.plan);
  return { host, result };
}
