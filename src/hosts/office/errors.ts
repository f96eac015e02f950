/** Errors of the Office host that a user can act on, and the Office.js error codes it reacts to. */

/**
 * A workbook-level problem, in one line that names the sheet and cell. Same name as the file
 * host's error so that the task pane treats both alike.
 */
export class WorkbookError extends Error {
  override readonly name = "WorkbookError";
}

/** Excel has no API the host needs (ExcelApi 1.4). */
export class UnsupportedExcelError extends Error {
  override readonly name = "UnsupportedExcelError";
}

/** The `code` of an OfficeExtension.Error, if `e` is one. */
export function officeErrorCode(e: unknown): string | undefined {
  if (typeof e !== "object" || e === null || !("code" in e)) return undefined;
  const code = (e as { code: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

export const RESPONSE_TOO_LARGE = "ResponsePayloadSizeLimitExceeded";
