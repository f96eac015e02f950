/**
 * The fake RequestContext: calls on proxies queue actions; `sync()` sends them as one request,
 * carries them out in order against the workbook state and delivers loaded values. Every sync
 * is counted, with the bytes of its request (JSON of the queued actions) and of its response
 * (JSON of the loaded values); a side over the payload limit fails as Excel on the web fails.
 */
import { fail } from "./errors";
import type { WorkbookState } from "./state";
import type { FakeWorkbook } from "./api/workbook";

/** Excel on the web refuses requests and responses over 5 MB. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

export interface ActionResult {
  /** What the response carries for this action (loaded values). */
  readonly response?: unknown;
  /** Delivers loaded values to proxies once the whole response has arrived. */
  readonly commit?: () => void;
}

export interface Action {
  /** What the request carries for this action. */
  readonly request: unknown;
  readonly run: () => ActionResult | void;
}

export interface SyncRecord {
  readonly actions: number;
  readonly requestBytes: number;
  readonly responseBytes: number;
  /** Excel refused it (payload limit): it counts as a sync but moved nothing. */
  readonly refused?: boolean;
}

export class SyncStats {
  readonly records: SyncRecord[] = [];

  get syncs(): number {
    return this.records.length;
  }
  get requestBytes(): number {
    return this.records.reduce((s, r) => s + r.requestBytes, 0);
  }
  get responseBytes(): number {
    return this.records.reduce((s, r) => s + r.responseBytes, 0);
  }
  /** Largest request Excel accepted. */
  get maxRequestBytes(): number {
    return this.records.reduce((m, r) => (r.refused ? m : Math.max(m, r.requestBytes)), 0);
  }
  /** Largest response Excel sent. */
  get maxResponseBytes(): number {
    return this.records.reduce((m, r) => (r.refused ? m : Math.max(m, r.responseBytes)), 0);
  }
  get refused(): number {
    return this.records.filter((r) => r.refused).length;
  }
  reset(): void {
    this.records.length = 0;
  }
}

/** Whether requirement set `have` includes `want` (both "1.x"). */
export function apiSupports(have: string, want: string): boolean {
  const [ha, hb] = have.split(".").map(Number);
  const [wa, wb] = want.split(".").map(Number);
  return ha! > wa! || (ha === wa && hb! >= wb!);
}

const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value), "utf8");

export class FakeContext {
  /** Set by `run` right after construction (the workbook proxy needs the context). */
  workbook!: FakeWorkbook;
  private queue: Action[] = [];
  private open = true;
  private lastObjectId = 0;

  constructor(
    readonly state: WorkbookState,
    readonly stats: SyncStats,
    /** Highest ExcelApi requirement set this "Excel" supports, e.g. "1.17". */
    readonly excelApi: string,
    readonly payloadLimit: number = PAYLOAD_LIMIT_BYTES,
  ) {}

  /** Fails like an older Excel when an API beyond its requirement sets is used. */
  requires(version: string, what: string): void {
    if (!apiSupports(this.excelApi, version)) fail("ApiNotFound", `${what} needs ExcelApi ${version}; this Excel has ${this.excelApi}`);
  }

  nextObjectId(): number {
    return ++this.lastObjectId;
  }

  enqueue(action: Action): void {
    if (!this.open) fail("InvalidObjectPath", "an object was used after its Excel.run batch had finished");
    this.queue.push(action);
  }

  async sync(): Promise<void> {
    if (!this.open) fail("InvalidObjectPath", "context.sync() was called after the Excel.run batch had finished");
    const actions = this.queue;
    this.queue = [];
    const requestBytes = bytes(actions.map((a) => a.request));
    if (requestBytes > this.payloadLimit) {
      this.stats.records.push({ actions: actions.length, requestBytes, responseBytes: 0, refused: true });
      fail("RequestPayloadSizeLimitExceeded", `the request of this sync is ${requestBytes} bytes`);
    }
    const responses: unknown[] = [];
    const commits: (() => void)[] = [];
    try {
      for (const a of actions) {
        const r = a.run();
        if (!r) continue;
        if (r.response !== undefined) responses.push(r.response);
        if (r.commit) commits.push(r.commit);
      }
    } catch (e) {
      this.stats.records.push({ actions: actions.length, requestBytes, responseBytes: 0 });
      throw e;
    }
    const responseBytes = bytes(responses);
    const refused = responseBytes > this.payloadLimit;
    this.stats.records.push({ actions: actions.length, requestBytes, responseBytes, ...(refused ? { refused } : {}) });
    // The changes were made; only the answer is lost, as in Excel.
    if (refused) fail("ResponsePayloadSizeLimitExceeded", `the response of this sync is ${responseBytes} bytes`);
    for (const c of commits) c();
    // A real sync is a round trip: let other promises run, as they would.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }

  close(): void {
    this.open = false;
  }
}
