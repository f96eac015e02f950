import type { RegisterKey } from "../../../domain/registers/types";
import type { ConversionOverride, ConversionProposal, ProposedColumn } from "../../../operations/convert";
import { ALL_SHEETS, type TableChoice } from "./actions";
import type { ConvertState } from "./reducer";

/** Column target meaning "a RACI role (person) column" (domain/ingest/detect's PERSON). */
export const PERSON_TARGET = "@person";

/** The proposals of the chosen sheet (or of every sheet the user may convert). */
export function shownProposals(state: ConvertState): readonly ConversionProposal[] {
  const wanted = new Set((state.sheet === ALL_SHEETS ? state.sheets : [state.sheet]).map((s) => s.toLowerCase()));
  return (state.proposals ?? []).filter((p) => wanted.has(p.sheet.toLowerCase()));
}

/** The register a table goes to now: the user's pick, else the proposal's; null = skipped or not recognised. */
export function chosenRegister(p: ConversionProposal, choice: TableChoice | undefined): RegisterKey | null {
  const r = choice?.register;
  if (r === "skip") return null;
  return r ?? p.register;
}

/** The table's columns with detection's targets for the register now chosen. */
export function baseColumns(p: ConversionProposal, choice: TableChoice | undefined): readonly ProposedColumn[] {
  return choice?.mapping ?? p.columns;
}

/** A column's target now: the user's, else detection's for the chosen register. */
export function chosenTarget(p: ConversionProposal, choice: TableChoice | undefined, letter: string): string | null {
  const set = choice?.columns;
  if (set && letter in set) return set[letter] ?? null;
  return baseColumns(p, choice).find((c) => c.sourceColumn === letter)?.target ?? null;
}

/**
 * The overrides that make `convert` do what the pane shows: tables of other sheets skipped;
 * a table the user changed gets its register and every column's target spelled out.
 */
export function overridesOf(state: ConvertState): ConversionOverride[] {
  const shown = new Set(shownProposals(state).map((p) => p.id));
  const out: ConversionOverride[] = [];
  for (const p of state.proposals ?? []) {
    const choice = state.choices[p.id];
    if (!shown.has(p.id) || choice?.register === "skip") {
      out.push({ id: p.id, skip: true });
      continue;
    }
    if (!choice) continue;
    const reg = chosenRegister(p, choice);
    if (!reg) continue;
    const columns: Record<string, string | null> = {};
    for (const c of baseColumns(p, choice)) columns[c.sourceColumn] = chosenTarget(p, choice, c.sourceColumn);
    out.push({ id: p.id, register: reg, columns });
  }
  return out;
}

/** Tables that will be converted as things stand. */
export function convertibleCount(state: ConvertState): number {
  return shownProposals(state).filter((p) => chosenRegister(p, state.choices[p.id]) !== null).length;
}
