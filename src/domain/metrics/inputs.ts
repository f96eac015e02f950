/**
 * The register rows the metrics need, read once into plain facts. Values are read the way the
 * workbook's formulas read them (see text-match.ts), so that the JS reference and the formulas
 * agree cell for cell; validation, not metrics, is where odd values are reported.
 */
import type { CellValue } from "../cell";
import type { Iso } from "../dates";
import { METRIC_KEYS, METRIC_NAMES, register } from "../registers/catalogue";
import type { RegisterData } from "../registers/data";
import { rowViews, type RowView } from "../registers/records";
import type { RegisterKey } from "../registers/types";
import type { MetricName } from "./definitions";
import { key, num, present, serialDate } from "./text-match";

export interface MilestoneFact {
  readonly id: string;
  readonly idPresent: boolean;
  readonly projectId: CellValue;
  /** Lower-cased, as criteria compare it. */
  readonly status: string;
  /** As typed, for the history. */
  readonly statusText: string;
  readonly baseline: Iso | null;
  readonly forecast: Iso | null;
  readonly actual: Iso | null;
}

export interface RaidFact {
  readonly idPresent: boolean;
  readonly projectId: CellValue;
  readonly type: string;
  readonly status: string;
  /** Probability × Impact when both are numbers (the Score calc column). */
  readonly score: number | null;
}

export interface ActionFact {
  readonly idPresent: boolean;
  readonly projectId: CellValue;
  readonly status: string;
  readonly due: Iso | null;
}

export interface RaciFact {
  readonly projectId: CellValue;
  /** One raw cell per person column, in column order. */
  readonly codes: readonly CellValue[];
}

export interface ProjectFact {
  readonly projectId: CellValue;
  readonly budget: number | null;
  readonly forecastCost: number | null;
  readonly ragOverride: CellValue;
}

export interface StatusHistoryFact {
  readonly asOf: Iso | null;
  readonly projectId: CellValue;
  readonly values: Readonly<Record<MetricName, number | null>>;
  readonly rags: Readonly<Record<"Overall RAG" | "Schedule RAG" | "Cost RAG" | "Risk RAG", string>>;
}

export interface MilestoneHistoryFact {
  readonly asOf: Iso | null;
  readonly milestoneId: string;
  readonly projectId: string;
  readonly baseline: Iso | null;
  readonly forecast: Iso | null;
  readonly actual: Iso | null;
  readonly status: string;
}

export interface MetricInputs {
  readonly milestones: readonly MilestoneFact[];
  readonly raid: readonly RaidFact[];
  readonly actions: readonly ActionFact[];
  readonly raci: readonly RaciFact[];
  /** Headers of the RACI person columns (every column after the register's own). */
  readonly raciPersons: readonly string[];
  readonly projects: readonly ProjectFact[];
  readonly statusHistory: readonly StatusHistoryFact[];
  readonly milestoneHistory: readonly MilestoneHistoryFact[];
}

const date = (r: RowView, k: string) => serialDate(r.raw(k), r.data.date1904);

function rows(registers: ReadonlyMap<RegisterKey, RegisterData>, k: RegisterKey): RowView[] {
  const d = registers.get(k);
  return d ? rowViews(d) : [];
}

/** Person columns of the RACI register: every column after Activity ID, Project ID and Activity. */
export function raciPersonColumns(data: RegisterData | undefined): { header: string; index: number }[] {
  if (!data) return [];
  const own = new Set(register("raci").columns.map((c) => c.key));
  return data.columns.map((c, index) => ({ header: c.header, index, key: c.key })).filter((c) => c.key === null || !own.has(c.key));
}

export function readMetricInputs(registers: ReadonlyMap<RegisterKey, RegisterData>): MetricInputs {
  const milestones = rows(registers, "milestones").map(
    (r): MilestoneFact => ({
      id: r.textOf("milestoneId"),
      idPresent: present(r.raw("milestoneId")),
      projectId: r.raw("projectId"),
      status: key(r.raw("status")),
      statusText: r.textOf("status"),
      baseline: date(r, "baselineDate"),
      forecast: date(r, "forecastDate"),
      actual: date(r, "actualDate"),
    }),
  );
  const raid = rows(registers, "raid").map((r): RaidFact => {
    const p = num(r.raw("probability"));
    const i = num(r.raw("impact"));
    return { idPresent: present(r.raw("id")), projectId: r.raw("projectId"), type: key(r.raw("type")), status: key(r.raw("status")), score: p !== null && i !== null ? p * i : null };
  });
  const actions = rows(registers, "actions").map(
    (r): ActionFact => ({ idPresent: present(r.raw("actionId")), projectId: r.raw("projectId"), status: key(r.raw("status")), due: date(r, "dueDate") }),
  );
  const raciData = registers.get("raci");
  const persons = raciPersonColumns(raciData);
  const raci = rows(registers, "raci").map((r): RaciFact => ({ projectId: r.raw("projectId"), codes: persons.map((p) => r.dataRow.cells[p.index] ?? null) }));
  const projects = rows(registers, "projects").map(
    (r): ProjectFact => ({ projectId: r.raw("projectId"), budget: num(r.raw("budget")), forecastCost: num(r.raw("forecastCost")), ragOverride: r.raw("ragOverride") }),
  );
  const statusHistory = rows(registers, "statusHistory").map((r): StatusHistoryFact => {
    const values = Object.fromEntries(METRIC_NAMES.map((m) => [m, num(r.raw(METRIC_KEYS[m]))])) as Record<MetricName, number | null>;
    return {
      asOf: date(r, "asOf"),
      projectId: r.raw("projectId"),
      values,
      rags: { "Overall RAG": key(r.raw("overallRag")), "Schedule RAG": key(r.raw("scheduleRag")), "Cost RAG": key(r.raw("costRag")), "Risk RAG": key(r.raw("riskRag")) },
    };
  });
  const milestoneHistory = rows(registers, "milestoneHistory").map(
    (r): MilestoneHistoryFact => ({
      asOf: date(r, "asOf"),
      milestoneId: r.textOf("milestoneId"),
      projectId: r.textOf("projectId"),
      baseline: date(r, "baselineDate"),
      forecast: date(r, "forecastDate"),
      actual: date(r, "actualDate"),
      status: r.textOf("status"),
    }),
  );
  return { milestones, raid, actions, raci, raciPersons: persons.map((p) => p.header), projects, statusHistory, milestoneHistory };
}
