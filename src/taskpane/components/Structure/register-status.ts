/**
 * What the Structure tab lists: each register of the catalogue, whether the workbook has its
 * table, and what the structure operation would do to it. Pure, so the tab's logic is tested
 * without rendering.
 */
import { REGISTERS } from "../../../domain/registers/catalogue";
import type { RegisterKey } from "../../../domain/registers/types";
import type { ApplyResult } from "../../../plan/host";
import { findTable, type WorkbookSnapshot } from "../../../plan/snapshot";
import type { StructureSummary } from "../../../operations/structure";
import { MESSAGES, plural } from "../../messages";

export type RegisterState =
  /** Its table is there with every catalogue column. */
  | "present"
  /** Its table is there; the operation adds the columns listed in `missingColumns`. */
  | "incomplete"
  /** No table; the operation creates it. */
  | "missing"
  /** No table, and a sheet of that name holds other data: the operation leaves it alone. */
  | "blocked";

export interface RegisterStatus {
  readonly key: RegisterKey;
  readonly title: string;
  readonly sheet: string;
  readonly table: string;
  readonly state: RegisterState;
  readonly missingColumns: readonly string[];
  /** Why a blocked register is not created. */
  readonly reason?: string;
}

export function registerStatuses(wb: WorkbookSnapshot, summary: StructureSummary): RegisterStatus[] {
  const added = new Map(summary.upgraded.map((u) => [u.register, u.added]));
  const blocked = new Map(summary.blocked.map((b) => [b.register, b.reason]));
  return REGISTERS.map((def) => {
    const found = findTable(wb, def.table);
    const missingColumns = added.get(def.key) ?? [];
    const reason = blocked.get(def.key);
    const state: RegisterState = found ? (missingColumns.length ? "incomplete" : "present") : reason ? "blocked" : "missing";
    return {
      key: def.key,
      title: def.title,
      sheet: found?.sheet.name ?? def.sheet,
      table: def.table,
      state,
      missingColumns,
      ...(reason ? { reason } : {}),
    };
  });
}

export interface Outcome {
  readonly intent: "success" | "info" | "warning";
  readonly title: string;
  readonly text: string;
}

/** The message shown after "Create registers": what changed, and anything the host skipped. */
export function describeOutcome(summary: StructureSummary, applied: ApplyResult | null): Outcome {
  if (!applied) return { intent: "info", title: MESSAGES.structureNothingTitle, text: MESSAGES.structureDone };
  const parts: string[] = [];
  if (summary.created.length) parts.push(`Created ${plural(summary.created.length, "register")}.`);
  if (summary.upgraded.length) {
    const columns = summary.upgraded.reduce((n, u) => n + u.added.length, 0);
    parts.push(`Added ${plural(columns, "column")} to ${plural(summary.upgraded.length, "register")}.`);
  }
  const extras = [summary.listsCreated ? "Lists" : null, summary.settingsCreated ? "Settings" : null].filter((s): s is string => s !== null);
  if (extras.length) parts.push(`Created the ${extras.join(" and ")} ${extras.length === 1 ? "sheet" : "sheets"}.`);
  if (summary.settingsAdded.length) parts.push(`Added ${summary.settingsAdded.join(", ")}.`);
  if (summary.blocked.length) parts.push(summary.blocked.map((b) => b.reason).join(" "));
  if (applied.skipped.length) {
    const skipped = applied.skipped.map((s) => `${s.kind}: ${s.reason}`).join("; ");
    return { intent: "warning", title: MESSAGES.structureSkippedTitle, text: `${parts.join(" ")} Skipped ${skipped}.`.trim() };
  }
  if (summary.blocked.length) return { intent: "warning", title: MESSAGES.structureBlockedTitle, text: parts.join(" ") };
  return { intent: "success", title: MESSAGES.structureAppliedTitle, text: parts.join(" ") };
}
