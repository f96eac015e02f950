/**
 * Results of pure readings (is this text a date, a RACI code, what does this number format
 * show) kept by their input. A large sheet repeats the same few hundred dates, statuses, codes
 * and formats tens of thousands of times, and each reading runs several regular expressions
 * (a text date that is none of the short forms goes through date-fns three times).
 */

/** Above this many entries a cache is emptied: a task pane open all day must not keep every text it read. */
const LIMIT = 200_000;

export class Memo<V> {
  private readonly map = new Map<string, V>();

  constructor(private readonly compute: (key: string) => V) {}

  get(key: string): V {
    const hit = this.map.get(key);
    if (hit !== undefined || this.map.has(key)) return hit as V;
    const v = this.compute(key);
    if (this.map.size >= LIMIT) this.map.clear();
    this.map.set(key, v);
    return v;
  }
}
