/**
 * A milestone register read once for all milestone rules: typed fields per row, the due date
 * (Forecast, else Baseline) and the date (Actual, else due) of each milestone, and the
 * predecessor graph with its cycles.
 */
import type { Iso } from "../../dates";
import type { Field, RowView } from "../../registers/records";
import type { RuleContext } from "../rule";
import { norm, rowKey } from "../rows";

export interface Milestone {
  readonly row: RowView;
  readonly key: string;
  readonly id: string;
  readonly baseline: Field<Iso>;
  readonly forecast: Field<Iso>;
  readonly actual: Field<Iso>;
  /** The list's spelling (Complete, Cancelled, …) or null when blank or unknown. */
  readonly status: string | null;
  readonly statusText: string;
  readonly percent: Field<number>;
  readonly predecessors: readonly string[];
  /** Forecast, else Baseline. */
  readonly due: { readonly date: Iso; readonly kind: "forecast" | "baseline"; readonly cell: string } | null;
  /** Actual, else due. */
  readonly date: { readonly date: Iso; readonly kind: "actual" | "forecast" | "baseline" } | null;
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
    for (const row of ctx.rows) {
      const baseline = row.date("baselineDate");
      const forecast = row.date("forecastDate");
      const actual = row.date("actualDate");
      const status = row.enumValue("status", "Milestone Status");
      const due =
        forecast.value && forecast.cell
          ? { date: forecast.value, kind: "forecast" as const, cell: forecast.cell }
          : baseline.value && baseline.cell
            ? { date: baseline.value, kind: "baseline" as const, cell: baseline.cell }
            : null;
      const m: Milestone = {
        row,
        key: rowKey(row, "milestone"),
        id: row.textOf("milestoneId"),
        baseline,
        forecast,
        actual,
        status: status.value,
        statusText: row.textOf("status"),
        percent: row.percent("percentComplete"),
        predecessors: row.ids("predecessors").value ?? [],
        due,
        date: actual.value ? { date: actual.value, kind: "actual" } : due ? { date: due.date, kind: due.kind } : null,
      };
      milestones.push(m);
      if (m.id && !byId.has(norm(m.id))) byId.set(norm(m.id), m);
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

/** Predecessors of each milestone that resolve, by index into `milestones`. */
export function predecessorEdges(ctx: RuleContext): readonly (readonly number[])[] {
  return ctx.memo("milestone/edges", () => {
    const s = schedule(ctx);
    const index = new Map<Milestone, number>(s.milestones.map((m, i) => [m, i]));
    return s.milestones.map((m) => {
      const out: number[] = [];
      for (const ref of m.predecessors) {
        const p = resolvePredecessor(s, ref);
        const i = p ? index.get(p) : undefined;
        if (i !== undefined && !out.includes(i)) out.push(i);
      }
      return out;
    });
  });
}

/**
 * Strongly connected components of the predecessor graph that are cycles (two or more
 * milestones, or one that names itself). Tarjan's algorithm without recursion, so that a chain
 * of 100,000 milestones does not overflow the stack. Returns the component of each milestone
 * on a cycle (members in row order), by index.
 */
export function cycles(ctx: RuleContext): ReadonlyMap<number, readonly number[]> {
  return ctx.memo("milestone/cycles", () => {
    const edges = predecessorEdges(ctx);
    const n = edges.length;
    const order = new Int32Array(n).fill(-1);
    const low = new Int32Array(n);
    const onStack = new Uint8Array(n);
    const stack: number[] = [];
    const result = new Map<number, readonly number[]>();
    let counter = 0;
    for (let root = 0; root < n; root++) {
      if (order[root] !== -1) continue;
      // Each frame: node and the position of the next edge to follow.
      const frames: [number, number][] = [[root, 0]];
      order[root] = low[root] = counter++;
      stack.push(root);
      onStack[root] = 1;
      while (frames.length) {
        const frame = frames[frames.length - 1]!;
        const [v, next] = frame;
        const out = edges[v]!;
        if (next < out.length) {
          frame[1] = next + 1;
          const w = out[next]!;
          if (order[w] === -1) {
            order[w] = low[w] = counter++;
            stack.push(w);
            onStack[w] = 1;
            frames.push([w, 0]);
          } else if (onStack[w]) {
            low[v] = Math.min(low[v]!, order[w]!);
          }
          continue;
        }
        frames.pop();
        const parent = frames[frames.length - 1];
        if (parent) low[parent[0]] = Math.min(low[parent[0]]!, low[v]!);
        if (low[v] !== order[v]) continue;
        const component: number[] = [];
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = 0;
          component.push(w);
        } while (w !== v);
        if (component.length > 1 || edges[v]!.includes(v)) {
          component.sort((a, b) => a - b);
          for (const m of component) result.set(m, component);
        }
      }
    }
    return result;
  });
}
