/**
 * Cell styles shared between cells, changed by copy on write.
 *
 * exceljs gives each cell it creates a style object of its own and, on save, looks every one up
 * in a WeakMap, rendering the style again for each object it has not seen; past a million or so
 * distinct objects those lookups collapse (saving a converted 100k-row portfolio, 7 million
 * cells, spent six of its eight minutes there). exceljs's setters (cell.numFmt = …) change the
 * cell's style object in place, and cells loaded from a file already share one object per style
 * of the file, so setting a format through them reached every cell of that style.
 *
 * Here every style the host gives a cell is a shared object that is never changed: a new style
 * is a new object, found again by its content. A shared object carries its identity in a
 * non-enumerable symbol property, invisible to exceljs and JSON.
 */
import ExcelJS from "exceljs";

export type XStyle = Partial<ExcelJS.Style>;

const SHARED = Symbol("pmo.sharedStyle");
const VARIANTS = Symbol("pmo.styleVariants");

interface Marks {
  [SHARED]?: XStyle;
  [VARIANTS]?: (XStyle | undefined)[];
}

function mark(s: XStyle, shared: XStyle): void {
  Object.defineProperty(s, SHARED, { value: shared, enumerable: false, configurable: true, writable: true });
}

/** What exceljs derives a style's number format from when the style has none (styles-xform addStyleModel). */
const KIND = { Other: 0, Number: 1, Date: 2 } as const;
type Kind = (typeof KIND)[keyof typeof KIND];

function kindOf(cell: ExcelJS.Cell): Kind {
  const T = ExcelJS.ValueType;
  let t = cell.type;
  if (t === T.Formula) {
    const r = (cell as unknown as { result: unknown }).result;
    t = r === null || r === undefined ? T.Null : r instanceof Date ? T.Date : typeof r === "number" ? T.Number : T.String;
  }
  // exceljs treats a cell without a value as a number.
  if (t === T.Null || t === T.Number) return KIND.Number;
  return t === T.Date ? KIND.Date : KIND.Other;
}

export class StyleBook {
  private readonly byContent = new Map<string, XStyle>();
  private readonly derived = new Map<XStyle, Map<string, XStyle>>();
  private readonly empty: XStyle = {};

  constructor() {
    mark(this.empty, this.empty);
    this.byContent.set("{}", this.empty);
  }

  /** The shared style equal to `s` (`s` itself the first time its content is seen). */
  shared(s: XStyle | undefined): XStyle {
    if (!s) return this.empty;
    const known = (s as Marks)[SHARED];
    if (known) return known;
    // A cell exceljs has just created holds an empty object of its own.
    let empty = true;
    for (const _k in s) {
      empty = false;
      break;
    }
    if (empty) return this.empty;
    const key = JSON.stringify(s);
    const found = this.byContent.get(key);
    if (found) {
      mark(s, found);
      return found;
    }
    mark(s, s);
    this.byContent.set(key, s);
    return s;
  }

  /** Gives the cell the shared style equal to its own. */
  share(cell: ExcelJS.Cell): void {
    const s = this.shared(cell.style);
    if (cell.style !== s) cell.style = s;
  }

  /**
   * Gives the cell its style changed by `change`, which gets a copy to change and must not
   * change the objects inside it (fonts, fills) but replace them. `key` names the change: the
   * same key on the same style gives the same result without running `change` again.
   */
  restyle(cell: ExcelJS.Cell, key: string, change: (copy: XStyle) => XStyle): void {
    const base = this.shared(cell.style);
    let byKey = this.derived.get(base);
    if (!byKey) this.derived.set(base, (byKey = new Map()));
    let out = byKey.get(key);
    if (!out) {
      out = this.shared(change({ ...base }));
      byKey.set(key, out);
    }
    cell.style = out;
  }

  /**
   * Before a save: exceljs caches a style's id by object, and a style without a number format
   * gets one from the first cell's type (a date's short date format); so cells share an object
   * only within a kind of value.
   */
  prepareForSave(cell: ExcelJS.Cell): void {
    const base = this.shared(cell.style);
    const kind = base.numFmt ? KIND.Other : kindOf(cell);
    let s = base;
    if (kind !== KIND.Other) {
      const marks = base as Marks;
      const variants = marks[VARIANTS] ?? [];
      if (!marks[VARIANTS]) Object.defineProperty(base, VARIANTS, { value: variants, enumerable: false, configurable: true });
      let v = variants[kind];
      if (!v) {
        v = { ...base };
        mark(v, base);
        variants[kind] = v;
      }
      s = v;
    }
    if (cell.style !== s) cell.style = s;
  }
}
