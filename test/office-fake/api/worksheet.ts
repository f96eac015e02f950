/** Worksheets: the collection, one sheet's properties and parts, and freeze panes (ExcelApi 1.7). */
import { WHOLE_SHEET, parseLocal, splitSheet } from "../addresses";
import { fail } from "../errors";
import { FakeCollection, FakeObject, type Readers } from "../object";
import type { FakeContext } from "../context";
import { checkColor } from "./format";
import { FakeChartCollection } from "./charts";
import { FakePageLayout } from "./page-layout";
import { FakePivotTableCollection } from "./pivots";
import { FakeRange, FakeRangeAreas, rangeArg } from "./range";
import { FakeTableCollection } from "./table";

/** See getRanges. */
export const MAX_AREAS_ADDRESS = 8192;

export class FakeWorksheet extends FakeObject<number> {
  readonly tables = new FakeTableCollection(this.context, this);
  readonly charts = new FakeChartCollection(this.context, this);
  readonly pivotTables = new FakePivotTableCollection(this.context, this);
  readonly freezePanes = new FakeFreezePanes(this.context, this);
  readonly pageLayout = new FakePageLayout(this.context, this);

  private sheet() {
    return this.context.state.sheetById(this.bound());
  }

  protected readers(): Readers {
    return {
      name: () => this.sheet().name,
      visibility: () => this.sheet().visibility,
      position: () => this.context.state.sheets.indexOf(this.sheet()),
      tabColor: () => this.sheet().tabColor,
      id: () => String(this.sheet().id),
    };
  }
  get name(): string {
    return this.loaded("name");
  }
  get visibility(): string {
    return this.loaded("visibility");
  }
  get position(): number {
    return this.loaded("position");
  }
  set position(v: number) {
    this.setLater("position", v, (id) => {
      const sheets = this.context.state.sheets;
      if (!Number.isInteger(v) || v < 0 || v >= sheets.length) fail("InvalidArgument", `position ${v} (the workbook has ${sheets.length} sheets)`);
      const sheet = this.context.state.sheetById(id);
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(v, 0, sheet);
    });
  }
  get tabColor(): string {
    return this.loaded("tabColor");
  }
  set tabColor(v: string) {
    this.setLater("tabColor", v, (id) => {
      this.context.requires("1.7", "Worksheet.tabColor");
      if (v !== "") checkColor(v, "tabColor");
      this.context.state.sheetById(id).tabColor = v;
    });
  }

  getRange(address?: string): FakeRange {
    return this.make(new FakeRange(this.context), "getRange", address === undefined ? [] : [address], (id) => {
      if (address === undefined) return { sheetId: id, rect: WHOLE_SHEET };
      if (splitSheet(address).sheet !== undefined) fail("InvalidArgument", `Worksheet.getRange takes an address without a sheet name: ${address}`);
      return { sheetId: id, rect: parseLocal(address) };
    });
  }

  /**
   * Areas of this sheet, comma-separated ("A1:B2,D4,7:9"). Excel refuses long addresses with
   * InvalidArgument; the limit is not documented (OfficeDev/office-js#5198 saw an 8,207-character
   * address refused and shorter ones accepted), so the fake refuses what passes 8,192 characters,
   * Excel's limit on a formula's length.
   */
  getRanges(address: string): FakeRangeAreas {
    return this.make(new FakeRangeAreas(this.context), "getRanges", [address], (id) => {
      this.context.requires("1.9", "Worksheet.getRanges");
      if (typeof address !== "string" || address.length > MAX_AREAS_ADDRESS) fail("InvalidArgument", `getRanges: the address is ${String(address).length} characters`);
      const rects = address.split(",").map((part) => {
        if (splitSheet(part).sheet !== undefined) fail("NotModelled", `Worksheet.getRanges with a sheet name: ${part}`);
        return parseLocal(part.trim());
      });
      return { sheetId: id, rects };
    });
  }

  /** On a blank sheet Excel gives A1 rather than an error. */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return this.make(new FakeRange(this.context), "getUsedRange", [valuesOnly ?? false], (id) => {
      const used = this.context.state.sheetById(id).grid.usedRect(WHOLE_SHEET, !!valuesOnly);
      return { sheetId: id, rect: used ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return this.make(new FakeRange(this.context), "getUsedRangeOrNullObject", [valuesOnly ?? false], (id) => {
      const used = this.context.state.sheetById(id).grid.usedRect(WHOLE_SHEET, !!valuesOnly);
      return used ? { sheetId: id, rect: used } : null;
    }, true);
  }

  activate(): void {
    this.callLater("activate", [], (id) => {
      const sheet = this.context.state.sheetById(id);
      if (sheet.visibility !== "Visible") fail("InvalidOperation", "a hidden sheet cannot be activated");
      this.context.state.activeSheetId = id;
    });
  }
}

export class FakeWorksheetCollection extends FakeCollection<true, FakeWorksheet> {
  constructor(context: FakeContext) {
    super(context, true);
  }
  protected enumerate(): FakeWorksheet[] {
    return this.context.state.sheets.map((s) => new FakeWorksheet(this.context, s.id));
  }
  getItem(name: string): FakeWorksheet {
    return this.make(new FakeWorksheet(this.context), "getItem", [name], () => this.context.state.sheetByName(name)?.id ?? null);
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return this.make(new FakeWorksheet(this.context), "getItemOrNullObject", [name], () => this.context.state.sheetByName(name)?.id ?? null, true);
  }
  add(name: string): FakeWorksheet {
    return this.make(new FakeWorksheet(this.context), "add", [name], () => this.context.state.addSheet(name).id);
  }
}

export class FakeFreezePanes extends FakeObject<number> {
  constructor(
    context: FakeContext,
    private readonly parent: FakeWorksheet,
  ) {
    super(context);
  }
  protected override bound(): number {
    return this.parent.boundTarget();
  }
  protected readers(): Readers {
    return {};
  }
  private freeze(method: string, args: readonly unknown[], set: (id: number) => { rows: number; cols: number }): void {
    this.callLater(method, args, (id) => {
      this.context.requires("1.7", `freezePanes.${method}`);
      this.context.state.sheetById(id).freeze = set(id);
    });
  }
  freezeRows(count: number): void {
    this.freeze("freezeRows", [count], () => ({ rows: count, cols: 0 }));
  }
  freezeColumns(count: number): void {
    this.freeze("freezeColumns", [count], () => ({ rows: 0, cols: count }));
  }
  /** The range is the block that stays in view: its rows above and columns left are frozen. */
  freezeAt(frozen: FakeRange | string): void {
    this.freeze("freezeAt", [frozen], (id) => {
      const r = rangeArg(this.context, frozen, id).rect;
      if (r.top !== 0 || r.left !== 0) fail("NotModelled", "freezeAt of a range that does not start at A1");
      return { rows: r.bottom + 1, cols: r.right + 1 };
    });
  }
  unfreeze(): void {
    this.freeze("unfreeze", [], () => ({ rows: 0, cols: 0 }));
  }
}
