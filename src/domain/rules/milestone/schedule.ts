/**
 * A milestone register read once for all milestone rules: typed fields per row, the due date
 * (Forecast, else Baseline) and the date (Actual, else due) of each milestone, and the
 * predecessor graph with its cycles.
 */
import { cellText, isBlank, type CellValue } from "../../cell";
import type { Iso } from "../../dates";
import type { RowView } from "../../registers/records";
import type { RuleContext } from "../rule";
import { norm, rowKey } from "../rows";

/** The date columns of a milestone, by the name the rules use. */
export type DateName = "baseline" | "forecast" | "actual";

export const DATE_KEYS: Readonly<Record<DateName, string>> = { baseline: "baselineDate", forecast: "forecastDate", actual: "actualDate" };

const NO_IDS: readonly string[] = Object.freeze([]);
const ID_SEPARATOR = /[,;\n]/;

/** The Predecessors cell as `coerceIds` reads it; a cell naming one id is not split. */
function predecessorsOf(row: RowView): readonly string[] {
  const raw = row.raw("predecessors");
  if (isBlank(raw)) return NO_IDS;
  const text = cellText(raw);
  return ID_SEPARATOR.test(text) ? (row.ids("predecessors").value ?? NO_IDS) : [text];
}

/**
 * One milestone row, read once. It keeps values only: addresses and raw values are looked up
 * from the row when a rule reports a finding, since only a few rows ever do and a register of
 * 100,000 milestones kept with every field's address costs more in garbage collection than all
 * the rules take to run.
 */
export class Milestone {
  readonly key: string;
  readonly id: string;
  /** `norm(id)`, the form `byId` is keyed by. */
  readonly normId: string;
  readonly baseline: Iso | null;
  readonly forecast: Iso | null;
  readonly actual: Iso | null;
  /** Bits of the date columns that hold something that is not a date (1 baseline, 2 forecast, 4 actual). */
  private readonly invalidDates: number;
  /** The list's spelling (Complete, Cancelled, …) or null when blank or unknown. */
  readonly status: string | null;
  readonly statusText: string;
  /** % Complete, 0–100; null when blank or not a percentage. */
  readonly percent: number | null;
  /** % Complete holds something that is not a percentage. */
  readonly percentInvalid: boolean;
  readonly predecessors: readonly string[];

  constructor(
    readonly row: RowView,
    /** Position in the schedule's `milestones`. */
    readonly index: number,
  ) {
    const baseline = row.readDate("baselineDate");
    const forecast = row.readDate("forecastDate");
    const actual = row.readDate("actualDate");
    const percent = row.readPercent("percentComplete");
    this.key = rowKey(row, "milestone");
    this.id = row.textOf("milestoneId");
    this.normId = this.id ? norm(this.id) : "";
    this.baseline = baseline.ok ? baseline.value : null;
    this.forecast = forecast.ok ? forecast.value : null;
    this.actual = actual.ok ? actual.value : null;
    this.invalidDates = (baseline.ok ? 0 : 1) | (forecast.ok ? 0 : 2) | (actual.ok ? 0 : 4);
    const status = row.readEnum("status", "Milestone Status");
    this.status = status.ok ? status.value : null;
    this.statusText = row.textOf("status");
    this.percent = percent.ok ? percent.value : null;
    this.percentInvalid = !percent.ok;
    this.predecessors = predecessorsOf(row);
  }

  get anyDateInvalid(): boolean {
    return this.invalidDates !== 0;
  }

  dateInvalid(name: DateName): boolean {
    return (this.invalidDates & (name === "baseline" ? 1 : name === "forecast" ? 2 : 4)) !== 0;
  }

  /** The cell of a column; null when the register lacks the column. */
  cell(key: string): string | null {
    return this.row.cell(key);
  }

  raw(key: string): CellValue {
    return this.row.raw(key);
  }

  /** Forecast, else Baseline. */
  get dueKind(): "forecast" | "baseline" | null {
    return this.forecast ? "forecast" : this.baseline ? "baseline" : null;
  }

  get due(): Iso | null {
    return this.forecast ?? this.baseline;
  }

  /** Actual, else due. */
  get date(): Iso | null {
    return this.actual ?? this.forecast ?? this.baseline;
  }

  get dateKind(): "actual" | "forecast" | "baseline" | null {
    return this.actual ? "actual" : this.dueKind;
  }
}

export interface Schedule {
  readonly milestones: readonly Milestone[];
  /** First milestone of each normalised ID. */
  readonly byId: ReadonlyMap<string, Milestone>;
}

