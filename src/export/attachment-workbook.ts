/**
 * The report as a workbook of its own, for the email: one sheet, the Status Report, values only
 * (the same plan operations as the sheet in the PMO workbook, without the link to a Metrics
 * sheet that this file does not have). Built with the file host, so it works in Node and in the
 * browser alike.
 */
import { FileHost } from "../hosts/file/file-host";
import { reportSheetOps, type Paper } from "../operations/report";
import type { StatusReport } from "../domain/report/model";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export async function reportWorkbook(report: StatusReport, options: { readonly paper?: Paper } = {}): Promise<Uint8Array> {
  const host = FileHost.create();
  await host.apply({ ops: reportSheetOps(report, { metricsLink: false, ...(options.paper ? { paper: options.paper } : {}) }) });
  return host.toBuffer();
}

/** "status-report-portfolio-2026-09-30.xlsx", "status-report-prj-01-2026-09-30.xlsx". */
export function reportFileName(report: StatusReport, ext: string): string {
  return `status-report-${report.header.scopeId.toLowerCase()}-${report.header.asOf}.${ext}`;
}
