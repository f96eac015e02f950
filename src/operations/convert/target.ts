/**
 * A register as conversion fills it: the rows it already holds (read from the workbook) and the
 * rows this run adds. Rows are de-duplicated by id — a row whose values the register already
 * holds is a duplicate — and rows of several source tables with the same id and no conflicting
 * value are merged into one (a project list and its "Team Lead" sheet). Ids are generated for
 * rows that have none, so that running the conversion again finds them as duplicates.
 */
import { parseRange } from "../../domain/a1";
import { isBlank } from "../../domain/cell";
import { serialToIso } from "../../domain/dates";
import { TITLE_KEYS } from "../../domain/ingest/classify";
import type { RegisterDef, RegisterKey } from "../../domain/registers/types";
import type { PlanCell } from "../../plan/plan";
import { tableData } from "../../plan/structured";
import { findSheet, findTable, type CellValue, type WorkbookSnapshot } from "../../plan/snapshot";
import { comparable } from "./cells";
import type { BuiltRow } from "./records";

/** Prefix of generated ids, by register. */
const ID_PREFIX: Partial<Record<RegisterKey, string>> = {
  projects: "PRJ",
  milestones: "MS",
  raid: "RAID",
  raci: "ACT",
  actions: "ACN",
  decisions: "DEC",
  meetings: "MTG",
  documents: "DOC",
};

export interface ExistingTable {
  readonly sheet: string;
  readonly table: string;
  /** Header row and columns as the workbook has them. */
  readonly top: number;
  readonly left: number;
  readonly headers: readonly string[];
  /** 0-based sheet row where appended rows start (after the last row holding a value). */
  readonly firstFree: number;
}

interface Held {
  readonly values: Map<string, PlanCell>;
  /** Added by this run (can still take values from another source), or already in the workbook. */
  readonly added: boolean;
  /** Index among the rows this run adds. */
  readonly index: number;
}

export type Placement =
  | { readonly kind: "added"; readonly index: number; readonly id: string | null; readonly renamedFrom?: string; readonly generated?: boolean }
  | { readonly kind: "merged"; readonly index: number }
  | { readonly kind: "duplicate" }
  | { readonly kind: "conflict"; readonly id: string };

const lc = (s: string) => s.trim().toLowerCase();

export class TargetRegister {
  readonly existing: ExistingTable | null;
  readonly sheet: string;
  /** Rows this run adds, in order. */
  readonly added: Map<string, PlanCell>[] = [];
  private readonly held: Held[] = [];
  private readonly byId = new Map<string, Held[]>();
  /**
   * Rows whose id is another id plus a "-N" suffix, by that other id (lower-cased): "M-7-2"
   * under "m-7". Finding a new row's suffixed variants by scanning every held row made a
   * conversion quadratic (minutes at 10,000 rows).
   */
  private readonly bySuffixBase = new Map<string, Held[]>();
  /**
   * Held rows by every value they hold (comparable form), built at the first row without an id
   * and kept up to date after: such a row is a duplicate only of a row holding each of its
   * values, so the rows holding its rarest value are the only ones to compare. Comparing it with
   * every held row made conversion quadratic in heading rows (a RACI with a phase row per project).
   */
  private byValue: Map<string, Held[]> | null = null;
  private readonly idHeader: string;
  private readonly titleHeader: string | null;
  /** Headers created by merges for values two sources disagree on. */
  readonly mergeHeaders: string[] = [];
  private readonly usedNumbers = new Set<number>();
  /** No number below this is free: numbers are only ever taken, so the search for the next one resumes here. */
  private nextFree = 1;
  private readonly prefix: string;
  /** "PRJ-12": an id in the generated form, whose number is then taken. */
  private readonly numbered: RegExp;

  constructor(
    readonly def: RegisterDef,
    wb: WorkbookSnapshot,
  ) {
    this.idHeader = def.columns.find((c) => c.key === def.idKey)!.header;
    this.titleHeader = def.columns.find((c) => c.key === TITLE_KEYS[def.key] && c.key !== def.idKey)?.header ?? null;
    this.prefix = ID_PREFIX[def.key] ?? def.key.toUpperCase();
    this.numbered = new RegExp(`^${this.prefix}-(\\d+)$`, "i");
    const found = findTable(wb, def.table);
    if (found) {
      const range = parseRange(found.table.ref);
      const data = tableData(wb, def, found.sheet, found.table);
      const calc = new Set(def.columns.filter((c) => c.calc).map((c) => c.header.toLowerCase()));
      let lastFilled = range.top;
      for (const r of data.rows) {
        const values = new Map<string, PlanCell>();
        data.columns.forEach((c, i) => {
          if (calc.has(c.header.toLowerCase())) return;
          const v = r.cells[i] ?? null;
          if (isBlank(v)) return;
          values.set(c.header, existingCell(v, def, c.key, r.formats?.[i] ?? null, wb.date1904));
        });
        if (!values.size) continue;
        lastFilled = Math.max(lastFilled, r.row);
        this.hold({ values, added: false, index: -1 });
      }
      this.existing = { sheet: found.sheet.name, table: found.table.name, top: range.top, left: range.left, headers: found.table.columns, firstFree: lastFilled + 1 };
      this.sheet = found.sheet.name;
    } else {
      this.existing = null;
      this.sheet = freeSheetName(wb, def.sheet);
    }
  }

