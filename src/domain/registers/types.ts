/**
 * Types of the register catalogue (../shared/spec/registers.md). The catalogue is the contract
 * between conversion, validation, metrics and the report: sheet names, table names and headers
 * never change once published, so every consumer refers to columns by `key`.
 */

export type ColumnType =
  | "id"
  | "text"
  | "person"
  | "date"
  | "number"
  | "percent"
  | "enum"
  | "ids"
  | "rag"
  /** A RACI cell: R, A, C, I (S in RASCI) or a combination such as A/R. */
  | "raci";

export type RegisterKey =
  | "projects"
  | "milestones"
  | "raid"
  | "raci"
  | "actions"
  | "decisions"
  | "meetings"
  | "documents"
  | "stakeholders"
  | "statusHistory"
  | "milestoneHistory";

/** Names of the enum lists kept on the Lists sheet. */
export type ListName =
  | "Stage"
  | "Milestone Type"
  | "Milestone Status"
  | "Schedule State"
  | "RAID Type"
  | "Severity"
  | "RAID Status"
  | "Yes No"
  | "Action Status"
  | "Decision Status"
  | "Document Status"
  | "Level"
  | "RAG";

/** Calculated columns are formulas written by the add-in; their formula text lives in domain/metrics. */
export type CalcKey = "slipDays" | "scheduleState" | "score" | "severity";

export interface ColumnDef {
  /** Stable key used by code (camelCase). */
  readonly key: string;
  /** Header text in the register table: the contract. */
  readonly header: string;
  readonly type: ColumnType;
  readonly required?: boolean;
  /** For enum and rag columns: the list on the Lists sheet. */
  readonly list?: ListName;
  /** Present on calculated (formula) columns. Conversion leaves them alone. */
  readonly calc?: CalcKey;
  /** For number columns with a fixed range (Probability, Impact: 1–5). */
  readonly min?: number;
  readonly max?: number;
  /** Other header texts meaning this column, used when converting someone's own sheet. Lower-case not required. */
  readonly aliases: readonly string[];
  /** Column width in characters (Excel units). */
  readonly width: number;
}

export interface RegisterDef {
  readonly key: RegisterKey;
  /** Human name shown in the task pane. */
  readonly title: string;
  readonly sheet: string;
  readonly table: string;
  readonly columns: readonly ColumnDef[];
  /** Key of the column that identifies a row (used for de-duplication and finding keys). */
  readonly idKey: string;
  /**
   * RACI has one column per person or role after its fixed columns; those columns are
   * open-ended and typed `raci`.
   */
  readonly openColumns?: "raci";
  /** Other names people give this kind of sheet/table; used by detection. */
  readonly aliases: readonly string[];
  /** Generated registers (history) are written by snapshot, never converted into. */
  readonly generated?: boolean;
}
