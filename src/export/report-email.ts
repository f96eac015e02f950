/**
 * Everything the email form of a report is: subject, HTML body, plain-text body, the one-sheet
 * workbook, and the .eml draft that holds them all.
 */
import { reportSubject } from "../domain/report/build";
import type { StatusReport } from "../domain/report/model";
import type { Paper } from "../operations/report";
import { reportFileName, reportWorkbook, XLSX_TYPE } from "./attachment-workbook";
import { buildEml } from "./eml";
import { reportHtml } from "./html";
import { reportText } from "./text";

export interface ReportEmailOptions {
  readonly to: readonly string[];
  readonly from?: string;
  /** The Date of the draft. */
  readonly date: Date;
  readonly paper?: Paper;
  readonly maxRows?: number;
}

export interface ReportEmail {
  readonly subject: string;
  readonly html: string;
  readonly text: string;
  readonly attachment: { readonly filename: string; readonly bytes: Uint8Array };
  readonly eml: string;
}

export async function reportEmail(report: StatusReport, options: ReportEmailOptions): Promise<ReportEmail> {
  const rows = options.maxRows === undefined ? {} : { maxRows: options.maxRows };
  const subject = reportSubject(report);
  const html = reportHtml(report, rows);
  const text = reportText(report, rows);
  const attachment = { filename: reportFileName(report, "xlsx"), bytes: await reportWorkbook(report, options.paper ? { paper: options.paper } : {}) };
  const eml = buildEml({
    to: options.to,
    ...(options.from !== undefined ? { from: options.from } : {}),
    subject,
    text,
    html,
    attachments: [{ ...attachment, contentType: XLSX_TYPE }],
    date: options.date,
  });
  return { subject, html, text, attachment, eml };
}
