/**
 * Trends against the previous snapshot (metrics.md): for each metric the change since the
 * latest Status History row of the same project dated before `asOf`, an arrow that says whether
 * that change is better or worse, and for each RAG whether it is improving, steady or declining.
 * The portfolio has no history rows of its own: its previous value is rebuilt from the projects'
 * rows of the latest earlier snapshot where that can be done (definitions.ts).
 */
import type { Iso } from "../dates";
import { METRIC_DEFS, METRIC_NAMES, RAG_HEADERS, RAG_KEYS, RAG_RANK, type MetricName, type MetricValues, type RagColour, type RagKey, type Rags } from "./definitions";
import type { StatusHistoryFact } from "./inputs";
import type { Scope } from "./reference";
import { key } from "./text-match";

export type Arrow = "▲" | "▼" | "►";
export type RagTrend = "improving" | "steady" | "declining";

export interface MetricTrend {
  readonly delta: number | null;
  readonly arrow: Arrow | null;
}

export interface Trend {
  readonly previousAsOf: Iso | null;
  readonly metrics: Readonly<Record<MetricName, MetricTrend>>;
  readonly rag: Readonly<Record<RagKey, RagTrend | null>>;
}

/** Changes smaller than this are "the same": spreadsheets round differences of nearly equal numbers to 0. */
export const SAME_EPSILON = 1e-9;

export function arrowFor(name: MetricName, delta: number | null): Arrow | null {
  const better = METRIC_DEFS[name].better;
  if (delta === null || better === "neutral") return null;
  if (Math.abs(delta) < SAME_EPSILON) return "►";
  return (delta > 0) === (better === "higher") ? "▲" : "▼";
}

export function ragTrend(current: RagColour | null, previous: RagColour | null): RagTrend | null {
  if (!current || !previous) return null;
  const d = RAG_RANK[current] - RAG_RANK[previous];
  return d > 0 ? "improving" : d < 0 ? "declining" : "steady";
}

function rowsOf(history: readonly StatusHistoryFact[], scope: Scope): StatusHistoryFact[] {
  return scope === null ? [...history] : history.filter((h) => key(h.projectId) === scope.toLowerCase());
}

export function previousAsOf(history: readonly StatusHistoryFact[], scope: Scope, asOf: Iso): Iso | null {
  let prev: Iso | null = null;
  for (const h of rowsOf(history, scope)) if (h.asOf !== null && h.asOf < asOf && (prev === null || h.asOf > prev)) prev = h.asOf;
  return prev;
}

/** The previous snapshot's RAG: the worst colour its rows hold (there is one row per project and date). */
function previousRag(rows: readonly StatusHistoryFact[], header: string): RagColour | null {
  const held = new Set(rows.map((r) => r.rags[header as keyof StatusHistoryFact["rags"]]));
  return held.has("red") ? "Red" : held.has("amber") ? "Amber" : held.has("green") ? "Green" : null;
}

export function computeTrend(history: readonly StatusHistoryFact[], scope: Scope, asOf: Iso, current: MetricValues, currentRags: Rags): Trend {
  const prevAsOf = previousAsOf(history, scope, asOf);
  const prevRows = prevAsOf === null ? [] : rowsOf(history, scope).filter((h) => h.asOf === prevAsOf);
  const metrics = Object.fromEntries(
    METRIC_NAMES.map((name): [MetricName, MetricTrend] => {
      const cur = current[name];
      const held = prevRows.map((r) => r.values[name]).filter((v): v is number => v !== null);
      const how = scope === null ? METRIC_DEFS[name].portfolioPrevious : "sum";
      if (cur === null || held.length === 0 || how === "none") return [name, { delta: null, arrow: null }];
      const prev = how === "max" ? Math.max(...held) : held.reduce((s, v) => s + v, 0);
      const delta = cur - prev;
      return [name, { delta, arrow: arrowFor(name, delta) }];
    }),
  ) as Record<MetricName, MetricTrend>;
  const rag = Object.fromEntries(
    RAG_KEYS.map((k): [RagKey, RagTrend | null] => [k, scope === null ? null : ragTrend(currentRags[k], previousRag(prevRows, RAG_HEADERS[k]))]),
  ) as Record<RagKey, RagTrend | null>;
  return { previousAsOf: prevAsOf, metrics, rag };
}
