/**
 * Tables: creating (headers fixed up as Excel does), naming (unique, no spaces), growing by
 * rows.add / columns.add / resize, and the ranges of their parts.
 */
import type { RangeRef } from "../../../src/domain/a1";
import { MAX_COLS, MAX_ROWS, intersects } from "../addresses";
import { assertShape, writeCells } from "../cells";
import { fail } from "../errors";
import { FakeCollection, FakeObject, type Readers } from "../object";
import type { FakeContext } from "../context";
import type { TableState, WorkbookState } from "../state";
import { FakeRange, rangeArg } from "./range";
import { FakeWorksheet } from "./worksheet";

const NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;

/** Table and defined names share one namespace and may not look like cell references. */
export function checkTableOrRangeName(state: WorkbookState, name: unknown, self?: { table?: number; name?: string }): string {
  if (typeof name !== "string" || !NAME.test(name) || name.length > 255) fail("InvalidArgument", `"${String(name)}" is not a valid name (letters, digits, _ and . only, no spaces)`);
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*[Cc]?\d*$/.test(name) || /^[Cc]\d*$/.test(name)) fail("InvalidArgument", `"${name}" looks like a cell reference`);
  const table = state.tableByName(name);
  if (table && table.id !== self?.table) fail("ItemAlreadyExists", `a table named ${table.name} already exists`);
  const named = state.nameByName(name);
  if (named && named.name.toLowerCase() !== self?.name?.toLowerCase()) fail("ItemAlreadyExists", `a defined name ${named.name} already exists`);
  return name;
}

/** What Excel does to the header cells of a new table: blanks become ColumnN, repeats get a number. */
function fixHeaders(state: WorkbookState, sheetId: number, rect: RangeRef): void {
  const grid = state.sheetById(sheetId).grid;
  const seen = new Set<string>();
  for (let c = rect.left; c <= rect.right; c++) {
    const v = grid.get(rect.top, c).value;
    let name = v === null ? `Column${c - rect.left + 1}` : typeof v === "object" ? v.error : String(v);
    const base = name;
    for (let k = 2; seen.has(name.toLowerCase()); k++) name = `${base}${k}`;
    seen.add(name.toLowerCase());
    if (name !== v) grid.setContent(rect.top, c, name, null);
  }
}

function assertFree(state: WorkbookState, sheetId: number, area: RangeRef, what: string, except?: number): void {
  if (state.sheetById(sheetId).grid.usedRect(area, true)) fail("NotModelled", `${what}: the cells it would move are not empty (the fake does not shift cells)`);
  if (state.tablesOverlapping(sheetId, area, except).length || state.sheetById(sheetId).merges.some((m) => intersects(m, area))) fail("InvalidOperation", `${what}: it would run into another table or merged cells`);
}

export class FakeTable extends FakeObject<number> {
  readonly rows = new FakeTableRowCollection(this.context, this);
  readonly columns = new FakeTableColumnCollection(this.context, this);

  private table(): TableState {
    return this.context.state.tableById(this.bound());
  }

  protected readers(): Readers {
    return {
      name: () => this.table().name,
      showTotals: () => this.table().showTotals,
      style: () => this.table().style,
      id: () => String(this.table().id),
    };
  }
  get name(): string {
    return this.loaded("name");
  }
  set name(v: string) {
    this.setLater("name", v, (id) => {
      const t = this.context.state.tableById(id);
      t.name = checkTableOrRangeName(this.context.state, v, { table: id });
    });
  }
  get showTotals(): boolean {
    return this.loaded("showTotals");
  }
  set style(v: string) {
    this.setLater("style", v, (id) => {
      if (typeof v !== "string" || !/^TableStyle(Light|Medium|Dark)\d{1,2}$/.test(v)) fail("InvalidArgument", `table style ${JSON.stringify(v)}`);
      this.context.state.tableById(id).style = v;
    });
  }

