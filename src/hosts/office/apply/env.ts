/** What every op translator gets: the request context, the batch, features, the model, and a place to record skips. */
import type { PlanOp } from "../../../plan/plan";
import type { OfficeFeatures } from "../requirements";
import type { WriteBatch } from "./batch";
import type { WorkbookModel } from "./model";

export interface ApplyEnv {
  readonly context: Excel.RequestContext;
  readonly batch: WriteBatch;
  readonly features: OfficeFeatures;
  readonly model: WorkbookModel;
  /** The worksheet proxy of a sheet (one per sheet for the whole plan). */
  worksheet(name: string): Excel.Worksheet;
  /** Registers the proxy of a sheet the plan has just added. */
  adopt(name: string, ws: Excel.Worksheet): void;
  /** The table proxy of a table (one per table for the whole plan). */
  table(name: string): Excel.Table;
  /** Records an op not carried out because this Excel lacks what it needs. */
  skip(op: PlanOp, reason: string): void;
}
