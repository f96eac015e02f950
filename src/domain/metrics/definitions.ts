/**
 * What each metric of metrics.md is, beyond its name: which direction is "better" (for trend
 * arrows), how it is shown, and whether a portfolio trend can be derived from the projects'
 * snapshot rows. Formula text and the JS reference live in formulas.ts and reference.ts.
 */
import { METRIC_NAMES, type MetricName } from "../registers/catalogue";

/** "lower": fewer is better (overdue, risks, slip); "higher": more is better; "neutral": no arrow. */
export type Better = "lower" | "higher" | "neutral";

/**
 * How the previous portfolio value is rebuilt from the previous snapshot's project rows (the
 * history keeps projects only): counts add up, the largest slip is the largest of the projects',
 * and shares or means cannot be rebuilt without their denominators, so they have no trend.
 */
export type PortfolioPrevious = "sum" | "max" | "none";

export interface MetricDef {
  readonly name: MetricName;
  readonly better: Better;
  readonly numberFormat: string;
  readonly deltaFormat: string;
  readonly portfolioPrevious: PortfolioPrevious;
}

const COUNT = { numberFormat: "0", deltaFormat: "+0;-0;0", portfolioPrevious: "sum" } as const;
const RATE = { numberFormat: "0%", deltaFormat: "+0%;-0%;0%", portfolioPrevious: "none" } as const;

export const METRIC_DEFS: Readonly<Record<MetricName, MetricDef>> = {
  "Milestones Total": { name: "Milestones Total", better: "neutral", ...COUNT },
  "Milestones Complete": { name: "Milestones Complete", better: "higher", ...COUNT },
  "Milestones Overdue": { name: "Milestones Overdue", better: "lower", ...COUNT },
  "On-Time Rate": { name: "On-Time Rate", better: "higher", ...RATE },
  "Avg Slip Days": { name: "Avg Slip Days", better: "lower", numberFormat: "0.0", deltaFormat: "+0.0;-0.0;0.0", portfolioPrevious: "none" },
  "Max Slip Days": { name: "Max Slip Days", better: "lower", ...COUNT, portfolioPrevious: "max" },
  "Open Risks": { name: "Open Risks", better: "lower", ...COUNT },
  "High Risks": { name: "High Risks", better: "lower", ...COUNT },
  "Risk Exposure": { name: "Risk Exposure", better: "lower", ...COUNT },
  "Open Issues": { name: "Open Issues", better: "lower", ...COUNT },
  // More open actions is neither good nor bad on its own; overdue ones are what matters.
  "Open Actions": { name: "Open Actions", better: "neutral", ...COUNT },
  "Overdue Actions": { name: "Overdue Actions", better: "lower", ...COUNT },
  "RACI Coverage": { name: "RACI Coverage", better: "higher", ...RATE },
  "Cost Variance %": { name: "Cost Variance %", better: "lower", numberFormat: "0.0%", deltaFormat: "+0.0%;-0.0%;0.0%", portfolioPrevious: "none" },
};

export { METRIC_NAMES, type MetricName };

/** Metric values of one project or of the portfolio; null where the metric is blank. */
export type MetricValues = Readonly<Record<MetricName, number | null>>;

export type RagColour = "Red" | "Amber" | "Green";
export type RagKey = "schedule" | "cost" | "risk" | "overall";
export const RAG_KEYS: readonly RagKey[] = ["schedule", "cost", "risk", "overall"];
/** Headers of the RAG columns on the Metrics sheet and in Status History. */
export const RAG_HEADERS: Readonly<Record<RagKey, string>> = {
  schedule: "Schedule RAG",
  cost: "Cost RAG",
  risk: "Risk RAG",
  overall: "Overall RAG",
};
/** Cost RAG is blank without a budget. */
export type Rags = Readonly<Record<RagKey, RagColour | null>>;

/** Rank of a RAG colour: a higher rank is better. */
export const RAG_RANK: Readonly<Record<RagColour, number>> = { Red: 1, Amber: 2, Green: 3 };