  get worksheet(): FakeWorksheet {
    return this.make(new FakeWorksheet(this.context), "worksheet", [], (id) => this.context.state.tableById(id).sheetId);
  }

  private part(method: string, rect: (t: TableState) => RangeRef): FakeRange {
    return this.make(new FakeRange(this.context), method, [], (id) => {
      const t = this.context.state.tableById(id);
      return { sheetId: t.sheetId, rect: rect(t) };
    });
  }
  getRange(): FakeRange {
    return this.part("getRange", (t) => t.rect);
  }
  getHeaderRowRange(): FakeRange {
    return this.part("getHeaderRowRange", (t) => ({ ...t.rect, bottom: t.rect.top }));
  }
  getDataBodyRange(): FakeRange {
    return this.part("getDataBodyRange", (t) => ({ ...t.rect, top: t.rect.top + 1 }));
  }

  /** ExcelApi 1.13. The header row stays where it is; cells left outside keep their values. */
  resize(address: FakeRange | string): void {
    this.callLater("resize", [address], (id) => {
      this.context.requires("1.13", "Table.resize");
      const state = this.context.state;
      const t = state.tableById(id);
      const target = rangeArg(this.context, address, t.sheetId);
      const r = target.rect;
      if (target.sheetId !== t.sheetId || r.top !== t.rect.top || r.left !== t.rect.left) fail("InvalidArgument", "a table keeps its header row and first column when resized");
      if (r.bottom <= r.top) fail("InvalidArgument", "a table needs at least one data row");
      if (state.tablesOverlapping(t.sheetId, r, id).length) fail("InvalidOperation", "the new range overlaps another table");
      t.rect = r;
      fixHeaders(state, t.sheetId, r);
    });
  }

  /** Removes the table and what its cells hold. */
  delete(): void {
    this.callLater("delete", [], (id) => {
      const t = this.context.state.tableById(id);
      this.context.state.sheetById(t.sheetId).grid.clear(t.rect, "all");
      this.context.state.removeTable(id);
    });
  }
}

export class FakeTableRowCollection extends FakeObject<number> {
  constructor(
    context: FakeContext,
    private readonly parent: FakeTable,
  ) {
    super(context);
  }
  protected override bound(): number {
    return this.parent.boundTarget();
  }
  protected readers(): Readers {
    return { count: () => {
      const t = this.context.state.tableById(this.bound());
      return t.rect.bottom - t.rect.top;
    } };
  }
  get count(): number {
    return this.loaded("count");
  }

  /**
   * Appends rows (index null). New rows take the number formats of the last data row before
   * their values are entered, as in Excel, so a text column keeps "007" as text.
   */
  add(index?: number | null, values?: unknown[][]): void {
    this.callLater("rows.add", [index ?? null, values ?? null], (id) => {
      const state = this.context.state;
      const t = state.tableById(id);
      if (index !== null && index !== undefined && index !== -1) fail("NotModelled", "rows.add at an index");
      if (!Array.isArray(values) || !values.length) fail("NotModelled", "rows.add without values");
      const width = t.rect.right - t.rect.left + 1;
      const area = { left: t.rect.left, right: t.rect.right, top: t.rect.bottom + 1, bottom: t.rect.bottom + values.length };
      if (area.bottom >= MAX_ROWS) fail("InvalidArgument", "rows.add runs off the sheet");
      assertShape(values, area, "rows.add values");
      assertFree(state, t.sheetId, area, "rows.add", id);
      const grid = state.sheetById(t.sheetId).grid;
      for (let c = 0; c < width; c++) {
        const fmt = grid.get(t.rect.bottom, t.rect.left + c).format;
        for (let r = area.top; r <= area.bottom; r++) grid.setFormat(r, t.rect.left + c, fmt);
      }
      t.rect = { ...t.rect, bottom: area.bottom };
      writeCells(state, t.sheetId, area, "values", values);
    });
  }
}

