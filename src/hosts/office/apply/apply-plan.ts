/**
 * Applies a plan in one Excel.run: the prepare syncs (inventory), then every op queued in order
 * through the write batch, which syncs only when the payload budget is reached, and one final
 * sync. Errors Excel reports come back as a WorkbookError naming the ops of the failed sync.
 */
import type { ApplyResult, Progress } from "../../../plan/host";
import type { PlanOp, WorkbookPlan } from "../../../plan/plan";
import { WorkbookError, officeErrorCode } from "../errors";
import type { OfficeFeatures } from "../requirements";
import { WriteBatch } from "./batch";
import { columnWidths, format, merge, rowHeight, writeRange } from "./cell-ops";
import type { ApplyEnv } from "./env";
import { takeInventory } from "./inventory";
import { chart, freezePanes, pageSetup, pivotTable } from "./object-ops";
import { conditionalFormat, dataValidation, namedRange } from "./rule-ops";
import { activate, clearSheet, ensureSheet } from "./sheet-ops";
import { applyRun, runLength, type RunOp } from "./style-runs";
import { addTableColumns, createTable, tableRows } from "./table-ops";

function dispatch(env: ApplyEnv, op: PlanOp): Promise<void> {
  switch (op.kind) {
    case "ensureSheet":
      return ensureSheet(env, op);
    case "clearSheet":
      return clearSheet(env, op);
    case "createTable":
      return createTable(env, op);
    case "addTableColumns":
      return addTableColumns(env, op);
    case "appendTableRows":
    case "replaceTableRows":
      return tableRows(env, op);
    case "writeRange":
      return writeRange(env, op);
    case "format":
      return format(env, op);
    case "columnWidths":
      return columnWidths(env, op);
    case "rowHeight":
      return rowHeight(env, op);
    case "merge":
      return merge(env, op);
    case "dataValidation":
      return dataValidation(env, op);
    case "conditionalFormat":
      return conditionalFormat(env, op);
    case "namedRange":
      return namedRange(env, op);
    case "freezePanes":
      return freezePanes(env, op);
    case "pivotTable":
      return pivotTable(env, op);
    case "chart":
      return chart(env, op);
    case "pageSetup":
      return pageSetup(env, op);
    case "activate":
      return activate(env, op);
    default: {
      const never: never = op;
      throw new WorkbookError(`unknown plan op ${JSON.stringify(never)}`);
    }
  }
}

export async function applyPlan(context: Excel.RequestContext, features: OfficeFeatures, plan: WorkbookPlan, budget: number, progress?: Progress): Promise<ApplyResult> {
  const model = await takeInventory(context, features, plan.ops);
  const total = plan.ops.length;
  let done = 0;
  /** First op whose calls are in the request being built (for error messages). */
  let pendingFrom = 0;
  const batch = new WriteBatch(context, budget, () => {
    pendingFrom = done;
    progress?.(done, total);
  });
  const worksheets = new Map<string, Excel.Worksheet>();
  const tables = new Map<string, Excel.Table>();
  const skipped: { kind: string; reason: string }[] = [];
  const touched: string[] = [];
  const env: ApplyEnv = {
    context,
    batch,
    features,
    model,
    worksheet(name) {
      const lower = name.toLowerCase();
      let ws = worksheets.get(lower);
      if (!ws) {
        if (!model.sheet(name)) throw new WorkbookError(`sheet "${name}" does not exist`);
        ws = context.workbook.worksheets.getItem(name);
        worksheets.set(lower, ws);
      }
      return ws;
    },
    adopt(name, ws) {
      worksheets.set(name.toLowerCase(), ws);
    },
    table(name) {
      const lower = name.toLowerCase();
      let t = tables.get(lower);
      if (!t) {
        t = context.workbook.tables.getItem(model.table(name)?.name ?? name);
        tables.set(lower, t);
      }
      return t;
    },
    skip(op, reason) {
      skipped.push({ kind: op.kind, reason });
    },
  };
  let applied = 0;
  /** Ops being translated now (a run of style ops is translated as one). */
  let current = 1;
  try {
    while (done < total) {
      const op = plan.ops[done]!;
      current = runLength(plan.ops, done);
      const before = skipped.length;
      if (current > 1) await applyRun(env, plan.ops.slice(done, done + current) as RunOp[]);
      else await dispatch(env, op);
      done += current;
      if (skipped.length > before) continue;
      applied += current;
      if ("sheet" in op && !touched.includes(op.sheet)) touched.push(op.sheet);
    }
    await batch.flush();
  } catch (e) {
    if (e instanceof WorkbookError) throw e;
    const code = officeErrorCode(e);
    if (code === undefined) throw e;
    const last = Math.min(done + current, total);
    const kinds = [...new Set(plan.ops.slice(pendingFrom, last).map((o) => o.kind))].join(", ");
    throw new WorkbookError(`Excel refused the changes of plan ops ${pendingFrom + 1}–${last} (${kinds}): ${(e as Error).message}`, { cause: e });
  }
  progress?.(total, total);
  return { applied, sheets: touched, skipped };
}
