import type { WorkbookPlan } from "./plan";
import type { WorkbookSnapshot } from "./snapshot";

/** What a host can do; the task pane shows what is unavailable instead of failing late. */
export interface HostCapabilities {
  readonly pivotTables: boolean;
  readonly charts: boolean;
  readonly dataValidation: boolean;
  readonly conditionalFormats: boolean;
  /** Requirement sets or features missing, in words for the user. */
  readonly missing: readonly string[];
}

export interface ApplyResult {
  /** Number of plan operations carried out. */
  readonly applied: number;
  /** Sheets created or changed, in the order first touched. */
  readonly sheets: readonly string[];
  /** Operations skipped because the host lacks the capability, with the reason. */
  readonly skipped: readonly { readonly kind: string; readonly reason: string }[];
}

export type Progress = (done: number, total: number, label?: string) => void;

/** The one interface operations and the UI use to reach a workbook. */
export interface WorkbookHost {
  readonly kind: "file" | "office";
  read(options?: { readonly sheets?: readonly string[] }): Promise<WorkbookSnapshot>;
  apply(plan: WorkbookPlan, progress?: Progress): Promise<ApplyResult>;
  capabilities(): HostCapabilities;
  /** Selects and shows a cell (a finding's location). */
  select(sheet: string, cell: string): Promise<void>;
}
