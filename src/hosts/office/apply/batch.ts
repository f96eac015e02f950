/**
 * Queues the calls of a plan into as few syncs as the payload budget allows: every call first
 * reserves its estimated bytes, and the request is sent only when the next call would push it
 * past the budget. So a plan costs one sync plus one per ~4 MB of data, whatever its row count.
 */
import { CALL_BYTES } from "../budget";

export class WriteBatch {
  private pending = 0;
  private calls = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    readonly budget: number,
    private readonly afterSync: () => void,
  ) {}

  /** Room left in the current request. */
  get room(): number {
    return this.budget - this.pending;
  }

  /**
   * Reserves `calls` calls carrying `dataBytes` of data, sending what is queued first when they
   * would not fit. Callers split data so that one reservation never exceeds the budget.
   */
  async reserve(calls: number, dataBytes = 0): Promise<void> {
    const bytes = calls * CALL_BYTES + dataBytes;
    if (bytes > this.budget) throw new RangeError(`internal: ${bytes} bytes reserved at once, more than the ${this.budget}-byte budget`);
    if (this.pending + bytes > this.budget) await this.flush();
    this.pending += bytes;
    this.calls += calls;
  }

  /** Sends whatever is queued (nothing when nothing is). */
  async flush(): Promise<void> {
    if (!this.calls) return;
    await this.context.sync();
    this.pending = 0;
    this.calls = 0;
    this.afterSync();
  }
}
