/** Range and RangeAreas: cells, merges, used range, clearing, hyperlinks, selection. */
import type { RangeRef } from "../../../src/domain/a1";
import { MAX_COLS, MAX_ROWS, contains, formatAddress, intersection, intersects, parseLocal, splitSheet } from "../addresses";
import { readCells, writeCells } from "../cells";
import { copyFormulas } from "../copy";
import { checkStructuredRefs } from "../refs";
import { fail } from "../errors";
import { FakeObject, type Readers } from "../object";
import type { FakeContext } from "../context";
import type { SheetState } from "../state";
import { FakeRangeFormat, type AreasTarget, type RangeTarget } from "./format";
import { FakeConditionalFormatCollection, FakeDataValidation } from "./rules";

export type { AreasTarget, RangeTarget } from "./format";

/** A range argument: a Range proxy, or an address on `sheetId` (sheet-qualified addresses must name that sheet). */
export function rangeArg(context: FakeContext, arg: unknown, sheetId: number | null): RangeTarget {
  if (arg instanceof FakeRange) return arg.boundTarget();
  if (typeof arg !== "string") fail("InvalidArgument", `expected a Range or an address, got ${JSON.stringify(arg)}`);
  const { sheet, local } = splitSheet(arg);
  let id = sheetId;
  if (sheet !== undefined) {
    const s = context.state.sheetByName(sheet);
    if (!s) fail("InvalidArgument", `address ${arg} names a sheet that does not exist`);
    if (sheetId !== null && s.id !== sheetId) fail("InvalidArgument", `address ${arg} is on another sheet`);
    id = s.id;
  }
  if (id === null) fail("InvalidArgument", `address ${arg} needs a sheet name`);
  return { sheetId: id, rect: parseLocal(local) };
}

export class FakeRange extends FakeObject<RangeTarget> {
  readonly format = new FakeRangeFormat(this.context, this, "");
  readonly dataValidation = new FakeDataValidation(this.context, this);
  readonly conditionalFormats = new FakeConditionalFormatCollection(this.context, this);

  protected readers(): Readers {
    const t = () => this.bound();
    const sheet = () => this.context.state.sheetById(t().sheetId);
    return {
      address: () => formatAddress(sheet().name, t().rect),
      rowIndex: () => t().rect.top,
      columnIndex: () => t().rect.left,
      rowCount: () => t().rect.bottom - t().rect.top + 1,
      columnCount: () => t().rect.right - t().rect.left + 1,
      values: () => readCells(this.context.state, t().sheetId, t().rect, "values"),
      formulas: () => readCells(this.context.state, t().sheetId, t().rect, "formulas"),
      numberFormat: () => readCells(this.context.state, t().sheetId, t().rect, "numberFormat"),
    };
  }