export class FakeTableColumnCollection extends FakeObject<number> {
  constructor(
    context: FakeContext,
    private readonly parent: FakeTable,
  ) {
    super(context);
  }
  protected override bound(): number {
    return this.parent.boundTarget();
  }
  protected readers(): Readers {
    return { count: () => {
      const t = this.context.state.tableById(this.bound());
      return t.rect.right - t.rect.left + 1;
    } };
  }
  get count(): number {
    return this.loaded("count");
  }

  /** Appends a column (index null); `name` (ExcelApi 1.4) becomes its header. */
  add(index?: number | null, values?: unknown[][], name?: string): void {
    this.callLater("columns.add", [index ?? null, values ?? null, name ?? null], (id) => {
      const state = this.context.state;
      const t = state.tableById(id);
      if (index !== null && index !== undefined && index !== -1) fail("NotModelled", "columns.add at an index");
      const area = { top: t.rect.top, bottom: t.rect.bottom, left: t.rect.right + 1, right: t.rect.right + 1 };
      if (area.right >= MAX_COLS) fail("InvalidArgument", "columns.add runs off the sheet");
      assertFree(state, t.sheetId, area, "columns.add", id);
      if (values !== undefined && values !== null) writeCells(state, t.sheetId, area, "values", values);
      t.rect = { ...t.rect, right: area.right };
      if (name !== undefined) state.sheetById(t.sheetId).grid.setContent(t.rect.top, area.left, name, null);
      fixHeaders(state, t.sheetId, t.rect);
    });
  }
}

interface TableScope {
  readonly sheetId: number | null;
}

/** Tables of the workbook, or of one worksheet. */
export class FakeTableCollection extends FakeCollection<TableScope, FakeTable> {
  constructor(
    context: FakeContext,
    private readonly sheet?: { boundTarget(): number },
  ) {
    super(context);
  }
  protected override bound(): TableScope {
    return { sheetId: this.sheet ? this.sheet.boundTarget() : null };
  }
  protected enumerate(scope: TableScope): FakeTable[] {
    return this.context.state.tables.filter((t) => scope.sheetId === null || t.sheetId === scope.sheetId).map((t) => new FakeTable(this.context, t.id));
  }

  private find(scope: TableScope, name: string): number | null {
    const t = this.context.state.tableByName(name);
    return t && (scope.sheetId === null || t.sheetId === scope.sheetId) ? t.id : null;
  }
  getItem(name: string): FakeTable {
    return this.make(new FakeTable(this.context), "getItem", [name], (scope) => this.find(scope, name));
  }
  getItemOrNullObject(name: string): FakeTable {
    return this.make(new FakeTable(this.context), "getItemOrNullObject", [name], (scope) => this.find(scope, name), true);
  }

  add(address: FakeRange | string, hasHeaders: boolean): FakeTable {
    return this.make(new FakeTable(this.context), "add", [address, hasHeaders], (scope) => {
      const state = this.context.state;
      const target = rangeArg(this.context, address, scope.sheetId);
      if (!hasHeaders) fail("NotModelled", "tables.add without headers");
      let rect = target.rect;
      // A table has at least one data row.
      if (rect.bottom === rect.top) rect = { ...rect, bottom: rect.top + 1 };
      if (state.tablesOverlapping(target.sheetId, rect).length) fail("InvalidOperation", "a table cannot overlap another table");
      if (state.sheetById(target.sheetId).merges.some((m) => intersects(m, rect))) fail("InvalidOperation", "a table cannot hold merged cells");
      let n = 1;
      while (state.tableByName(`Table${n}`) || state.nameByName(`Table${n}`)) n++;
      const table: TableState = { id: state.newId(), name: `Table${n}`, sheetId: target.sheetId, rect, style: "TableStyleMedium2", showTotals: false };
      state.tables.push(table);
      fixHeaders(state, target.sheetId, rect);
      return table.id;
    });
  }
}
