/**
 * How well a header someone typed names a catalogue column. Headers arrive as "Risk_ID",
 * "Date raised", "Likelihood (1-5)", "Fälligkeitsdatum", "TASK OWNER", "Resoruce": they are
 * normalised (case, accents, punctuation, snake and camel case, unit hints in brackets) and
 * compared with the column's header and aliases — exactly, as a set of words, as a part of a
 * longer header, and by edit distance for typos.
 */
import { distance } from "fastest-levenshtein";
import { REGISTERS } from "../registers/catalogue";
import type { ColumnDef, RegisterDef, RegisterKey } from "../registers/types";
import { Memo } from "./memo";

/**
 * Aliases that only conversion needs, on top of the catalogue's: the wording of the templates
 * PMOs actually use (Smartsheet and Vertex42 Gantts, PMI templates, snake_case exports) and a few
 * more languages. Kept here rather than in the catalogue because they would be noise in the
 * task pane's column pickers.
 */
const EXTRA_ALIASES: Partial<Record<RegisterKey, Readonly<Record<string, readonly string[]>>>> = {
  projects: {
    projectId: ["Proj Code", "Project Key", "Project Id"],
    projectName: ["Project", "Project Title", "Projektbezeichnung", "Proje Adı"],
    projectManager: ["Project Owner", "Owner", "Proje Yöneticisi", "Proje Genel Yöneticisi"],
    sponsor: ["Exec Sponsor", "Business User", "Business Sponsor"],
    forecastEnd: ["Projected End Date", "Projected Date", "Projected End", "Forecast Date"],
    actualCost: ["Spend to date", "Actual Spend"],
    budget: ["Budget EUR", "Budget USD"],
  },
  milestones: {
    milestoneId: ["WBS Number", "WBS No", "Task ID Number", "Step Id", "Task No", "Milestone Number"],
    milestone: ["Task Title", "Milestones & Tasks", "Milestones and Tasks", "Task/Milestone", "Milestone/Task", "Step", "Task Description", "Görev", "Görev Adı", "Vorgang"],
    owner: ["Task Owner", "Resourcing", "Resources", "Resource", "Assigned", "Lead", "Sorumlu"],
    baselineDate: ["Due Date(EF/LF)", "End Date(EF/LF)", "Finish Date", "Bitiş", "Bitiş Tarihi", "Ende geplant"],
    actualDate: ["Completion Date", "Actual Completion"],
    percentComplete: ["Pct of Task Complete", "Percent of Task Complete", "% Complete", "İlerleyiş", "% İlerleyiş", "Progress %"],
    predecessors: ["Start Links IDs", "Depends"],
  },
  raid: {
    id: ["Risk_ID", "Issue ID", "ID #", "Risk No", "Issue No", "Item No", "Log ID"],
    title: ["Risk Title", "Issue Title", "Risk Name"],
    description: ["Risk Description", "Issue Description", "Description/Impact", "Risk Description/Impact"],
    response: ["Mitigation Action", "Mitigation Plan", "Strategy", "Preventative Actions", "Actions", "Resolution", "Response Strategy"],
    reviewDate: ["Target Resolution", "Target Date", "Update Due", "Review Due"],
    raisedDate: ["Date Identified", "Date Raised", "Identified On"],
    probability: ["Likelihood 1 5", "Probability 1 5"],
    impact: ["Impact 1 5"],
    score: ["Risk_Score", "Risk Score", "P*I"],
  },
  raci: {
    activityId: ["Step Id", "Task No", "Activity No"],
    activity: ["Name", "Step", "Project Tasks", "Task / Deliverable", "Tasks/Deliverables", "Deliverables", "Activity / Task", "Görev"],
  },
  actions: {
    actionId: ["Action No", "Action #", "Action Number"],
    owner: ["Action by", "Actioned By", "Assigned To"],
    dueDate: ["Deadline", "Target Date", "By When"],
    notes: ["Progress", "Update", "Comments"],
  },
  decisions: {
    decisionId: ["Decision No", "Decision #", "Decision Number"],
    decisionDate: ["Date made", "Date Decided", "Decision Made On"],
    decidedBy: ["Approver/decision maker", "Decision Maker", "Approver"],
    rationale: ["Evidence", "Reasoning"],
  },
  documents: {
    documentId: ["Doc Ref", "Document Ref"],
  },
  stakeholders: {
    name: ["Stakeholder", "Employee Name", "Member"],
    communication: ["Comms", "Engagement Level", "Engagement", "Expectations"],
    influence: ["Power/Influence"],
  },
};

