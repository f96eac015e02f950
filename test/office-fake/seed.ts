/**
 * A structured workbook whose milestone register holds `rows` generated rows — the input of
 * the sync and payload measurements. Values look like a real register's (ids, names, dates,
 * percentages, statuses), so that the bytes per row are realistic.
 */
import { addDays } from "../../src/domain/dates";
import { register } from "../../src/domain/registers/catalogue";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import { structure } from "../../src/operations/structure";
import type { WorkbookHost } from "../../src/plan/host";
import type { PlanCell, WorkbookPlan } from "../../src/plan/plan";

const OWNERS = ["Lena Fischer", "Marco Rossi", "Priya Natarajan", "Tom Becker", "Aisha Khan"];
const STATUS = ["Not Started", "In Progress", "Complete", "At Risk"];
const TYPES = ["Gate", "Deliverable", "Decision", "Go-Live"];

export const SEED_AS_OF = "2026-09-30";

/** Row `i` of the generated milestone register, in catalogue column order (calculated columns null). */
export function milestoneRow(i: number): PlanCell[] {
  const project = `PRJ-${String((i % 40) + 1).padStart(2, "0")}`;
  const baseline = addDays("2025-01-06", (i * 7) % 900);
  const done = i % 3 === 0;
  const cells: Record<string, PlanCell> = {
    milestoneId: `M-${String(i + 1).padStart(6, "0")}`,
    projectId: project,
    milestone: `Milestone ${i + 1} of ${project}: design sign-off`,
    type: TYPES[i % TYPES.length]!,
    owner: OWNERS[i % OWNERS.length]!,
    baselineDate: { d: baseline },
    forecastDate: { d: addDays(baseline, i % 11) },
    actualDate: done ? { d: addDays(baseline, i % 5) } : null,
    percentComplete: done ? 1 : (i % 10) / 10,
    status: done ? "Complete" : STATUS[i % STATUS.length]!,
    predecessors: i > 0 ? `M-${String(i).padStart(6, "0")}` : null,
    notes: i % 4 === 0 ? "Waiting for the steering committee" : null,
  };
  return register("milestones").columns.map((c) => (c.calc ? null : cells[c.key] ?? null));
}

/** Row `i` of a generated action log: ten short columns, no calculated column. */
export function actionRow(i: number): PlanCell[] {
  const raised = addDays("2025-01-06", i % 600);
  const cells: Record<string, PlanCell> = {
    actionId: `A-${String(i + 1).padStart(6, "0")}`,
    projectId: `PRJ-${String((i % 40) + 1).padStart(2, "0")}`,
    meetingId: `MTG-${String((i % 90) + 1).padStart(3, "0")}`,
    action: `Follow up item ${i + 1}`,
    owner: OWNERS[i % OWNERS.length]!,
    raisedDate: { d: raised },
    dueDate: { d: addDays(raised, 14) },
    status: i % 2 ? "Open" : "Closed",
    completedDate: i % 2 ? null : { d: addDays(raised, 10) },
    notes: null,
  };
  return register("actions").columns.map((c) => cells[c.key] ?? null);
}

export function actionRowsPlan(rows: number): WorkbookPlan {
  const def = register("actions");
  return { ops: [{ kind: "appendTableRows", sheet: def.sheet, table: def.table, rows: Array.from({ length: rows }, (_x, i) => actionRow(i)) }] };
}

export function milestoneRowsPlan(rows: number, from = 0): WorkbookPlan {
  const def = register("milestones");
  return { ops: [{ kind: "appendTableRows", sheet: def.sheet, table: def.table, rows: Array.from({ length: rows }, (_x, i) => milestoneRow(from + i)) }] };
}

/** Structure, then `rows` milestones. */
export async function seedWorkbook(host: WorkbookHost, rows: number): Promise<void> {
  await host.apply(structure(await host.read(), { ...DEFAULT_SETTINGS, asOf: SEED_AS_OF }).plan);
  if (rows > 0) await host.apply(milestoneRowsPlan(rows));
}