export function schedule(ctx: RuleContext): Schedule {
  return ctx.memo("milestone/schedule", () => {
    const milestones: Milestone[] = [];
    const byId = new Map<string, Milestone>();
    const rows = ctx.rows;
    for (let n = 0; n < rows.length; n++) {
      const row = rows[n]!;
      const m = new Milestone(row, n);
      milestones.push(m);
      if (m.id && !byId.has(m.normId)) byId.set(m.normId, m);
    }
    return { milestones, byId };
  });
}

// Scheduling tools write links as "12FS", "7 SS+2d": the id comes first.
const LINK_SUFFIX = /\s*(?:FS|SS|FF|SF)(?:\s*[+-]\s*\d+(?:\.\d+)?\s*(?:d|days?|w|wks?|weeks?)?)?$/i;

/** The milestone a predecessor reference names, or null when none has that ID. */
export function resolvePredecessor(s: Schedule, ref: string): Milestone | null {
  const exact = s.byId.get(norm(ref));
  if (exact) return exact;
  const bare = ref.replace(LINK_SUFFIX, "");
  return bare !== ref ? (s.byId.get(norm(bare)) ?? null) : null;
}

const NO_EDGES: readonly number[] = Object.freeze([]);

/** Predecessors of each milestone that resolve, by index into `milestones`. */
export function predecessorEdges(ctx: RuleContext): readonly (readonly number[])[] {
  return ctx.memo("milestone/edges", () => {
    const s = schedule(ctx);
    const milestones = s.milestones;
    const edges: (readonly number[])[] = new Array<readonly number[]>(milestones.length);
    for (let n = 0; n < milestones.length; n++) {
      const refs = milestones[n]!.predecessors;
      if (!refs.length) {
        edges[n] = NO_EDGES;
        continue;
      }
      const out: number[] = [];
      for (let r = 0; r < refs.length; r++) {
        const p = resolvePredecessor(s, refs[r]!);
        if (p && !out.includes(p.index)) out.push(p.index);
      }
      edges[n] = out.length ? out : NO_EDGES;
    }
    return edges;
  });
}

/**
 * Strongly connected components of the predecessor graph that are cycles (two or more
 * milestones, or one that names itself). Tarjan's algorithm without recursion, so that a chain
 * of 100,000 milestones does not overflow the stack, and on typed arrays, so that it allocates
 * nothing per milestone. Returns the component of each milestone on a cycle (members in row
 * order), by index.
 */
export function cycles(ctx: RuleContext): ReadonlyMap<number, readonly number[]> {
  return ctx.memo("milestone/cycles", () => {
    const edges = predecessorEdges(ctx);
    const n = edges.length;
    const order = new Int32Array(n).fill(-1);
    const low = new Int32Array(n);
    const onStack = new Uint8Array(n);
    const stack = new Int32Array(n);
    let top = 0;
    // The depth-first path: each frame's node and the position of the next edge to follow.
    const frameNode = new Int32Array(n);
    const frameNext = new Int32Array(n);
    const result = new Map<number, readonly number[]>();
    let counter = 0;
    for (let root = 0; root < n; root++) {
      if (order[root] !== -1) continue;
      let depth = 1;
      frameNode[0] = root;
      frameNext[0] = 0;
      order[root] = low[root] = counter++;
      stack[top++] = root;
      onStack[root] = 1;
      while (depth) {
        const v = frameNode[depth - 1]!;
        const next = frameNext[depth - 1]!;
        const out = edges[v]!;
        if (next < out.length) {
          frameNext[depth - 1] = next + 1;
          const w = out[next]!;
          if (order[w] === -1) {
            order[w] = low[w] = counter++;
            stack[top++] = w;
            onStack[w] = 1;
            frameNode[depth] = w;
            frameNext[depth] = 0;
            depth++;
          } else if (onStack[w]) {
            low[v] = Math.min(low[v]!, order[w]!);
          }
          continue;
        }
        depth--;
        if (depth) {
          const parent = frameNode[depth - 1]!;
          low[parent] = Math.min(low[parent]!, low[v]!);
        }
        if (low[v] !== order[v]) continue;
        if (stack[top - 1] === v) {
          // A component of one: a cycle only when the milestone names itself.
          top--;
          onStack[v] = 0;
          if (out.includes(v)) result.set(v, [v]);
          continue;
        }
        const component: number[] = [];
        let w: number;
        do {
          w = stack[--top]!;
          onStack[w] = 0;
          component.push(w);
        } while (w !== v);
        component.sort((a, b) => a - b);
        for (const m of component) result.set(m, component);
      }
    }
    return result;
  });
}
