/**
 * Which register a table is, and which of its columns is which catalogue column. Each register
 * is tried: its columns are matched to the table's by header (header-match.ts) weighted by what
 * the values are (column-profile.ts), one to one, best pairs first; the register's confidence
 * says how much of it was found and how much of the table it explains. A RACI matrix is found
 * from its content instead: a grid of R/A/C/I letters is one whatever its headers say.
 */
import { colName } from "../a1";
import { REGISTERS, register } from "../registers/catalogue";
import type { ColumnDef, RegisterDef, RegisterKey } from "../registers/types";
import { isRaciCode } from "./coerce";
import { isStrictType, profileColumns, typeFit, uniqueness, type ColumnProfile } from "./column-profile";
import { headerScores, normaliseHeader, registerNameScore } from "./header-match";
import type { TableLayout } from "./layout";
import { Memo } from "./memo";

/** The text column that names a row of each register (its title). */
export const TITLE_KEYS: Readonly<Record<RegisterKey, string>> = {
  projects: "projectName",
  milestones: "milestone",
  raid: "title",
  raci: "activity",
  actions: "action",
  decisions: "decision",
  meetings: "title",
  documents: "title",
  stakeholders: "name",
  statusHistory: "projectId",
  milestoneHistory: "milestoneId",
};

/** A column is mapped only when its score reaches this. */
export const MAP_THRESHOLD = 0.5;
/** A table is converted as its best register only when the confidence reaches this. */
export const REGISTER_THRESHOLD = 0.5;

export interface ColumnChoice {
  /** Index into the layout's columns. */
  readonly index: number;
  /** Catalogue key, or null: an extra column (or a RACI person when `person`). */
  readonly key: string | null;
  readonly confidence: number;
  readonly person?: boolean;
}

export interface RegisterMatch {
  readonly register: RegisterKey;
  readonly confidence: number;
  /** One choice per layout column, in order. */
  readonly columns: readonly ColumnChoice[];
}

export interface TableEvidence {
  readonly layout: TableLayout;
  readonly profiles: readonly ColumnProfile[];
  /** Header text per column ("" when the column has none). */
  readonly headers: readonly string[];
  /** Sheet name, titles and table name: what the table is called. */
  readonly names: readonly string[];
  readonly date1904: boolean;
}

export function tableEvidence(layout: TableLayout, date1904: boolean): TableEvidence {
  return {
    layout,
    profiles: profileColumns(layout.rows, layout.columns.length),
    headers: layout.columns.map((c) => c.header),
    names: [layout.sheet, ...layout.titles, ...(layout.excelTable ? [layout.excelTable] : [])],
    date1904,
  };
}

/** A column's score for a catalogue column: the header's, weighted by how well the values fit. */
function pairScore(ev: TableEvidence, i: number, reg: RegisterDef, def: ColumnDef, header: number): number {
  const p = ev.profiles[i]!;
  const fit = typeFit(p, def, ev.date1904);
  // A header that names the column exactly keeps it even when the values do not fit: they are
  // kept as text and reported as rejected, which tells the user more than an extra column.
  const floor = header >= 0.9 ? MAP_THRESHOLD : 0;
  let s = isStrictType(def) ? Math.max(floor, header * (0.25 + 0.75 * fit)) : header * (0.6 + 0.4 * fit);
  // The register's own id is unique per row; a column repeating its values is a reference
  // (the Project Id of a task list), not the id of this register.
  // (A document register lists each version of a document: there the id repeats.)
  if (def.key === reg.idKey && reg.key !== "documents" && uniqueness(p) < 0.75) s *= 0.4;
  return s;
}

/** Columns that count for coverage: those holding values (timeline columns of a Gantt hold none); all headed ones of an empty table. */
const nonEmpty = (ev: TableEvidence, i: number) => !ev.layout.columns[i]!.timeline && (ev.layout.rows.length ? ev.profiles[i]!.values.length > 0 : ev.headers[i] !== "");

