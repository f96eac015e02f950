import type { RegisterKey } from "../../../domain/registers/types";
import type { ConversionProposal, ConvertSummary, ProposedColumn } from "../../../operations/convert";
import type { TaskAction } from "../task";

/** "" = every sheet. */
export const ALL_SHEETS = "";

/**
 * The user's choice for one table: a register (or "skip"), and column targets by source column
 * letter (a catalogue key, "@person", or null for an extra column). Absent: as proposed.
 */
export interface TableChoice {
  readonly register?: RegisterKey | "skip";
  /** Detection's mapping for the register picked (absent: the proposal's). */
  readonly mapping?: readonly ProposedColumn[];
  readonly columns?: Readonly<Record<string, string | null>>;
}

export type ConvertAction =
  | { readonly type: "convert/sheets"; readonly sheets: readonly string[]; readonly active: string | null }
  | { readonly type: "convert/sheet"; readonly sheet: string }
  | { readonly type: "convert/findTask"; readonly task: TaskAction }
  | { readonly type: "convert/proposals"; readonly proposals: readonly ConversionProposal[] }
  | { readonly type: "convert/register"; readonly id: string; readonly register: RegisterKey | "skip"; readonly mapping?: readonly ProposedColumn[] }
  | { readonly type: "convert/column"; readonly id: string; readonly column: string; readonly target: string | null }
  | { readonly type: "convert/convertTask"; readonly task: TaskAction }
  | { readonly type: "convert/converted"; readonly summary: ConvertSummary };

export const convertActions = {
  sheets: (sheets: readonly string[], active: string | null): ConvertAction => ({ type: "convert/sheets", sheets, active }),
  sheet: (sheet: string): ConvertAction => ({ type: "convert/sheet", sheet }),
  findTask: (task: TaskAction): ConvertAction => ({ type: "convert/findTask", task }),
  proposals: (proposals: readonly ConversionProposal[]): ConvertAction => ({ type: "convert/proposals", proposals }),
  register: (id: string, register: RegisterKey | "skip", mapping?: readonly ProposedColumn[]): ConvertAction => ({ type: "convert/register", id, register, ...(mapping ? { mapping } : {}) }),
  column: (id: string, column: string, target: string | null): ConvertAction => ({ type: "convert/column", id, column, target }),
  convertTask: (task: TaskAction): ConvertAction => ({ type: "convert/convertTask", task }),
  converted: (summary: ConvertSummary): ConvertAction => ({ type: "convert/converted", summary }),
} as const;