/** Words that carry no meaning in a header ("Date of review", "Name of the task"). */
const STOP_WORDS = new Set(["of", "the", "a", "an", "to", "for", "in", "on", "and", "by", "de", "der", "die", "das", "du", "la", "le", "el"]);

/**
 * A header reduced to lower-case words: accents dropped, camelCase and snake_case split,
 * brackets ("(1-5)", "($)", "(days)") and trailing scale numbers removed, "#" and "%" kept as
 * words because they are headers in their own right.
 */
export function normaliseHeader(s: string): string {
  return s
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ı/g, "i")
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]/g, " ")
    .replace(/#/g, " # ")
    .replace(/%/g, " % ")
    .replace(/[_\-–—/\\.:;,?!*'"’`()[\]{}&+|<>=~^$€£¥]+/g, " ")
    .replace(/(\s\d+)+\s*$/, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function words(norm: string): string[] {
  return norm.split(" ").filter((w) => w !== "" && !STOP_WORDS.has(w));
}

/** A normalised text with its words, split once rather than for each alias it is compared with. */
interface Words {
  readonly text: string;
  readonly list: readonly string[];
  readonly set: ReadonlySet<string>;
}

function wordsOf(norm: string): Words {
  const list = words(norm);
  return { text: norm, list, set: new Set(list) };
}

/** The similarity of two normalised header texts, 0..1. */
export function textSimilarity(header: string, alias: string): number {
  if (!header || !alias) return 0;
  if (header === alias) return 1;
  return similarity(wordsOf(header), wordsOf(alias));
}

function similarity(hw: Words, aw: Words): number {
  if (!hw.text || !aw.text) return 0;
  if (hw.text === aw.text) return 1;
  const h = hw.list;
  const a = aw.list;
  if (!h.length || !a.length) return 0;
  const hs = hw.set;
  const as = aw.set;
  let best = 0;
  const aInH = a.every((w) => hs.has(w));
  const hInA = h.every((w) => as.has(w));
  // The last word of an English header is its head noun: "Risk Owner" is an owner and "Risk
  // Category" a category, so an alias found only among the leading words counts for little.
  const sameHead = h[h.length - 1] === a[a.length - 1];
  if (aInH && hInA) best = 0.95;
  else if (aInH) best = sameHead ? 0.6 + 0.3 * (as.size / hs.size) : 0.35 + 0.2 * (as.size / hs.size);
  else if (hInA) best = sameHead ? 0.5 + 0.3 * (hs.size / as.size) : 0.35 + 0.2 * (hs.size / as.size);
  // Typos and inflections ("Resoruce", "Milestones"): word by word, so that "Project Id" is
  // not "Project Lead" — a short word that differs is a different word.
  if (h.length === a.length) {
    let total = 0;
    let worst = 1;
    for (let k = 0; k < h.length; k++) {
      const x = h[k]!;
      const y = a[k]!;
      const len = Math.max(x.length, y.length);
      const sim = x === y ? 1 : Math.min(x.length, y.length) >= 4 && Math.abs(x.length - y.length) <= len / 4 ? 1 - distance(x, y) / len : 0;
      total += sim;
      worst = Math.min(worst, sim);
    }
    if (worst >= 0.75) best = Math.max(best, (0.9 * total) / h.length);
  }
  return best;
}

interface PreparedColumn {
  readonly def: ColumnDef;
  readonly names: readonly string[];
  readonly words: readonly Words[];
}

const PREPARED = new Map<RegisterKey, readonly PreparedColumn[]>();

function prepared(reg: RegisterDef): readonly PreparedColumn[] {
  let p = PREPARED.get(reg.key);
  if (!p) {
    const extra = EXTRA_ALIASES[reg.key] ?? {};
    p = reg.columns.map((def) => {
      const names = [...new Set([def.header, ...def.aliases, ...(extra[def.key] ?? [])].map(normaliseHeader).filter((n) => n !== ""))];
      return { def, names, words: names.map(wordsOf) };
    });
    PREPARED.set(reg.key, p);
  }
  return p;
}

/** How well `header` names column `key` of register `reg`, 0..1. */
export function headerScore(header: string, reg: RegisterDef, key: string): number {
  const norm = normaliseHeader(header);
  const col = prepared(reg).find((c) => c.def.key === key);
  if (!col || !norm) return 0;
  let best = 0;
  col.names.forEach((n, k) => {
    const s = exactBias(textSimilarity(norm, n), k);
    if (s > best) best = s;
  });
  return best;
}

/** An exact alias counts a hair less than the column's own header, so that "Role" beats "Position" for Role. */
function exactBias(score: number, nameIndex: number): number {
  return score === 1 && nameIndex > 0 ? 0.99 : score;
}

/** Scores of `header` against every column of `reg` (only those above zero). */
export function headerScores(header: string, reg: RegisterDef): Map<string, number> {
  let memo = SCORES.get(reg);
  if (!memo) SCORES.set(reg, (memo = new Memo((h) => headerScoresUncached(h, reg))));
  // A copy: callers add to the map they get.
  return new Map(memo.get(header));
}

/**
 * By register and header text: a body's heading and sub-header rows and every register's
 * confidence ask again for headers already scored.
 */
const SCORES = new WeakMap<RegisterDef, Memo<ReadonlyMap<string, number>>>();

function headerScoresUncached(header: string, reg: RegisterDef): ReadonlyMap<string, number> {
  const out = new Map<string, number>();
  const norm = normaliseHeader(header);
  if (!norm) return out;
  const hw = wordsOf(norm);
  for (const c of prepared(reg)) {
    let best = 0;
    c.words.forEach((n, k) => {
      const s = exactBias(similarity(hw, n), k);
      if (s > best) best = s;
    });
    if (best > 0) out.set(c.def.key, best);
  }
  return out;
}

/** By the text as typed: detection scores the same words in row after row of candidate headers. */
const ANY = new Memo((header) => {
  const norm = normaliseHeader(header);
  return norm ? anyHeaderScoreUncached(norm) : 0;
});

/** The best score of `header` against any column of any convertible register: "does this look like a header?". */
export function anyHeaderScore(header: string): number {
  return ANY.get(header);
}

function anyHeaderScoreUncached(norm: string): number {
  let best = 0;
  const hw = wordsOf(norm);
  for (const reg of REGISTERS) {
    if (reg.generated) continue;
    for (const c of prepared(reg)) {
      for (const n of c.words) {
        const s = similarity(hw, n);
        if (s > best) best = s;
        if (best === 1) return 1;
      }
    }
  }
  return best;
}

/** How well a sheet name or title names a register ("Risk Log", "RAID_Register", "Meilensteinplan"). */
export function registerNameScore(text: string, reg: RegisterDef): number {
  const norm = normaliseHeader(text);
  if (!norm) return 0;
  let best = 0;
  for (const alias of [reg.title, reg.sheet, ...reg.aliases]) {
    const a = normaliseHeader(alias);
    const s = textSimilarity(norm, a);
    if (s > best) best = s;
    // A title such as "RAID LOG — all projects" holds the alias among other words.
    const w = new Set(words(norm));
    const aw = words(a);
    if (aw.length && aw.every((x) => w.has(x))) best = Math.max(best, 0.85);
  }
  return best;
}
