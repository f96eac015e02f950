/** A1 addresses. Rows and columns are 0-based in code and 1-based in A1 text. */

export function colName(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function colIndex(name: string): number {
  let n = 0;
  for (const ch of name.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function a1(row: number, col: number): string {
  return `${colName(col)}${row + 1}`;
}

export interface CellRef {
  readonly row: number;
  readonly col: number;
}
export interface RangeRef {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export function parseCell(ref: string): CellRef {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) throw new RangeError(`not a cell address: ${ref}`);
  return { row: Number(m[2]) - 1, col: colIndex(m[1]!) };
}

export function parseRange(ref: string): RangeRef {
  const bare = ref.includes("!") ? ref.slice(ref.lastIndexOf("!") + 1) : ref;
  const [a, b] = bare.split(":");
  const p = parseCell(a!);
  const q = b ? parseCell(b) : p;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

export function rangeA1(r: RangeRef): string {
  const tl = a1(r.top, r.left);
  const br = a1(r.bottom, r.right);
  return tl === br ? tl : `${tl}:${br}`;
}

export function absRangeA1(r: RangeRef): string {
  const abs = (row: number, col: number) => `$${colName(col)}$${row + 1}`;
  return r.top === r.bottom && r.left === r.right ? abs(r.top, r.left) : `${abs(r.top, r.left)}:${abs(r.bottom, r.right)}`;
}

/**
 * Quotes a sheet name for use in a formula or a defined name. Always quoted (and inner
 * apostrophes doubled) so that names such as "Status History" or "Q1-2026" are safe.
 */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export function sheetRef(sheet: string, range: string): string {
  return `${quoteSheet(sheet)}!${range}`;
}
