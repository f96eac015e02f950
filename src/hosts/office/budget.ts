/**
 * The payload budget. Excel on the web refuses a request or a response over 5 MB; the host holds
 * every sync under 4 MiB and fills each as close to that as its estimates allow, since each sync
 * is a round trip and the number of syncs, not their size, is what a user waits for. Bytes are
 * those of the JSON that carries the values, which is what the limit counts.
 */

/** What no sync's request or response may pass: 4 MiB, a fifth under Excel on the web's 5 MB. */
export const PAYLOAD_CEILING_BYTES = 4 * 1024 * 1024;

/**
 * Target size of one sync's request or response, just under the ceiling. Writes are sized
 * exactly (plus CALL_BYTES a call, more than a call's own bytes), so they stay under it; reads
 * are sized from measured cells with READ_MARGIN, so a block whose cells run ~2% larger than
 * measured still stays under.
 */
export const PAYLOAD_BUDGET_BYTES = Math.floor(PAYLOAD_CEILING_BYTES * 0.995);

/** What one queued call costs in a request besides its data (object path, method, ids). */
export const CALL_BYTES = 250;

/** First guess of a read cell's bytes (values + formulas + number format) before any were measured. */
export const FIRST_READ_CELL_BYTES = 64;

/** A sheet's first block is sized from sampled rows (a few, so a wide margin). */
export const SAMPLE_MARGIN = 1.15;

/**
 * Later blocks are sized from the largest per-cell size measured in the sheet's blocks — each an
 * average over thousands of cells, which the next block of the same sheet rarely passes by much
 * (read-snapshot.ts widens it for sheets whose blocks have differed).
 */
export const READ_MARGIN = 1.02;

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
 * `firstBudget`, when given, bounds the first run instead: the room left in a request already
 * being filled, so that it leaves with that room used rather than half empty.
 */
export function chunkByBytes(costs: readonly number[], budget: number, firstBudget = budget): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  let start = 0;
  let sum = 0;
  costs.forEach((c, i) => {
    if (i > start && sum + c > (runs.length ? budget : firstBudget)) {
      runs.push({ start, end: i });
      start = i;
      sum = 0;
    }
    sum += c;
  });
  if (costs.length > start) runs.push({ start, end: costs.length });
  return runs;
}
