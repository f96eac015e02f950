import { FORMATS } from "./messages";
import type { PaneError } from "./state/task";

/** The text to show for anything a host or operation threw. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === "string" && error) return error;
  return "Unexpected error.";
}

function stringField(o: object, key: string): string | undefined {
  const v = (o as Record<string, unknown>)[key];
  return typeof v === "string" && v ? v : undefined;
}

/**
 * Where an error happened, when the error says: `sheet` and `cell` (or `address`) fields, or an
 * Office.js error's debugInfo.errorLocation when that is a cell address ("RACI!D7").
 */
export function errorLocation(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const sheet = stringField(error, "sheet");
  const cell = stringField(error, "cell") ?? stringField(error, "address");
  if (sheet) return FORMATS.location(sheet, cell);
  const debug = (error as { debugInfo?: unknown }).debugInfo;
  if (typeof debug === "object" && debug !== null) {
    const where = stringField(debug, "errorLocation");
    const m = where ? /^'?(.+?)'?!\$?([A-Z]{1,3}\$?\d+)$/.exec(where) : null;
    if (m) return FORMATS.location(m[1]!.replace(/''/g, "'"), m[2]!.replace(/\$/g, ""));
  }
  return undefined;
}

/** An error as a MessageBar shows it: a title, the message, and the sheet and cell when known. */
export function paneError(title: string, error: unknown): PaneError {
  const location = errorLocation(error);
  return { title, message: errorMessage(error), ...(location ? { location } : {}) };
}
