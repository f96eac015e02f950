/**
 * Reading a RACI cell. Shared by the RACI rules and by conversion (which must decide whether a
 * column holds RACI codes), so both read a cell the same way.
 *
 * A cell holds letters R, A, C, I (and S in RASCI), in any case, combined with `/`, `,`, `+`,
 * `&`, `;`, spaces or nothing (`A/R`, `AR`, `r, c`). Blank, `-`, `–`, `—`, `N`, `N/A` and `NA`
 * mean "not involved". The whole English words (Responsible, Accountable, Consulted, Informed,
 * Support) are read as their letter, since some templates spell them out.
 */
import type { CellValue } from "../../cell";

export type RaciCode = "R" | "A" | "C" | "I" | "S";
export type RaciVariant = "RACI" | "RASCI";

export interface RaciCell {
  /** The codes of the cell; empty when the cell is not involved or cannot be read. */
  readonly codes: Set<RaciCode>;
  /** False when the cell holds something that is not a code (or S outside RASCI). */
  readonly valid: boolean;
}

/** The order codes are listed in messages. */
export const RACI_ORDER: readonly RaciCode[] = ["R", "A", "S", "C", "I"];

// "N/A" must be tested as a whole before splitting, or it would read as "N" and "A".
const NOT_INVOLVED = /^(?:|-|–|—|n|n\/a|na)$/i;
const SEPARATORS = /[/,+&;\s]+/;
const LETTERS = /^[RACIS]+$/;
const WORDS: Readonly<Record<string, RaciCode>> = {
  RESPONSIBLE: "R",
  ACCOUNTABLE: "A",
  CONSULTED: "C",
  CONSULT: "C",
  INFORMED: "I",
  INFORM: "I",
  SUPPORT: "S",
  SUPPORTS: "S",
  SUPPORTIVE: "S",
};

// Fresh sets each time, so that a caller may add to a result without touching another one.
function notInvolved(): RaciCell {
  return { codes: new Set<RaciCode>(), valid: true };
}

function invalid(): RaciCell {
  return { codes: new Set<RaciCode>(), valid: false };
}

/** Parses the text of one RACI cell. */
export function parseRaciCell(text: string, variant: RaciVariant): RaciCell {
  const t = text.trim();
  if (NOT_INVOLVED.test(t)) return notInvolved();
  const codes = new Set<RaciCode>();
  for (const token of t.toUpperCase().split(SEPARATORS)) {
    if (token === "") continue;
    const word = WORDS[token];
    if (word) {
      if (word === "S" && variant !== "RASCI") return invalid();
      codes.add(word);
      continue;
    }
    if (!LETTERS.test(token)) return invalid();
    for (const ch of token) {
      if (ch === "S" && variant !== "RASCI") return invalid();
      codes.add(ch as RaciCode);
    }
  }
  return { codes, valid: true };
}

/** Parses a cell value as read from a workbook: numbers, booleans and errors are not codes. */
export function parseRaciValue(value: CellValue, variant: RaciVariant): RaciCell {
  if (value === null) return notInvolved();
  if (typeof value === "string") return parseRaciCell(value, variant);
  return invalid();
}

/** True when the cell involves the person (at least one code). */
export function isInvolved(cell: RaciCell): boolean {
  return cell.codes.size > 0;
}

/** Codes in the conventional order, joined with "/" (for messages). */
export function formatCodes(codes: ReadonlySet<RaciCode>): string {
  return RACI_ORDER.filter((c) => codes.has(c)).join("/");
}
