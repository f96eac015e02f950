import type { Iso } from "../../domain/dates";
import { workbookAsOf } from "../../operations/metrics";
import type { WorkbookSnapshot } from "../../plan/snapshot";

export interface ResolvedAsOf {
  readonly asOf: Iso;
  /** "workbook": a fixed date on the Settings sheet; "today": =TODAY() or no Settings sheet. */
  readonly source: "workbook" | "today";
}

/**
 * The As Of the pane works with: the Settings sheet's date when it holds a fixed one; today
 * (the pane's clock) when it holds =TODAY() or another formula, or when there is none. The
 * value a file caches for =TODAY() is the day it was last saved, so it is never used.
 */
export function resolveAsOf(wb: WorkbookSnapshot, today: Iso): ResolvedAsOf {
  const own = workbookAsOf(wb);
  if (!own.formula && own.iso) return { asOf: own.iso, source: "workbook" };
  return { asOf: today, source: "today" };
}