/** Required text columns a description-like column may stand in for when the table has no title. */
const STAND_INS: Readonly<Record<string, readonly string[]>> = {
  title: ["description", "response"],
  milestone: ["notes"],
  action: ["notes"],
  decision: ["rationale"],
  projectName: ["notes"],
};

/**
 * Header scores of a column for a register. Under a group band ("Dates" over "Planned",
 * "Actual") the column's own text is tried alone as well as with its band.
 */
function columnHeaderScores(ev: TableEvidence, i: number, def: RegisterDef): Map<string, number> {
  const col = ev.layout.columns[i]!;
  const scores = headerScores(ev.headers[i] ?? "", def);
  if (col.parts.length > 1) {
    for (const [k, v] of headerScores(col.parts[col.parts.length - 1]!, def)) if (v > (scores.get(k) ?? 0)) scores.set(k, v);
  }
  return scores;
}

/** One-to-one matching of the table's columns to a register's catalogue columns, best pairs first. */
export function mapColumns(ev: TableEvidence, def: RegisterDef, fixed: ReadonlyMap<number, string | null> = new Map()): ColumnChoice[] {
  const pairs: { i: number; key: string; score: number }[] = [];
  ev.headers.forEach((h, i) => {
    if (fixed.has(i) || !h) return;
    for (const [key, hs] of columnHeaderScores(ev, i, def)) {
      const cdef = def.columns.find((c) => c.key === key)!;
      const s = pairScore(ev, i, def, cdef, hs);
      if (s >= MAP_THRESHOLD) pairs.push({ i, key, score: s });
    }
  });
  // Ties go to the column holding values ("Predecessor" empty beside "Predecessors" filled).
  const filled = (i: number) => (ev.profiles[i]!.values.length > 0 ? 1 : 0);
  pairs.sort((a, b) => b.score - a.score || filled(b.i) - filled(a.i) || a.i - b.i);
  const byIndex = new Map<number, { key: string | null; score: number }>();
  const taken = new Set<string>();
  for (const [i, key] of fixed) {
    byIndex.set(i, { key, score: 1 });
    if (key) taken.add(key);
  }
  for (const p of pairs) {
    if (byIndex.has(p.i) || taken.has(p.key)) continue;
    byIndex.set(p.i, { key: p.key, score: p.score });
    taken.add(p.key);
  }
  // A register's required title is better filled from a description than left empty.
  for (const [req, from] of Object.entries(STAND_INS)) {
    if (!def.columns.some((c) => c.key === req) || taken.has(req)) continue;
    for (const f of from) {
      // Only a column that really holds descriptions: a header that says so, or sentences.
      const hit = [...byIndex.entries()].find(([i, v]) => v.key === f && !fixed.has(i) && (ev.profiles[i]!.longTexts > 0 || (v.score >= 0.9 && ev.profiles[i]!.values.length === 0)));
      if (hit) {
        byIndex.set(hit[0], { key: req, score: hit[1].score * 0.9 });
        taken.delete(f);
        taken.add(req);
        break;
      }
    }
  }
  // A first column without a header holding short distinct tokens (1, 1.1, 1.2…) is the id.
  if (!taken.has(def.idKey) && ev.headers.length > 1 && !ev.headers[0] && !byIndex.has(0) && !fixed.has(0)) {
    const p = ev.profiles[0]!;
    const cdef = def.columns.find((c) => c.key === def.idKey)!;
    if (p.values.length >= 0.6 * ev.layout.rows.length && p.longTexts === 0 && typeFit(p, cdef, ev.date1904) >= 0.9 && uniqueness(p) >= 0.9) {
      byIndex.set(0, { key: def.idKey, score: 0.55 });
      taken.add(def.idKey);
    }
  }
  return ev.headers.map((_h, i) => {
    const m = byIndex.get(i);
    return { index: i, key: m?.key ?? null, confidence: round(m?.score ?? 0) };
  });
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

/**
 * How well the table's names (sheet, titles above it, Excel table name) name the register. The
 * nearest title ("ACTIONS" under a "RAID LOG" banner) and the sheet name count fully, titles
 * further up half.
 */
function nameScore(ev: TableEvidence, def: RegisterDef): number {
  const titles = ev.layout.titles;
  const weighted: [string, number][] = [
    [ev.layout.sheet, 1],
    ...titles.map((t, i): [string, number] => [t, i === titles.length - 1 ? 1 : 0.5]),
    ...(ev.layout.excelTable ? [[ev.layout.excelTable, 1] as [string, number]] : []),
  ];
  let best = 0;
  for (const [n, w] of weighted) if (registerNameScore(n, def) >= 0.8) best = Math.max(best, w);
  return best;
}

/** Catalogue keys found in three or more registers (Owner, Status, Notes…): weaker evidence of any one of them. */
const GENERIC_KEYS: ReadonlySet<string> = (() => {
  const count = new Map<string, number>();
  for (const r of REGISTERS) if (!r.generated) for (const c of r.columns) count.set(c.key, (count.get(c.key) ?? 0) + 1);
  return new Set([...count].filter(([, n]) => n >= 3).map(([k]) => k));
})();

const RAID_TYPE_WORDS: readonly [RegExp, string][] = [
  [/\brisks?\b/i, "Risk"],
  [/\bissues?\b/i, "Issue"],
  [/\bassumptions?\b/i, "Assumption"],
  [/\bdependenc(y|ies)\b/i, "Dependency"],
];

/**
 * The RAID type a table's names give all its rows ("Risk Register", a "RISKS" section, an
 * "Issue Log" sheet), when exactly one type is named; null for a combined RAID log.
 */
export function namedRaidType(names: readonly string[]): string | null {
  const found = new Set<string>();
  for (const n of names) {
    const text = n.replace(/_+/g, " ");
    for (const [re, type] of RAID_TYPE_WORDS) if (re.test(text)) found.add(type);
  }
  return found.size === 1 ? [...found][0]! : null;
}

/** What names a RAID table's rows: its sheet, titles, and the header of its title column ("Risk"). */
export function raidTypeNames(ev: TableEvidence, columns: readonly ColumnChoice[]): string[] {
  const title = columns.find((c) => c.key === "title");
  return [ev.layout.sheet, ...ev.layout.titles, ...(title ? [ev.headers[title.index] ?? ""] : [])];
}

/** Confidence that the table is register `def`, given its column choices. */
export function registerConfidence(ev: TableEvidence, def: RegisterDef, columns: readonly ColumnChoice[]): number {
  const mapped = columns.filter((c) => c.key !== null);
  // Two columns are enough only when they are the register's id and name (a side table of
  // project facts keyed by Project Id); otherwise two generic headers could be anything.
  const keyPair = mapped.length === 2 && mapped.every((m) => m.confidence >= 0.9) && mapped.some((m) => m.key === TITLE_KEYS[def.key]);
  if (mapped.length < 3 && !keyPair) return 0;
  // Partial matches of generic words ("Employee Name" for a name, "S.No" for an id) are not
  // enough: at least two columns must be named outright for this register.
  const strong = mapped.filter((m) => m.confidence >= 0.9 && (!GENERIC_KEYS.has(m.key!) || m.key === def.idKey || m.key === TITLE_KEYS[def.key])).length;
  if (strong < 2) return 0;
  const derived = new Set<string>();
  if (def.key === "raid" && namedRaidType(raidTypeNames(ev, columns))) derived.add("type");
  const required = def.columns.filter((c) => c.required && (c.key !== def.idKey || def.key === "stakeholders"));
  const reqFrac = required.length ? required.filter((r) => derived.has(r.key) || mapped.some((m) => m.key === r.key)).length / required.length : 1;
  const sum = mapped.reduce((s, c) => s + c.confidence * (GENERIC_KEYS.has(c.key!) ? 0.6 : 1), 0);
  const nCols = ev.headers.filter((_h, i) => nonEmpty(ev, i)).length;
  const coverage = Math.min(1, (1.3 * sum) / Math.max(2, nCols));
  const presence = Math.min(1, sum / 3);
  const name = nameScore(ev, def);
  let conf = 0.3 * reqFrac + 0.25 * coverage + 0.25 * presence + 0.2 * name;
  if (reqFrac < 1) conf *= 0.8;
  // A column named like the register's id whose values repeat says the rows are something else
  // (the tasks of projects, not projects).
  const idDef = def.columns.find((c) => c.key === def.idKey)!;
  const repeatedId = def.key !== "documents" && ev.headers.some((h, i) => h && (headerScores(h, def).get(def.idKey) ?? 0) >= 0.9 && uniqueness(ev.profiles[i]!) < 0.75 && typeFit(ev.profiles[i]!, idDef, ev.date1904) > 0.5);
  if (repeatedId) conf *= 0.6;
  return round(Math.min(1, conf));
}

// ------------------------------------------------------------------ RACI

export interface RaciShape {
  /** Layout column indexes of the person (role) columns. */
  readonly people: readonly number[];
  readonly activity: number | null;
  readonly activityId: number | null;
  readonly projectId: number | null;
  readonly confidence: number;
}

/** Every table is tried as a RACI: its cells are looked at again and again, the same words each time. */
const RAG_WORDS = new Memo((v) => /^(g|green|amber|red)$/i.test(v.trim()));

const RACI_WORD = /\b(raci|rasci|raci matrix|responsibility)\b/i;

function isCodeColumn(p: ColumnProfile): boolean {
  return p.codes >= 1 && (p.codes + p.notInvolved) / p.values.length >= 0.8;
}

/** The RACI reading of a table: its person columns and its activity column, or null. */
export function raciShape(ev: TableEvidence, fixedPeople?: readonly number[]): RaciShape | null {
  const raci = register("raci");
  const code = ev.profiles.map(isCodeColumn);
  const codeCols = code.flatMap((c, i) => (c ? [i] : []));
  const named = ev.names.some((n) => RACI_WORD.test(n) || registerNameScore(n, raci) >= 0.8);
  const combined = codeCols.some((i) => ev.profiles[i]!.combined > 0);
  const letters = new Set<string>();
  for (const i of codeCols) for (const v of ev.profiles[i]!.values) if (typeof v === "string") for (const ch of v.toUpperCase()) if ("RACIS".includes(ch)) letters.add(ch);
  const hasBody = ev.layout.rows.length > 0;
  // Coded rows: a matrix assigns several activities. A G (or Green/Amber) beside the letters
  // makes them RAG ratings, not RACI codes.
  const codedRows = ev.layout.rows.filter((r) => codeCols.some((i) => isRaciCode(r.values[i] ?? null))).length;
  const rag = ev.layout.rows.some((r) => r.values.some((v) => typeof v === "string" && RAG_WORDS.get(v)));
  const byContent = !rag && (codedRows >= 2 || named) && (codeCols.length >= 2 ? letters.size >= (named ? 1 : 2) : codeCols.length === 1 && (combined || named) && letters.size >= 2);
  if (!fixedPeople && !byContent && !(named && !hasBody && ev.headers.length >= 3)) return null;

  const headerOf = (i: number, key: string) => headerScores(ev.headers[i] ?? "", raci).get(key) ?? 0;
  const firstCode = codeCols.length ? codeCols[0]! : ev.headers.length;
  // The activity column: text left of the codes, preferring a header that says so, then the
  // column with the most (and longest) distinct texts.
  const leftCols = ev.headers.map((_h, i) => i).filter((i) => i < firstCode && !code[i] && !fixedPeople?.includes(i));
  const activityScore = (i: number) => {
    const p = ev.profiles[i]!;
    return headerOf(i, "activity") * 2 + p.distinctTexts / Math.max(1, ev.layout.rows.length) + p.longTexts / Math.max(1, p.values.length) * 0.5 - (p.texts < p.values.length * 0.6 ? 1 : 0);
  };
  const activity = leftCols.length ? leftCols.reduce((b, i) => (activityScore(i) > activityScore(b) ? i : b)) : null;
  if (activity === null && !fixedPeople) return null;
  // An id column: short tokens or numbers on (nearly) every row, left of the activity.
  const rowsN = Math.max(1, ev.layout.rows.length);
  const idLike = (i: number) => {
    const p = ev.profiles[i]!;
    const shortTokens = p.values.filter((v) => typeof v === "number" || (typeof v === "string" && v.trim().length <= 15 && v.trim().split(/\s+/).length <= 2)).length;
    return p.values.length >= 0.8 * rowsN && shortTokens >= 0.9 * p.values.length;
  };
  const idCands = leftCols.filter((i) => i !== activity && ((headerOf(i, "activityId") >= 0.6 && ev.profiles[i]!.longTexts === 0) || (i < (activity ?? 0) && idLike(i))));
  const activityId = idCands.find((i) => headerOf(i, "activityId") >= 0.6) ?? idCands[0] ?? null;
  const projectId = leftCols.find((i) => i !== activity && i !== activityId && headerOf(i, "projectId") >= 0.75) ?? null;
  // People: the code columns, and columns right of the activity that have a header but no
  // value yet (a role that is assigned nothing is still a role of the matrix).
  const all = ev.headers.map((_h, i) => i);
  const people = fixedPeople
    ? [...fixedPeople]
    : codeCols.length
      ? all.filter((i) => code[i] || (i > (activity ?? -1) && i > firstCode && ev.profiles[i]!.values.length === 0 && ev.headers[i] !== ""))
      : all.filter((i) => i > (activity ?? -1) && i !== activityId && i !== projectId && ev.headers[i] !== "");
  const codeFrac = codeCols.length ? codeCols.reduce((s, i) => s + (ev.profiles[i]!.codes + ev.profiles[i]!.notInvolved) / Math.max(1, ev.profiles[i]!.values.length), 0) / codeCols.length : 0.5;
  const confidence = round(Math.min(1, 0.55 + (codeCols.length >= 2 ? 0.15 : 0) + (activity !== null && headerOf(activity, "activity") >= 0.6 ? 0.1 : 0) + (named ? 0.1 : 0) + 0.1 * codeFrac));
  return { people, activity, activityId, projectId, confidence };
}

/** Column choices of a RACI reading. */
export function raciColumns(ev: TableEvidence, shape: RaciShape): ColumnChoice[] {
  return ev.headers.map((_h, i) => {
    if (shape.people.includes(i)) {
      const p = ev.profiles[i]!;
      return { index: i, key: null, person: true, confidence: round(p.values.length ? (p.codes + p.notInvolved) / p.values.length : 0.5) };
    }
    if (i === shape.activity) return { index: i, key: "activity", confidence: round(Math.max(0.6, headerScores(ev.headers[i] ?? "", register("raci")).get("activity") ?? 0)) };
    if (i === shape.activityId) return { index: i, key: "activityId", confidence: round(Math.max(0.6, headerScores(ev.headers[i] ?? "", register("raci")).get("activityId") ?? 0)) };
    if (i === shape.projectId) return { index: i, key: "projectId", confidence: round(headerScores(ev.headers[i] ?? "", register("raci")).get("projectId") ?? 0) };
    return { index: i, key: null, confidence: 0 };
  });
}

/** Every register's match for a table, best first. History registers are written by snapshot, never converted. */
export function classify(ev: TableEvidence): RegisterMatch[] {
  const out: RegisterMatch[] = [];
  for (const def of REGISTERS) {
    if (def.generated || def.key === "raci") continue;
    const columns = mapColumns(ev, def);
    out.push({ register: def.key, confidence: registerConfidence(ev, def, columns), columns });
  }
  const shape = raciShape(ev);
  if (shape) out.push({ register: "raci", confidence: shape.confidence, columns: raciColumns(ev, shape) });
  return out.sort((a, b) => b.confidence - a.confidence);
}

/** "Column C" for a column without a header. */
export function fallbackHeader(col: number): string {
  return `Column ${colName(col)}`;
}

export function sameHeader(a: string, b: string): boolean {
  return normaliseHeader(a) === normaliseHeader(b) && a.trim().toLowerCase() === b.trim().toLowerCase();
}
