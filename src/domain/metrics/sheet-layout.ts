/**
 * The Metrics sheet's layout contract (metrics.md): row 1 holds "Project ID", the metric names,
 * the four RAG headers, then the trend columns; one row per project with its Project ID in
 * column A; a last row "Portfolio". Every cell below the header is a formula (text here, with
 * "="), so the sheet stays live without the add-in.
 */
import { colName } from "../a1";
import { register } from "../registers/catalogue";
import { METRIC_DEFS, METRIC_NAMES, RAG_HEADERS, RAG_KEYS, type MetricName, type RagKey } from "./definitions";
import { escalatedRisksFormula, metricFormulas, type FormulaContext } from "./formulas";
import { args, str, tableColumn, type Criteria } from "./structured-ref";

export const PORTFOLIO = "Portfolio";
export const PREVIOUS_AS_OF = "Previous As Of";
export const deltaHeader = (m: MetricName) => `${m} Δ`;
export const arrowHeader = (m: MetricName) => `${m} Trend`;
export const ragTrendHeader = (k: RagKey) => `${RAG_HEADERS[k]} Trend`;

export type MetricsColumn =
  | { readonly kind: "project"; readonly header: string }
  | { readonly kind: "metric"; readonly header: string; readonly metric: MetricName }
  | { readonly kind: "rag"; readonly header: string; readonly rag: RagKey }
  | { readonly kind: "previous"; readonly header: string }
  | { readonly kind: "delta"; readonly header: string; readonly metric: MetricName }
  | { readonly kind: "arrow"; readonly header: string; readonly metric: MetricName }
  | { readonly kind: "ragTrend"; readonly header: string; readonly rag: RagKey };

/** Every column of the sheet, in order. Metrics without a better direction get a delta but no arrow. */
export function metricsColumns(): MetricsColumn[] {
  return [
    { kind: "project", header: "Project ID" },
    ...METRIC_NAMES.map((metric): MetricsColumn => ({ kind: "metric", header: metric, metric })),
    ...RAG_KEYS.map((rag): MetricsColumn => ({ kind: "rag", header: RAG_HEADERS[rag], rag })),
    { kind: "previous", header: PREVIOUS_AS_OF },
    ...METRIC_NAMES.flatMap((metric): MetricsColumn[] => [
      { kind: "delta", header: deltaHeader(metric), metric },
      ...(METRIC_DEFS[metric].better === "neutral" ? [] : [{ kind: "arrow", header: arrowHeader(metric), metric } as const]),
    ]),
    ...RAG_KEYS.map((rag): MetricsColumn => ({ kind: "ragTrend", header: ragTrendHeader(rag), rag })),
  ];
}

const HISTORY = register("statusHistory").table;
const hist = (header: string) => tableColumn(HISTORY, header);

/** Column letter of a header in the layout. */
function letters(columns: readonly MetricsColumn[]): (header: string) => string {
  const at = new Map(columns.map((c, i) => [c.header, colName(i)]));
  return (h) => {
    const l = at.get(h);
    if (!l) throw new Error(`Metrics sheet has no column ${h}`);
    return l;
  };
}

const RAG_LIST = `{"Red","Amber","Green"}`;

function ragFormula(rag: RagKey, cell: (h: string) => string, projectCell: string | null): string {
  const overdue = cell("Milestones Overdue");
  const maxSlip = cell("Max Slip Days");
  const high = cell("High Risks");
  const cv = cell("Cost Variance %");
  switch (rag) {
    case "schedule":
      // N() reads a blank Max Slip ("" from a project without dated milestones) as 0.
      return `=IF(OR(${overdue}>=1,N(${maxSlip})>PMO_RedSlipDays),"Red",IF(N(${maxSlip})>PMO_SlipWarnDays,"Amber","Green"))`;
    case "cost":
      return `=IF(ISNUMBER(${cv}),IF(${cv}>PMO_RedCostVariance,"Red",IF(${cv}>PMO_AmberCostVariance,"Amber","Green")),"")`;
    case "risk":
      return `=IF(OR(${escalatedRisksFormula(projectCell)}>0,${high}>=3),"Red",IF(${high}>=1,"Amber","Green"))`;
    case "overall": {
      const parts = (["schedule", "cost", "risk"] as const).map((k) => cell(RAG_HEADERS[k]));
      const worst = `IF(OR(${parts.map((c) => `${c}="Red"`).join(",")}),"Red",IF(OR(${parts.map((c) => `${c}="Amber"`).join(",")}),"Amber","Green"))`;
      if (!projectCell) return `=${worst}`;
      const projects = register("projects").table;
      // The override counts only when it is one of the three colours; MATCH also makes its case canonical.
      const override = `INDEX(${tableColumn(projects, "RAG Override")},MATCH(${projectCell},${tableColumn(projects, "Project ID")},0))&""`;
      return `=IFERROR(INDEX(${RAG_LIST},MATCH(${override},${RAG_LIST},0)),${worst})`;
    }
  }
}

