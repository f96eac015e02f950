/**
 * The payload budget. Excel on the web refuses a request or a response over 5 MB; the host
 * aims at 3.5 MiB per sync so that estimates that run a little short still stay under 4 MB.
 * Bytes are those of the JSON that carries the values, which is what the limit counts.
 */

/** Target size of one sync's request or response. */
export const PAYLOAD_BUDGET_BYTES = 3.5 * 1024 * 1024;

/** What one queued call costs in a request besides its data (object path, method, ids). */
export const CALL_BYTES = 250;

/** First guess of a read cell's bytes (values + formulas + number format) before any were measured. */
export const FIRST_READ_CELL_BYTES = 64;

/** Later guesses are the largest measured per-cell size times this margin. */
export const READ_MARGIN = 1.2;

export function jsonBytes(value: unknown): number {
  // UTF-8 length without needing Node's Buffer (the add-in runs in a browser).
  return new TextEncoder().encode(JSON.stringify(value)).length;
}

/**
 * Splits rows into consecutive runs whose summed cost stays within `budget`; a row that alone
 * costs more than the budget gets a run of its own (the caller decides what to do with it).
 */
export function chunkByBytes(costs: readonly number[], budget: number): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  let start = 0;
  let sum = 0;
  costs.forEach((c, i) => {
    if (i > start && sum + c > budget) {
      runs.push({ start, end: i });
      start = i;
      sum = 0;
    }
    sum += c;
  });
  if (costs.length > start) runs.push({ start, end: costs.length });
  return runs;
}
