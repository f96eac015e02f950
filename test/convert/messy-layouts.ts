/**
 * A generator of messy layouts of every register, for the property test of conversion: title
 * rows, a merged banner, a metadata line, a band row over the header, header spellings, text
 * dates in several formats, blank rows and extra columns, from a seed.
 */
import { a1 } from "../../src/domain/a1";
import type { CellValue } from "../../src/domain/cell";
import { isoToSerial } from "../../src/domain/dates";
import { register } from "../../src/domain/registers/catalogue";
import { LISTS } from "../../src/domain/registers/lists";
import type { ColumnDef, RegisterKey } from "../../src/domain/registers/types";
import { Random } from "../../src/domain/sample/random";
import type { PlanCell, PlanOp } from "../../src/plan/plan";
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/plan/snapshot";

export const KEYS: readonly RegisterKey[] = ["projects", "milestones", "raid", "raci", "actions", "decisions", "meetings", "documents", "stakeholders"];
const WORDS = ["alpha", "vendor", "review", "budget", "design", "launch", "training", "data", "portal", "audit", "migration", "supplier"];
const NAMES = ["Ann Lee", "Bob Stone", "Chen Wu", "Dara Okafor", "Eva Novak", "Femi Ade", "Gus Berg", "Hana Sato", "Ivo Petrov", "Jo Marsh"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const ROLES = ["Sponsor", "Project Manager", "Tech Lead", "QA Lead", "Vendor", "Finance"];
const EXTRA_HEADERS = ["Region", "Cost Centre", "Comments 2", "Ticket", "Workstream"];

export interface Cell {
  readonly value: CellValue;
  readonly format?: string;
}

export interface LayoutOptions {
  readonly titles: number;
  readonly banner: boolean;
  readonly meta: boolean;
  readonly band: boolean;
  readonly blanks: boolean;
  readonly extras: number;
  readonly rows: number;
}

export interface Layout {
  readonly rows: Cell[][];
  readonly merges: string[];
  /** A1 addresses of the table's header cells, data cells, and context cells (titles, metadata). */
  readonly header: string[];
  readonly data: string[];
  readonly context: string[];
}

function text(rnd: Random, words = 2): string {
  const w = Array.from({ length: words }, () => rnd.pick(WORDS));
  return w.join(" ").replace(/^./, (c) => c.toUpperCase());
}

/** A date in one of the forms people type, the same form for the whole column. */
function dateCell(rnd: Random, form: number, day: number): Cell {
  const y = 2026;
  const m = rnd.int(1, 12);
  const iso = `${y}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const dd = String(day).padStart(2, "0");
  const mm = String(m).padStart(2, "0");
  switch (form) {
    case 0:
      return { value: isoToSerial(iso), format: "dd/mm/yyyy" };
    case 1:
      return { value: iso };
    case 2:
      return { value: `${dd}/${mm}/${y}` };
    case 3:
      return { value: `${mm}/${dd}/${y}` };
    case 4:
      return { value: `${dd}.${mm}.${y}` };
    case 5:
      return { value: `${day} ${MONTHS[m - 1]} ${y}` };
    default:
      return { value: `${iso} (Monday)` };
  }
}

/** `ownId`: the register's own id column, unique as in any real list (a projects register's Project ID too). */
function valueFor(rnd: Random, c: ColumnDef, row: number, form: number, ownId = false): Cell {
  switch (c.type) {
    case "id":
      if (ownId && c.key === "projectId") return { value: `P-${row + 1}` };
      return { value: c.key === "projectId" ? `P-${rnd.int(1, 3)}` : `${c.key.slice(0, 3).toUpperCase()}-${row + 1}` };
    case "text":
      return { value: c.key === "version" ? `${rnd.int(0, 3)}.${rnd.int(0, 9)}` : text(rnd, rnd.int(1, 4)) };
    case "person":
      // A register's own id (a stakeholder's name) is unique, as in any real list.
      if (c.key === "name") return { value: NAMES[row % NAMES.length]! };
      return { value: rnd.chance(0.2) ? `  ${rnd.pick(NAMES)} ` : rnd.pick(NAMES) };
    case "date":
      // Day 13+ in some rows lets the column tell d/m/y from m/d/y.
      return dateCell(rnd, form, row % 2 === 0 ? rnd.int(13, 28) : rnd.int(1, 28));
    case "number":
      if (c.min !== undefined && c.max !== undefined) return { value: rnd.chance(0.3) ? rnd.pick(["Low", "Medium", "High", "Very High"]) : rnd.int(c.min, c.max) };
      return { value: rnd.int(1000, 90000) };
    case "percent":
      return rnd.chance(0.5) ? { value: `${rnd.int(0, 100)}%` } : { value: rnd.int(0, 100) / 100, format: "0%" };
    case "enum":
    case "rag":
      return { value: c.list ? rnd.pick(LISTS[c.list]) : text(rnd) };
    case "ids":
      return { value: `M-${rnd.int(1, 9)}, M-${rnd.int(1, 9)}` };
    case "raci":
      return { value: rnd.pick(["R", "A", "C", "I", "A/R", "r, c", "-"]) };
  }
}

function headerFor(rnd: Random, c: ColumnDef): string {
  const roll = rnd.next();
  if (roll < 0.5) return c.header;
  if (roll < 0.7) return c.header.toUpperCase();
  if (roll < 0.85) return c.header.replace(/ /g, "_");
  return `${c.header}:`;
}

export function buildLayout(key: RegisterKey, seed: number, opts: LayoutOptions): Layout {
  const rnd = new Random(seed);
  const def = register(key);
  type Col = { header: string; value: (row: number) => Cell | null };
  const cols: Col[] = [];
  if (key === "raci") {
    if (rnd.chance(0.5)) cols.push({ header: "Activity ID", value: (r) => ({ value: `T${r + 1}` }) });
    cols.push({ header: rnd.pick(["Activity", "Task", "Task / Deliverable", "Aufgabe"]), value: () => ({ value: text(rnd, 3) }) });
    const roles = [...ROLES].sort(() => rnd.next() - 0.5).slice(0, rnd.int(2, 5));
    // Every role gets a code in the first rows, so that the matrix reads as one.
    for (const role of roles) cols.push({ header: role, value: (r) => (r < 2 ? { value: rnd.pick(["R", "A", "C", "I"]) } : rnd.chance(0.25) ? null : valueFor(rnd, { key: "x", header: role, type: "raci", aliases: [], width: 10 }, r, 0)) });
  } else {
    const own = def.columns.filter((c) => !c.calc);
    const required = own.filter((c) => c.required);
    const optional = own.filter((c) => !c.required).sort(() => rnd.next() - 0.5).slice(0, rnd.int(2, 5));
    const chosen = own.filter((c) => required.includes(c) || optional.includes(c));
    for (const c of chosen) {
      const form = rnd.int(0, 6);
      const keep = c.required || rnd.chance(0.8);
      cols.push({ header: headerFor(rnd, c), value: (r) => (c.key === def.idKey || c.key === "title" || c.key === "name" || keep || rnd.chance(0.7) ? valueFor(rnd, c, r, form, c.key === def.idKey) : null) });
    }
  }
  for (let e = 0; e < opts.extras; e++) {
    const h = EXTRA_HEADERS[(seed + e) % EXTRA_HEADERS.length]!;
    cols.push({ header: h, value: (r) => (rnd.chance(0.2) ? null : { value: e % 2 ? rnd.int(1, 99) : `${text(rnd, 1)} ${r}` }) });
  }

  const rows: Cell[][] = [];
  const merges: string[] = [];
  const header: string[] = [];
  const data: string[] = [];
  const context: string[] = [];
  const width = cols.length;
  const put = (cells: (Cell | null)[], kind: "header" | "data" | "context" | null) => {
    const r = rows.length;
    rows.push(cells.map((c) => c ?? { value: null }));
    if (kind) cells.forEach((c, j) => c && c.value !== null && c.value !== "" && (kind === "header" ? header : kind === "data" ? data : context).push(a1(r, j)));
  };
  for (let t = 0; t < opts.titles; t++) {
    if (t === 0 && opts.banner) merges.push(`${a1(rows.length, 0)}:${a1(rows.length, width - 1)}`);
    put([{ value: t === 0 ? `${def.title.toUpperCase()} — ${text(rnd)}` : `Prepared by ${rnd.pick(NAMES)}` }], "context");
  }
  if (opts.meta) {
    put([{ value: "Project ID:" }, { value: `P-${rnd.int(1, 3)}` }], "context");
    put([], null);
  }
  if (opts.band && key !== "raci" && width >= 4) {
    const r = rows.length;
    const band: (Cell | null)[] = [];
    for (let j = 0; j < width; j += 2) {
      const right = Math.min(width - 1, j + 1);
      if (right > j) merges.push(`${a1(r, j)}:${a1(r, right)}`);
      band.push({ value: `Group ${j / 2 + 1}` });
      if (right > j) band.push(null);
    }
    put(band, "header");
  }
  put(
    cols.map((c) => ({ value: c.header })),
    "header",
  );
  for (let r = 0; r < opts.rows; r++) {
    if (opts.blanks && r > 0 && r % 3 === 0) put([], null);
    put(cols.map((c) => c.value(r)), "data");
  }
  return { rows, merges, header, data, context };
}

export function snapshotOf(name: string, l: Layout): WorkbookSnapshot {
  const sheet: SheetSnapshot = {
    name,
    visibility: "visible",
    originRow: 0,
    originCol: 0,
    values: l.rows.map((r) => r.map((c) => c.value)),
    numberFormats: l.rows.map((r) => r.map((c) => c.format ?? null)),
    merges: l.merges,
    tables: [],
  };
  return { sheets: [sheet], date1904: false, names: [] };
}

/** The value a plan wrote at "register <table> <Header> row <n>". */
export function planValue(ops: readonly PlanOp[], where: string): PlanCell | undefined {
  const m = /^register (\S+) (.+) row (\d+)$/.exec(where);
  if (!m) return undefined;
  const op = ops.find((o): o is Extract<PlanOp, { kind: "createTable" }> => o.kind === "createTable" && o.table === m[1]);
  if (!op) return undefined;
  const i = op.columns.findIndex((c) => c.header.toLowerCase() === m[2]!.toLowerCase());
  return op.rows[Number(m[3])]?.[i];
}

