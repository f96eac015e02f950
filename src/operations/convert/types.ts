/**
 * What `convert` reports: the JSON of cli-and-report.md (`conversions`), extended with what a
 * user needs to trust it — what was filled in, cleared, de-duplicated or renamed — and the
 * proposals the task pane shows before anything is written.
 */
import type { RegisterKey } from "../../domain/registers/types";
import type { WorkbookPlan } from "../../plan/plan";

export interface MappingEntry {
  readonly sourceHeader: string;
  readonly sourceColumn: string;
  /** Register column header the source column goes to; null when it maps to none (see `unmapped`). */
  readonly column: string | null;
  /** Catalogue key of `column`; "@person" for a RACI role column; null when unmapped. */
  readonly key: string | null;
  readonly confidence: number;
}

export interface UnmappedEntry {
  readonly sourceHeader: string;
  readonly sourceColumn: string;
  /** The extra register column holding the values; null when the column held no value (nothing to carry). */
  readonly carriedAs: string | null;
}

export interface CellReport {
  /** A1 address on the source sheet. */
  readonly cell: string;
  /** The value as the source shows it. */
  readonly value: string;
  readonly reason: string;
}

export interface Conversion {
  /** "Sheet!A4:K20": the table's id in proposals and overrides. */
  readonly id: string;
  readonly sourceSheet: string;
  readonly sourceRange: string;
  readonly register: RegisterKey;
  readonly table: string;
  readonly targetSheet: string;
  /** 1-based worksheet row of the header (its lowest row for a multi-row header). */
  readonly headerRow: number;
  readonly confidence: number;
  /** Rows written to the register. */
  readonly rows: number;
  /** Rows whose values joined a row another table of this run wrote (same id, same title). */
  readonly merged: number;
  /** Rows already in the register (same id or same values), not written again. */
  readonly duplicates: number;
  readonly mapping: readonly MappingEntry[];
  readonly unmapped: readonly UnmappedEntry[];
  /** Values that could not be read as their column's type: kept as text in the register cell. */
  readonly rejected: readonly CellReport[];
  /** Values read as blank on purpose: placeholder dates, "TBD", "-" in a RACI. */
  readonly cleared: readonly CellReport[];
  /** Columns filled for every row from the context: a Project ID above the table, the RAID type a "Risk Register" implies. */
  readonly filled: readonly { readonly column: string; readonly value: string; readonly from: string }[];
  /** Heading rows ("Phase 1: …"): a Section column (RACI: rows without codes, as in the source). */
  readonly headings: number;
  /** Rows that hold no data (a pre-filled number only, unticked checkboxes). */
  readonly skipped: readonly { readonly cells: readonly string[]; readonly reason: string }[];
  /** Ids already used by a different row of this run: written with a suffix. */
  readonly renamed: readonly { readonly cell: string; readonly from: string; readonly to: string }[];
  /** Ids already in the register with other values: the register's row is left as it is. */
  readonly conflicts: readonly CellReport[];
  /** Ids generated for rows without one. */
  readonly generatedIds: number;
}

export interface Unrecognised {
  readonly id: string;
  readonly sheet: string;
  readonly range: string;
  readonly headers: readonly string[];
  readonly best: { readonly register: RegisterKey; readonly confidence: number } | null;
}

export interface ConvertSummary {
  readonly tablesFound: number;
  readonly converted: number;
  readonly rows: number;
  readonly duplicates: number;
  readonly rejected: number;
  readonly created: readonly RegisterKey[];
  readonly appended: readonly RegisterKey[];
  readonly unrecognised: readonly Unrecognised[];
  /** Sheets left alone: registers, Lists, Settings and the add-in's own sheets. */
  readonly skippedSheets: readonly string[];
  readonly warnings: readonly string[];
}

export interface ConvertResult {
  readonly plan: WorkbookPlan;
  readonly conversions: readonly Conversion[];
  readonly summary: ConvertSummary;
  /**
   * With `trace`: where each non-empty source cell went, by "Sheet!A1": "register <Header>
   * row <n>" (n = 0-based index among the rows written to that table by this plan), "heading",
   * "rejected", "cleared", "skipped", "duplicate", "metadata" or "context".
   */
  readonly trace?: ReadonlyMap<string, string>;
}

/** A column's proposed target: a catalogue key, null (extra column) or "@person" (RACI role). */
export interface ProposedColumn {
  readonly sourceHeader: string;
  readonly sourceColumn: string;
  readonly target: string | null;
  readonly confidence: number;
}

export interface ConversionProposal {
  readonly id: string;
  readonly sheet: string;
  readonly range: string;
  /** 1-based header row. */
  readonly headerRow: number;
  /** Proposed register; null when no register is confident enough (the user may still pick one). */
  readonly register: RegisterKey | null;
  readonly confidence: number;
  readonly alternatives: readonly { readonly register: RegisterKey; readonly confidence: number }[];
  readonly columns: readonly ProposedColumn[];
  /** Data rows the table holds. */
  readonly rows: number;
}

export interface ConversionOverride {
  /** The proposal's id. */
  readonly id: string;
  /** Leave this table alone. */
  readonly skip?: boolean;
  /** Convert as this register instead. */
  readonly register?: RegisterKey;
  /** Column targets by source column letter: a catalogue key, null (extra column) or "@person". */
  readonly columns?: Readonly<Record<string, string | null>>;
}

export interface ConvertOptions {
  readonly overrides?: readonly ConversionOverride[];
  /** Record where every source cell went (tests, the task pane's "show me" view). */
  readonly trace?: boolean;
}
