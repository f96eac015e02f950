/**
 * measureOffice: how many syncs and how many bytes an operation costs through the Office host,
 * on the fake, over a structured workbook with `rows` milestones. For the benchmarks.
 *
 *   await measureOffice("read", 10_000)                       // host.read()
 *   await measureOffice(milestoneRowsPlan(100), 10_000)       // host.apply(plan)
 *   await measureOffice((snap) => validate(snap, …).plan, 10_000)  // read, then apply: a whole operation
 */
import { OfficeHost } from "../../src/hosts/office/office-host";
import type { WorkbookPlan } from "../../src/plan/plan";
import type { WorkbookSnapshot } from "../../src/plan/snapshot";
import { createFakeExcel } from "./fake-excel";
import { seedWorkbook } from "./seed";

export interface OfficeMeasure {
  readonly syncs: number;
  /** Request plus response bytes of all syncs. */
  readonly bytesMoved: number;
  readonly maxRequestBytes: number;
  readonly maxResponseBytes: number;
}

export type Measured = "read" | WorkbookPlan | ((snapshot: WorkbookSnapshot) => WorkbookPlan);

export interface MeasureOptions {
  /** ExcelApi version the fake poses as (default "1.17"). */
  readonly excelApi?: string;
  /** Seeds the workbook instead of structure + `rows` milestones. */
  readonly seed?: (host: OfficeHost, rows: number) => Promise<void>;
}

export async function measureOffice(what: Measured, rows: number, options: MeasureOptions = {}): Promise<OfficeMeasure> {
  const fake = createFakeExcel({ excelApi: options.excelApi ?? "1.17" });
  const host = new OfficeHost({ run: fake.run, isSetSupported: fake.isSetSupported });
  await (options.seed ?? seedWorkbook)(host, rows);
  fake.stats.reset();
  if (what === "read") await host.read();
  else await host.apply(typeof what === "function" ? what(await host.read()) : what);
  const s = fake.stats;
  return { syncs: s.syncs, bytesMoved: s.requestBytes + s.responseBytes, maxRequestBytes: s.maxRequestBytes, maxResponseBytes: s.maxResponseBytes };
}
