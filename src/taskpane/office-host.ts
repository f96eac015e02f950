import type { WorkbookHost } from "../plan/host";

/**
 * The Office.js host the task pane uses inside Excel (src/hosts/office). The Office.js host is
 * not part of this build yet, so inside Excel the task pane says so instead of failing later;
 * this function is the one place that changes when it lands.
 */
export async function loadOfficeHost(): Promise<WorkbookHost> {
  throw new Error("This build of PMO Workbench does not include the Excel (Office.js) host yet. Use the preview page on a workbook file meanwhile.");
}
