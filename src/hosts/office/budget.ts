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

/** A sheet's first block is sized from two sampled rows of its tables, times this margin. */
export const SAMPLE_MARGIN = 1.15;

/** Later blocks are sized from the largest per-cell size measured in the sheet, times this margin. */
export const READ_MARGIN = 1.1;

/** UTF-8 length of a string, without Node's Buffer (the add-in runs in a browser). */
export function utf8Length(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    // Two bytes up to U+07FF, three above; a surrogate pair (4 bytes) counts 2 + 2.
    n += c < 0x800 ? 1 : c >= 0xd800 && c <= 0xdfff ? 1 : 2;
  }
  return n;
}

export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value));
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