function previousFormula(projectCell: string | null): string {
  const c: Criteria = [...(projectCell ? [[hist("Project ID"), projectCell] as const] : []), [hist("As Of"), `"<"&PMO_AsOf`]];
  return `=IF(COUNTIFS(${args(c)})=0,"",MAXIFS(${hist("As Of")},${args(c)}))`;
}

function deltaFormula(metric: MetricName, cell: (h: string) => string, projectCell: string | null, prev: string): string | null {
  const cur = cell(metric);
  const at: Criteria = [...(projectCell ? [[hist("Project ID"), projectCell] as const] : []), [hist("As Of"), prev]];
  const held = `COUNTIFS(${args([...at, [hist(metric), str("<>")]])})=0`;
  const how = projectCell ? "sum" : METRIC_DEFS[metric].portfolioPrevious;
  if (how === "none") return null;
  const previous = how === "max" ? `MAXIFS(${hist(metric)},${args(at)})` : `SUMIFS(${hist(metric)},${args(at)})`;
  return `=IF(OR(${prev}="",NOT(ISNUMBER(${cur})),${held}),"",${cur}-${previous})`;
}

function arrowFormula(metric: MetricName, delta: string): string {
  const better = METRIC_DEFS[metric].better === "higher" ? `${delta}>0` : `${delta}<0`;
  return `=IF(${delta}="","",IF(ABS(${delta})<1E-9,"►",IF(${better},"▲","▼")))`;
}

function ragTrendFormula(rag: RagKey, cell: (h: string) => string, projectCell: string, prev: string): string {
  const at = `${hist("Project ID")},${projectCell},${hist("As Of")},${prev},${hist(RAG_HEADERS[rag])}`;
  const previous = `IF(COUNTIFS(${at},"Red")>0,1,IF(COUNTIFS(${at},"Amber")>0,2,IF(COUNTIFS(${at},"Green")>0,3,0)))`;
  const current = `IFERROR(MATCH(${cell(RAG_HEADERS[rag])},${RAG_LIST},0),0)`;
  return `=IF(OR(${prev}="",${current}=0,${previous}=0),"",CHOOSE(SIGN(${current}-${previous})+2,"declining","steady","improving"))`;
}

/**
 * The cells of one row (0-based sheet row `row`): the project's id as text, or "Portfolio", then
 * one formula per column; null where the portfolio has no trend.
 */
export function metricsRow(columns: readonly MetricsColumn[], row: number, projectId: string | null, ctx: FormulaContext): (string | { f: string } | null)[] {
  const letter = letters(columns);
  const r = row + 1;
  const cell = (h: string) => `${letter(h)}${r}`;
  const projectCell = projectId === null ? null : `$A${r}`;
  const metrics = metricFormulas(projectCell, ctx);
  const prev = `$${letter(PREVIOUS_AS_OF)}${r}`;
  return columns.map((c) => {
    switch (c.kind) {
      case "project":
        return projectId ?? PORTFOLIO;
      case "metric":
        return { f: metrics[c.metric] };
      case "rag":
        return { f: ragFormula(c.rag, cell, projectCell) };
      case "previous":
        return { f: previousFormula(projectCell) };
      case "delta": {
        const f = deltaFormula(c.metric, cell, projectCell, prev);
        return f ? { f } : null;
      }
      case "arrow":
        return projectId === null && METRIC_DEFS[c.metric].portfolioPrevious === "none" ? null : { f: arrowFormula(c.metric, cell(deltaHeader(c.metric))) };
      case "ragTrend":
        return projectCell ? { f: ragTrendFormula(c.rag, cell, projectCell, prev) } : null;
    }
  });
}