  /**
   * What identifies a row: its id, and for documents its id and version (a document register
   * lists every version of a document under the same id).
   */
  private identity(values: ReadonlyMap<string, PlanCell>, id: PlanCell): string {
    if (this.def.key !== "documents") return comparable(id);
    return `${comparable(id)}|${comparable(findValue(values, "Version") ?? null)}`;
  }

  private indexValue(h: Held, v: PlanCell): void {
    if (!this.byValue || v === null) return;
    const k = comparable(v);
    const list = this.byValue.get(k);
    if (list) list.push(h);
    else this.byValue.set(k, [h]);
  }

  /** The held rows that could hold every value of `values`: those holding its rarest one. */
  private candidates(values: ReadonlyMap<string, PlanCell>): readonly Held[] {
    if (!this.byValue) {
      this.byValue = new Map();
      for (const h of this.held) for (const v of h.values.values()) this.indexValue(h, v);
    }
    let best: readonly Held[] | null = null;
    for (const v of values.values()) {
      if (v === null) continue;
      const list = this.byValue.get(comparable(v)) ?? [];
      if (!best || list.length < best.length) best = list;
    }
    return best ?? this.held;
  }

  private hold(h: Held): void {
    this.held.push(h);
    for (const v of h.values.values()) this.indexValue(h, v);
    const id = h.values.get(this.idHeader);
    if (id !== undefined && id !== null) {
      const k = this.identity(h.values, id);
      this.byId.set(k, [...(this.byId.get(k) ?? []), h]);
      const m = this.numbered.exec(String(id));
      if (m) this.usedNumbers.add(Number(m[1]));
      const suffix = /^([\s\S]*)-\d+$/.exec(String(id));
      if (suffix) {
        const base = suffix[1]!.toLowerCase();
        const list = this.bySuffixBase.get(base);
        if (list) list.push(h);
        else this.bySuffixBase.set(base, [h]);
      }
    }
  }

  /**
   * Every value of `row` is already in `held`: under the same header, or under the header a
   * merge gave it ("Project Manager (Team Lead)").
   */
  private covers(held: Held, row: ReadonlyMap<string, PlanCell>): boolean {
    for (const [h, v] of row) {
      if (v === null) continue;
      const want = comparable(v);
      const have = findValue(held.values, h);
      if (have !== undefined && comparable(have) === want) continue;
      const prefix = `${lc(h)} (`;
      if ([...held.values].some(([k, x]) => lc(k).startsWith(prefix) && comparable(x) === want)) continue;
      return false;
    }
    return true;
  }

  /** `held` holds the values of `row` (which has `count` of them) and no other, its id aside. */
  private holdsExactly(held: Held, row: ReadonlyMap<string, PlanCell>, count: number): boolean {
    if (!this.covers(held, row)) return false;
    const id = lc(this.idHeader);
    let n = 0;
    for (const [k, v] of held.values) if (v !== null && lc(k) !== id) n++;
    return n === count;
  }

  /** The same thing: same id and, when both have one, the same title. */
  private sameEntity(held: Held, row: ReadonlyMap<string, PlanCell>): boolean {
    if (!this.titleHeader) return true;
    const a = findValue(held.values, this.titleHeader);
    const b = row.get(this.titleHeader);
    return a === undefined || a === null || b === undefined || b === null || comparable(a) === comparable(b);
  }

  private nextId(): string {
    let n = this.nextFree;
    while (this.usedNumbers.has(n)) n++;
    this.usedNumbers.add(n);
    this.nextFree = n + 1;
    return `${this.prefix}-${String(n).padStart(3, "0")}`;
  }

