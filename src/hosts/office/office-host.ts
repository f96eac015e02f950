/**
 * The Office.js host: a WorkbookHost over the workbook open in Excel. It is given Excel.run and
 * the requirement-set check rather than reaching for globals, so that the same class runs in
 * the add-in and, in tests, over the strict fake of test/office-fake.
 *
 *   const host = new OfficeHost({ run: (b) => Excel.run(b), isSetSupported: (n, v) => Office.context.requirements.isSetSupported(n, v) });
 *
 * Settings need no code here: they live in the workbook's Settings sheet (tblSettings), which
 * read() returns like any table and plans write like any table.
 */
import type { ApplyResult, HostCapabilities, Progress, WorkbookHost } from "../../plan/host";
import type { WorkbookPlan } from "../../plan/plan";
import type { WorkbookSnapshot } from "../../plan/snapshot";
import { PAYLOAD_BUDGET_BYTES } from "./budget";
import { UnsupportedExcelError } from "./errors";
import { applyPlan } from "./apply/apply-plan";
import { readSnapshot } from "./read-snapshot";
import { MISSING_MESSAGES, capabilitiesOf, detectFeatures, type IsSetSupported, type OfficeFeatures } from "./requirements";

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeHostOptions {
  /** `Excel.run` in the add-in; the fake's `run` in tests. */
  readonly run: ExcelRun;
  readonly isSetSupported: IsSetSupported;
  /** Bytes per sync's request or response (default PAYLOAD_BUDGET_BYTES, 2% under 4 MiB; Excel on the web refuses 5 MB). */
  readonly payloadBudget?: number;
}

export class OfficeHost implements WorkbookHost {
  readonly kind = "office" as const;
  private readonly run: ExcelRun;
  private readonly features: OfficeFeatures;
  private readonly budget: number;

  constructor(options: OfficeHostOptions) {
    this.run = options.run;
    this.features = detectFeatures(options.isSetSupported);
    this.budget = options.payloadBudget ?? PAYLOAD_BUDGET_BYTES;
  }

  capabilities(): HostCapabilities {
    return capabilitiesOf(this.features);
  }

  private assertSupported(): void {
    if (!this.features.base) throw new UnsupportedExcelError(MISSING_MESSAGES.base);
  }

  read(options: { readonly sheets?: readonly string[] } = {}): Promise<WorkbookSnapshot> {
    this.assertSupported();
    const wanted = options.sheets ? new Set(options.sheets.map((s) => s.toLowerCase())) : undefined;
    return this.run((context) => readSnapshot(context, this.features, this.budget, wanted));
  }

  apply(plan: WorkbookPlan, progress?: Progress): Promise<ApplyResult> {
    this.assertSupported();
    return this.run((context) => applyPlan(context, this.features, plan, this.budget, progress));
  }

  /** Shows a finding's cell: activates its sheet and selects the cell, in one sync. */
  select(sheet: string, cell: string): Promise<void> {
    this.assertSupported();
    return this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await context.sync();
    });
  }
}