  get address(): string {
    return this.loaded("address");
  }
  get rowIndex(): number {
    return this.loaded("rowIndex");
  }
  get columnIndex(): number {
    return this.loaded("columnIndex");
  }
  get rowCount(): number {
    return this.loaded("rowCount");
  }
  get columnCount(): number {
    return this.loaded("columnCount");
  }
  get values(): (string | number | boolean)[][] {
    return this.loaded("values");
  }
  set values(v: unknown[][]) {
    this.setLater("values", v, (t) => writeCells(this.context.state, t.sheetId, t.rect, "values", v));
  }
  get formulas(): (string | number | boolean)[][] {
    return this.loaded("formulas");
  }
  set formulas(v: unknown[][]) {
    this.setLater("formulas", v, (t) => writeCells(this.context.state, t.sheetId, t.rect, "formulas", v));
  }
  get numberFormat(): string[][] {
    return this.loaded("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    this.setLater("numberFormat", v, (t) => writeCells(this.context.state, t.sheetId, t.rect, "numberFormat", v));
  }

  /** One cell only; `address` for a web link, `documentReference` for a place in the workbook. */
  set hyperlink(v: { address?: string; documentReference?: string; textToDisplay?: string }) {
    this.setLater("hyperlink", v, (t) => {
      this.context.requires("1.7", "Range.hyperlink");
      if (t.rect.top !== t.rect.bottom || t.rect.left !== t.rect.right) fail("NotModelled", "the fake sets hyperlinks one cell at a time");
      setLink(this.context.state.sheetById(t.sheetId), t.rect.top, t.rect.left, v);
    });
  }

  /**
   * ExcelApi 1.9: properties per cell, a 2-D array of the range's shape. The fake models the
   * `hyperlink` property only; `{}` leaves a cell as it is, as in Excel.
   */
  setCellProperties(cellPropertiesData: unknown): void {
    this.callLater("setCellProperties", [cellPropertiesData], (t) => {
      this.context.requires("1.9", "Range.setCellProperties");
      const rows = t.rect.bottom - t.rect.top + 1;
      const cols = t.rect.right - t.rect.left + 1;
      const sheet = this.context.state.sheetById(t.sheetId);
      const data = cellPropertiesData;
      if (!Array.isArray(data) || data.length !== rows || !data.every((r) => Array.isArray(r) && r.length === cols)) {
        fail("InvalidArgument", `setCellProperties needs a ${rows}×${cols} array for ${formatAddress(sheet.name, t.rect)}`);
      }
      (data as unknown[][]).forEach((row, i) =>
        row.forEach((props, j) => {
          if (typeof props !== "object" || props === null || Array.isArray(props)) fail("InvalidArgument", `setCellProperties: cell ${i},${j} is not an object`);
          for (const k of Object.keys(props)) {
            if (k === "format" || k === "style" || k === "textRuns") fail("NotModelled", `the fake's setCellProperties sets hyperlinks only, not ${k}`);
            if (k !== "hyperlink") fail("InvalidArgument", `setCellProperties: unknown cell property "${k}"`);
          }
          const link = (props as { hyperlink?: unknown }).hyperlink;
          if (link !== undefined) setLink(sheet, t.rect.top + i, t.rect.left + j, link);
        }),
      );
    });
  }

  /**
   * ExcelApi 1.9. The fake models what a host fills formula columns with: copy type "Formulas",
   * no skipping of blanks, no transposing, from a source on the same sheet that the destination
   * is a whole multiple of (Excel then repeats it, as its paste does). Number formats stay.
   */
  copyFrom(sourceRange: unknown, copyType?: string, skipBlanks?: boolean, transpose?: boolean): void {
    this.callLater("copyFrom", [sourceRange, copyType ?? "All", skipBlanks ?? false, transpose ?? false], (t) => {
      this.context.requires("1.9", "Range.copyFrom");
      if (copyType !== "Formulas") fail("NotModelled", `copyFrom with copy type ${copyType ?? "All"}`);
      if (skipBlanks || transpose) fail("NotModelled", "copyFrom with skipBlanks or transpose");
      const source = rangeArg(this.context, sourceRange, t.sheetId);
      if (source.sheetId !== t.sheetId) fail("NotModelled", "copyFrom from another sheet");
      const state = this.context.state;
      const sheet = state.sheetById(t.sheetId);
      const passed = new Set<string>();
      copyFormulas(sheet, source.rect, t.rect, (row, col, formula, from) => {
        if (formula !== null) {
          checkStructuredRefs(state, t.sheetId, row, col, formula, passed);
          sheet.grid.setContent(row, col, null, formula);
        } else sheet.grid.setContent(row, col, from.value, null, from.quoted);
      });
    });
  }

  private derived(method: string, args: readonly unknown[], rect: (r: RangeRef) => RangeRef | null, orNull = false): FakeRange {
    return this.make(new FakeRange(this.context), method, args, (t) => {
      const r = rect(t.rect);
      return r ? { sheetId: t.sheetId, rect: r } : null;
    }, orNull);
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return this.derived("getUsedRangeOrNullObject", [valuesOnly ?? false], (r) => {
      const t = this.boundTarget();
      const used = this.context.state.sheetById(t.sheetId).grid.usedRect(r, !!valuesOnly);
      return used ? intersection(used, r) : null;
    }, true);
  }

  getColumnsAfter(count = 1): FakeRange {
    return this.derived("getColumnsAfter", [count], (r) => {
      if (r.right + count >= MAX_COLS) fail("InvalidArgument", "getColumnsAfter runs off the sheet");
      return { ...r, left: r.right + 1, right: r.right + count };
    });
  }

  getRowsBelow(count = 1): FakeRange {
    return this.derived("getRowsBelow", [count], (r) => {
      if (r.bottom + count >= MAX_ROWS) fail("InvalidArgument", "getRowsBelow runs off the sheet");
      return { ...r, top: r.bottom + 1, bottom: r.bottom + count };
    });
  }

  getResizedRange(deltaRows: number, deltaCols: number): FakeRange {
    return this.derived("getResizedRange", [deltaRows, deltaCols], (r) => {
      const out = { ...r, bottom: r.bottom + deltaRows, right: r.right + deltaCols };
      if (out.bottom < out.top || out.right < out.left) fail("InvalidArgument", "getResizedRange would leave no cells");
      return out;
    });
  }

  getRow(index: number): FakeRange {
    return this.derived("getRow", [index], (r) => {
      if (index < 0 || r.top + index > r.bottom) fail("InvalidArgument", `row ${index} is outside the range`);
      return { ...r, top: r.top + index, bottom: r.top + index };
    });
  }

  getLastRow(): FakeRange {
    return this.derived("getLastRow", [], (r) => ({ ...r, top: r.bottom }));
  }

  /**
   * ExcelApi 1.9. The fake models the one kind a host reads with, "Formulas" (of every value
   * type), over a range of more than one cell — on a single cell Excel's special cells look at
   * the whole sheet (as in VBA), which a host should not rely on.
   */
  getSpecialCellsOrNullObject(cellType: string, cellValueType?: string): FakeRangeAreas {
    return this.make(new FakeRangeAreas(this.context), "getSpecialCellsOrNullObject", cellValueType === undefined ? [cellType] : [cellType, cellValueType], (t) => {
      this.context.requires("1.9", "Range.getSpecialCellsOrNullObject");
      if (cellType !== "Formulas") fail("NotModelled", `special cells of type ${cellType}`);
      if (cellValueType !== undefined && cellValueType !== "All") fail("NotModelled", `special cells of value type ${cellValueType}`);
      if (t.rect.top === t.rect.bottom && t.rect.left === t.rect.right) fail("NotModelled", "special cells of a single cell (Excel looks at the whole sheet)");
      const rects = this.context.state.sheetById(t.sheetId).grid.formulaRects(t.rect);
      return rects.length ? { sheetId: t.sheetId, rects } : null;
    }, true);
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return this.make(new FakeRangeAreas(this.context), "getMergedAreasOrNullObject", [], (t) => {
      this.context.requires("1.13", "Range.getMergedAreasOrNullObject");
      const sheet = this.context.state.sheetById(t.sheetId);
      const rects = sheet.merges.filter((m) => intersects(m, t.rect));
      return rects.length ? { sheetId: t.sheetId, rects } : null;
    }, true);
  }

  /** `across`: each row of the range becomes a merged area of its own (Excel's "Merge Across"). */
  merge(across = false): void {
    this.callLater("merge", [across], (t) => {
      const state = this.context.state;
      if (state.tablesOverlapping(t.sheetId, t.rect).length) fail("InvalidOperation", "cells in a table cannot be merged");
      if (across && t.rect.left === t.rect.right) fail("NotModelled", "merge across of a single column");
      const sheet = state.sheetById(t.sheetId);
      const areas: RangeRef[] = across ? Array.from({ length: t.rect.bottom - t.rect.top + 1 }, (_x, i) => ({ ...t.rect, top: t.rect.top + i, bottom: t.rect.top + i })) : [t.rect];
      sheet.merges = sheet.merges.filter((m) => !intersects(m, t.rect));
      for (const area of areas) {
        sheet.merges.push(area);
        // Merging keeps only the upper-left value of each merged area.
        for (let r = area.top; r <= area.bottom; r++) {
          for (let c = area.left; c <= area.right; c++) if (r !== area.top || c !== area.left) sheet.grid.setContent(r, c, null, null);
        }
      }
    });
  }

  unmerge(): void {
    this.callLater("unmerge", [], (t) => {
      const sheet = this.context.state.sheetById(t.sheetId);
      sheet.merges = sheet.merges.filter((m) => !intersects(m, t.rect));
    });
  }

  clear(applyTo: "All" | "Formats" | "Contents" = "All"): void {
    this.callLater("clear", [applyTo], (t) => {
      if (!["All", "Formats", "Contents"].includes(applyTo)) fail("InvalidArgument", `clear(${applyTo})`);
      const sheet = this.context.state.sheetById(t.sheetId);
      sheet.grid.clear(t.rect, applyTo === "All" ? "all" : applyTo === "Formats" ? "formats" : "contents");
      if (applyTo !== "Contents") sheet.styles = sheet.styles.filter((s) => !contains(t.rect, s.rect));
      if (applyTo === "All") for (const k of [...sheet.hyperlinks.keys()]) {
        const [r, c] = k.split(",").map(Number);
        if (contains(t.rect, { top: r!, bottom: r!, left: c!, right: c! })) sheet.hyperlinks.delete(k);
      }
    });
  }

  /**
   * Deletes cells shifting up. The fake models one case, the one a host needs to shrink a
   * table without ExcelApi 1.13: the last rows of a table, with nothing below them to move.
   */
  delete(shift: "Up" | "Left"): void {
    this.callLater("delete", [shift], (t) => {
      const state = this.context.state;
      const sheet = state.sheetById(t.sheetId);
      const below: RangeRef = { top: t.rect.bottom + 1, bottom: MAX_ROWS - 1, left: t.rect.left, right: t.rect.right };
      if (shift !== "Up" || sheet.grid.usedRect(below, false) || state.tablesOverlapping(t.sheetId, below).length) fail("NotModelled", "the fake deletes only bottom rows of a table with nothing below");
      for (const table of state.tablesOverlapping(t.sheetId, t.rect)) {
        const r = table.rect;
        if (t.rect.left !== r.left || t.rect.right !== r.right || t.rect.bottom !== r.bottom || t.rect.top <= r.top + 1) fail("NotModelled", "the fake deletes only whole bottom rows of a table, keeping one data row");
        table.rect = { ...r, bottom: t.rect.top - 1 };
      }
      sheet.grid.clear(t.rect, "all");
    });
  }

  select(): void {
    this.callLater("select", [], (t) => {
      this.context.state.activeSheetId = t.sheetId;
      this.context.state.selection = { sheetId: t.sheetId, rect: t.rect };
    });
  }
}

export class FakeRangeAreas extends FakeObject<AreasTarget> {
  /** ExcelApi 1.9, as RangeAreas itself: the font, fill, borders and alignment of every area. */
  readonly format = new FakeRangeFormat(this.context, this, "");

  protected readers(): Readers {
    return {
      address: () => {
        const t = this.bound();
        const name = this.context.state.sheetById(t.sheetId).name;
        return t.rects.map((r) => formatAddress(name, r)).join(",");
      },
      areaCount: () => this.bound().rects.length,
    };
  }
  get address(): string {
    return this.loaded("address");
  }
  get areaCount(): number {
    return this.loaded("areaCount");
  }
}

type Hyperlink = { address?: string; documentReference?: string; textToDisplay?: string; screenTip?: string };

/** Sets a cell's link, as Range.hyperlink and setCellProperties do. A link names exactly one target: a web address or a place in the workbook. */
function setLink(sheet: SheetState, row: number, col: number, v: unknown): void {
  const h = v as Hyperlink;
  const ok = typeof v === "object" && v !== null && Object.values(v).every((x) => typeof x === "string") && !!h.address !== !!h.documentReference;
  if (!ok) fail("InvalidArgument", `a hyperlink needs exactly one of address and documentReference: ${JSON.stringify(v)}`);
  sheet.hyperlinks.set(`${row},${col}`, { ...h });
  if (h.textToDisplay !== undefined) sheet.grid.setContent(row, col, h.textToDisplay, null);
}