  /**
   * Places one source row: added, merged into a row added by this run, or a duplicate. `label`
   * names the source (its sheet) for the header of a value that disagrees with a merged row's.
   */
  place(row: BuiltRow, label: string): Placement {
    const values = new Map(row.values);
    const id = values.get(this.idHeader);
    if (id === undefined || id === null) {
      // Without an id, only a row holding exactly these values is the same row: a sparse row
      // (one stray value) must not vanish into a fuller one that shares it.
      const withoutId = new Map(values);
      let count = 0;
      for (const v of withoutId.values()) if (v !== null) count++;
      for (const h of this.candidates(withoutId)) if (this.holdsExactly(h, withoutId, count)) return { kind: "duplicate" };
      if (row.heading || this.def.key === "stakeholders") return this.add(values, null);
      const gen = this.nextId();
      values.set(this.idHeader, gen);
      return { ...this.add(values, gen), generated: true };
    }
    const key = this.identity(values, id);
    const same = this.byId.get(key) ?? [];
    const suffixed = (this.bySuffixBase.get(String(id).toLowerCase()) ?? []).filter((h) => {
      const v = h.values.get(this.idHeader);
      return v !== undefined && v !== null && new RegExp(`^${escape(String(id))}-\\d+$`, "i").test(String(v)) && this.identity(h.values, id) === this.identity(values, id);
    });
    const variants = [...same, ...suffixed];
    if (variants.some((h) => this.covers(h, values))) return { kind: "duplicate" };
    const mergeable = same.find((h) => h.added && this.sameEntity(h, values));
    if (mergeable) {
      for (const [h, v] of values) {
        const have = findValue(mergeable.values, h);
        if (have === undefined) {
          mergeable.values.set(h, v);
          this.indexValue(mergeable, v);
        } else if (v !== null && comparable(have) !== comparable(v)) {
          // Two sources disagree (Project Owner and Team Lead both read as Project Manager):
          // the second value is kept beside the first rather than dropped.
          const alt = `${h} (${label})`.slice(0, 80);
          mergeable.values.set(alt, v);
          this.indexValue(mergeable, v);
          if (!this.mergeHeaders.some((x) => lc(x) === lc(alt))) this.mergeHeaders.push(alt);
        }
      }
      return { kind: "merged", index: mergeable.index };
    }
    if (same.some((h) => !h.added)) return { kind: "conflict", id: String(id) };
    if (!same.length) return this.add(values, String(id));
    // Used by another row of this run: keep the row under a suffixed id.
    let n = 2;
    while (this.byId.has(this.identity(values, `${String(id)}-${n}`))) n++;
    const to = `${String(id)}-${n}`;
    values.set(this.idHeader, to);
    return { ...this.add(values, to), renamedFrom: String(id) };
  }

  private add(values: Map<string, PlanCell>, id: string | null): Placement & { kind: "added" } {
    const index = this.added.length;
    this.added.push(values);
    this.hold({ values, added: true, index });
    return { kind: "added", index, id };
  }

  /** Headers of the register's table after this run: existing, then new ones in first-seen order. */
  headersAfter(own: readonly string[], more: readonly string[]): { all: string[]; added: string[] } {
    const base = this.existing ? [...this.existing.headers] : [...own];
    const have = new Set(base.map(lc));
    const added: string[] = [];
    for (const h of more) {
      if (have.has(lc(h))) continue;
      have.add(lc(h));
      added.push(h);
    }
    return { all: [...base, ...added], added };
  }
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function findValue(values: ReadonlyMap<string, PlanCell>, header: string): PlanCell | undefined {
  const direct = values.get(header);
  if (direct !== undefined) return direct;
  const want = lc(header);
  for (const [h, v] of values) if (lc(h) === want) return v;
  return undefined;
}

/** A cell of an existing register as conversion would have written it, for comparison. */
function existingCell(v: CellValue, def: RegisterDef, key: string | null, format: string | null, date1904: boolean): PlanCell {
  const cdef = key ? def.columns.find((c) => c.key === key) : undefined;
  if (typeof v === "number" && (cdef?.type === "date" || (!cdef && format && /[dy]/i.test(format.replace(/"[^"]*"/g, ""))))) {
    const iso = serialToIso(v, date1904);
    if (iso) return { d: iso };
  }
  if (typeof v === "object" && v !== null) return v.error;
  if (cdef && (cdef.type === "id" || cdef.type === "text" || cdef.type === "person") && typeof v === "number") return String(v);
  return v;
}

/** The register's sheet name, or "<name> (PMO)" when someone's own sheet already has that name. */
function freeSheetName(wb: WorkbookSnapshot, name: string): string {
  const usable = (n: string) => {
    const s = findSheet(wb, n);
    return !s || (s.tables.length === 0 && s.values.every((r) => r.every((v) => isBlank(v))));
  };
  if (usable(name)) return name;
  for (let i = 1; ; i++) {
    const alt = i === 1 ? `${name} (PMO)` : `${name} (PMO ${i})`;
    if (usable(alt)) return alt;
  }
}

