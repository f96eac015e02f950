/**
 * A strict stand-in for Excel's JavaScript API, enough of it for the Office host: create one,
 * hand `run` and `isSetSupported` to OfficeHost, then look at `state` (the workbook) and
 * `stats` (syncs and payload bytes).
 */
import { FakeContext, PAYLOAD_LIMIT_BYTES, SyncStats, apiSupports } from "./context";
import { FakeWorkbook } from "./api/workbook";
import { WorkbookState, type WorkbookOptions } from "./state";

export interface FakeExcelOptions extends WorkbookOptions {
  /** Highest ExcelApi requirement set supported (default "1.17", a current Microsoft 365). */
  readonly excelApi?: string;
  /** Payload limit of a request and of a response (default Excel on the web's 5 MB). */
  readonly payloadLimit?: number;
}

export interface FakeExcel {
  readonly state: WorkbookState;
  readonly stats: SyncStats;
  /** Mimics Excel.run: a fresh context per batch, closed when the batch settles. */
  readonly run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  readonly isSetSupported: (name: string, version?: string) => boolean;
}

export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  const state = new WorkbookState(options);
  const stats = new SyncStats();
  const excelApi = options.excelApi ?? "1.17";
  const run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = new FakeContext(state, stats, excelApi, options.payloadLimit ?? PAYLOAD_LIMIT_BYTES);
    context.workbook = new FakeWorkbook(context);
    try {
      // The fake implements only the part of the API the host uses; the cast is the one place
      // where it stands in for Excel's full type.
      return await batch(context as unknown as Excel.RequestContext);
    } finally {
      context.close();
    }
  };
  const isSetSupported = (name: string, version = "1.1") => name === "ExcelApi" && apiSupports(excelApi, version);
  return { state, stats, run, isSetSupported };
}
