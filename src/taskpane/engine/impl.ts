/**
 * The engine as the task pane uses it: the operations and the pane's helpers over snapshots.
 * Loaded lazily (engine/index.ts) so that none of it is in the pane's initial scripts.
 */
import { readMetricInputs } from "../../domain/metrics/inputs";
import { projectIds } from "../../domain/metrics/reference";
import { RULES } from "../../domain/rules/index";
import { structuredRegisters } from "../../plan/structured";
import type { WorkbookSnapshot } from "../../plan/snapshot";

export { settingsOf } from "../../cli/settings-from-workbook";
export { convert, proposeConversions } from "../../operations/convert";
export { metrics } from "../../operations/metrics";
export { report } from "../../operations/report";
export { snapshot } from "../../operations/snapshot";
export { validate } from "../../operations/validate";
export { reportSubject } from "../../domain/report/build";
export { reportHtml } from "../../export/html";
export { reportText } from "../../export/text";
export { resolveAsOf } from "./as-of";
export { remapProposal } from "./remap";
export { readSettingsTable, settingsPlan } from "./settings-table";
export { convertSheets } from "./sheets";

/** The Project IDs the report can be built for (as the report operation finds them). */
export function reportProjects(wb: WorkbookSnapshot): string[] {
  return projectIds(readMetricInputs(structuredRegisters(wb)));
}

/** What each rule checks, by rule id (the rule's own docs). */
export function ruleDescriptions(): Record<string, string> {
  return Object.fromEntries(RULES.map((r) => [r.meta.id, r.meta.docs.description]));
}
