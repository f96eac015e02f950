/**
 * User-facing text of the task pane, by id. Components take their words from here so that the
 * wording is reviewed in one place (and can be translated later without touching components).
 */
export const MESSAGES = {
  appTitle: "PMO Workbench",
  tabListLabel: "PMO Workbench sections",

  noWorkbookTitle: "No workbook open",
  noWorkbookBody: "Open an .xlsx or .xlsm workbook to start.",

  structureTitle: "Structure",
  structureDescription: "The registers a PMO workbook keeps, each an Excel table on its own sheet. Missing registers are created empty; existing ones keep every row and get any missing columns.",
  structureReading: "Reading the workbook…",
  structureApplying: "Creating registers…",
  structureCreate: "Create registers",
  structureRefresh: "Refresh",
  structureDone: "The workbook has every register and column.",
  structurePresent: "Present",
  structureMissing: "Missing",
  structureListLabel: "Registers",
  structureBlockedTitle: "Some registers were not created",
  structureAppliedTitle: "Registers created",
  structureNothingTitle: "Nothing to do",
  structureSkippedTitle: "Some changes were skipped",
  structureErrorTitle: "Could not update the workbook",
  readErrorTitle: "Could not read the workbook",

  validateTitle: "Validate",
  validateDescription: "Checks the RACI matrix, milestones, RAID log and actions against the rules, and lists each finding with the cell it is about.",
  trendsTitle: "Trends",
  trendsDescription: "Snapshots of project status and milestone dates over time, with live formulas, PivotTables and charts on the Metrics sheet.",
  reportTitle: "Report",
  reportDescription: "The Status Report sheet for managers, and the same report as an email draft.",
  settingsTitle: "Settings",
  settingsDescription: "Thresholds of the rules and metrics (risk scores, slip days, cost variance). The workbook keeps them on its Settings sheet.",
  comingSoon: "This section is being built.",

  fileToolbarLabel: "Workbook file",
  fileOpen: "Open workbook",
  fileDownload: "Download workbook",
  fileInputLabel: "Workbook file to open",
  fileOpening: "Opening…",
  fileOpenErrorTitle: "Could not open the workbook",
  fileSaveErrorTitle: "Could not save the workbook",
  outsideExcelTitle: "Not running inside Excel",
  outsideExcelBody: "This page works on a workbook file instead: open one, use the tabs, then download the result.",
  officeHostMissingTitle: "Excel connection not available",
} as const;

export type MessageId = keyof typeof MESSAGES;

/** Messages with values in them. */
export const FORMATS = {
  registersPresent: (present: number, total: number): string => `${present} of ${total} registers present`,
  tableOnSheet: (table: string, sheet: string): string => `${table} on sheet ${sheet}`,
  missingColumns: (headers: readonly string[]): string => `Missing columns: ${headers.join(", ")}`,
} as const;

/** "1 register" / "3 registers". */
export function plural(n: number, one: string, many: string = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
