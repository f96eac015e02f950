/**
 * The file host: a WorkbookHost over an .xlsx held in memory, through exceljs. It runs in Node
 * (the CLI) and in the browser (the preview page). What exceljs does not write — calculated
 * column formulas of tables, defined names that are not plain ranges, PivotTables and charts —
 * is added to the package after exceljs saves (see package-parts.ts).
 */
import "./ooxml";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { a1, parseCell, parseRange, rangeA1, type RangeRef } from "../../domain/a1";
import { isoToSerial, jsDateToSerial, serialToJsDate } from "../../domain/dates";
import type { CellValue, Grid } from "../../domain/cell";
import type { ApplyResult, HostCapabilities, Progress, WorkbookHost } from "../../plan/host";
import { isDateCell, isFormulaCell, isLinkCell, type CellStyle, type PlanCell, type PlanOp, type TableColumnPlan, type WorkbookPlan } from "../../plan/plan";
import type { NamedRangeSnapshot, SheetSnapshot, TableSnapshot, WorkbookSnapshot } from "../../plan/snapshot";
import { mergeNames, parseDefinedNames, type DefinedName } from "./defined-names";
import { finishPackage, liftTableFormulas, PackageParts, type PackageExtras } from "./package-parts";
import { notAWorkbookMessage, sniffWorkbook } from "./sniff";
import { StyleBook, type XStyle } from "./styles";
import { platformCodec, writeZip, type ZipCodec } from "./zip-writer";

export type { ZipCodec } from "./zip-writer";

export interface FileHostOptions {
  /**
   * The deflater and checksum for saving. The platform's CompressionStream when not given; Node
   * callers pass zlib's (src/cli/io.ts), which also checksums natively.
   */
  readonly zip?: ZipCodec;
}

export interface SaveOptions extends FileHostOptions {
  /**
   * The host is not used after this save (the CLI writes its output and exits): each sheet's cells
   * are let go as soon as that sheet's XML exists, so the save does not hold the whole workbook's
   * cells to its end. Reading, applying or saving again afterwards is refused.
   */
  readonly last?: boolean;
}

/** A workbook-level error the user can act on: one line, naming the sheet and cell where there is one. */
export class WorkbookError extends Error {
  override readonly name = "WorkbookError";
}

type XCell = ExcelJS.Cell;
type XSheet = ExcelJS.Worksheet;

/** The parts of exceljs's table model we read and change. */
interface XTableModel {
  name: string;
  displayName?: string;
  ref?: string;
  tableRef?: string;
  autoFilterRef?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  columns: { name: string; filterButton?: boolean; totalsRowFunction?: string; totalsRowLabel?: string }[];
  rows?: unknown[];
  style?: Record<string, unknown>;
}
interface XTable {
  table?: XTableModel;
  model?: XTableModel;
}

const ARGB = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

function tableModel(t: XTable): XTableModel {
  const m = t.table ?? t.model;
  if (!m) throw new WorkbookError("table without model");
  return m;
}

function tableRange(m: XTableModel): RangeRef {
  const ref = m.tableRef ?? m.ref;
  if (!ref) throw new WorkbookError(`table ${m.name} has no range`);
  return parseRange(ref);
}

function setTableRange(m: XTableModel, r: RangeRef): void {
  m.tableRef = rangeA1(r);
  m.autoFilterRef = rangeA1({ ...r, bottom: r.bottom - (m.totalsRow ? 1 : 0) });
  m.ref = a1(r.top, r.left);
}

function richText(v: { richText: { text: string }[] }): string {
  return v.richText.map((r) => r.text).join("");
}

/**
 * "[@Col]" and "[@[Col Name]]" are what Office.js accepts; the file format wants the
 * table-qualified "#This Row" form.
 */
export function toFileFormula(formula: string, table: string): string {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  return body
    .replace(/\[@\[([^\]]+)\]\]/g, (_m, c: string) => `${table}[[#This Row],[${c}]]`)
    .replace(/\[@([^\][]+)\]/g, (_m, c: string) => `${table}[[#This Row],[${c}]]`);
}

export class FileHost implements WorkbookHost {
  readonly kind = "file" as const;
  private names: DefinedName[];
  private extras: PackageExtras = { calcColumns: [], pivots: [], charts: [] };
  private readonly styles = new StyleBook();
  /** Set by a save with `last`: the cells are gone. */
  private spent = false;

  private constructor(
    private readonly wb: ExcelJS.Workbook,
    names: DefinedName[],
    private readonly sourceKind: "xlsx" | "xlsm",
    private readonly fileName: string,
    private readonly options: FileHostOptions,
  ) {
    this.names = names;
  }

  /** A new, empty workbook. */
  static create(options: FileHostOptions = {}): FileHost {
    const wb = new ExcelJS.Workbook();
    wb.creator = "PMO Workbench";
    return new FileHost(wb, [], "xlsx", "new workbook", options);
  }

  static async fromBuffer(buf: ArrayBuffer | Uint8Array, fileName = "workbook", options: FileHostOptions = {}): Promise<FileHost> {
    const bytes = buf instanceof Uint8Array ? buf : new Uint8Array(buf);
    const problem = notAWorkbookMessage(sniffWorkbook(bytes), fileName);
    if (problem) throw new WorkbookError(problem);
    let zip;
    try {
      zip = await JSZip.loadAsync(bytes);
    } catch {
      throw new WorkbookError(`${fileName} is damaged: it is not a readable .xlsx package`);
    }
    const wbXml = await zip.file("xl/workbook.xml")?.async("string");
    if (!wbXml) throw new WorkbookError(`${fileName} is not an Excel workbook (no xl/workbook.xml inside)`);
    const isXlsm = !!zip.file("xl/vbaProject.bin") || /macroEnabled/i.test((await zip.file("[Content_Types].xml")?.async("string")) ?? "");
    const lifted = await liftTableFormulas(zip);
    // DEFLATE like the parts themselves: JSZip then copies every unchanged part's compressed
    // bytes instead of inflating the whole package to store it (a second of a 100k-row open).
    const loadable = lifted.changed ? await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }) : bytes;
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(loadable as unknown as ArrayBuffer);
    } catch (e) {
      throw new WorkbookError(`${fileName} could not be read: ${(e as Error).message.split("\n")[0]}`);
    }
    for (const ws of wb.worksheets) compactValidations(ws);
    const host = new FileHost(wb, parseDefinedNames(wbXml), isXlsm ? "xlsm" : "xlsx", fileName, options);
    host.extras.calcColumns.push(...lifted.calc);
    return host;
  }

  get source(): { kind: "xlsx" | "xlsm"; name: string } {
    return { kind: this.sourceKind, name: this.fileName };
  }

  get date1904(): boolean {
    return !!this.wb.properties.date1904;
  }

  capabilities(): HostCapabilities {
    return { pivotTables: true, charts: true, dataValidation: true, conditionalFormats: true, missing: [] };
  }

  async select(): Promise<void> {
    // A file has no selection to show; the preview page highlights findings itself.
  }

  // ---------------------------------------------------------------- read

  async read(options: { sheets?: readonly string[] } = {}): Promise<WorkbookSnapshot> {
    this.assertLive();
    const wanted = options.sheets ? new Set(options.sheets.map((s) => s.toLowerCase())) : null;
    const sheets: SheetSnapshot[] = [];
    for (const ws of this.wb.worksheets) {
      if (wanted && !wanted.has(ws.name.toLowerCase())) continue;
      sheets.push(this.readSheet(ws));
    }
    const names: NamedRangeSnapshot[] = this.names.filter((n) => n.localSheetId === undefined).map((n) => ({ name: n.name, ref: n.ref }));
    return { sheets, date1904: this.date1904, names, source: { kind: this.sourceKind, name: this.fileName } };
  }

  private cellValue(cell: XCell): { value: CellValue; formula: string | null } {
    const v = cell.value as unknown;
    if (v === null || v === undefined) return { value: null, formula: null };
    // exceljs reports the master's value in every cell of a merge; Excel shows it once.
    if (cell.type === ExcelJS.ValueType.Merge) return { value: null, formula: null };
    if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return { value: v, formula: null };
    if (v instanceof Date) return { value: jsDateToSerial(v, this.date1904), formula: null };
    if (typeof v === "object") {
      const o = v as Record<string, unknown>;
      if ("formula" in o || "sharedFormula" in o) {
        // The file stores newer functions as "_xlfn.MAXIFS"; Office.js shows them as "MAXIFS".
        const formula = cell.formula ? `=${cell.formula.replace(/_xlfn\./g, "")}` : null;
        // cell.value drops a falsy cached result (0, FALSE, ""); cell.result keeps it.
        return { value: this.resultValue((cell as unknown as { result: unknown }).result), formula };
      }
      if ("richText" in o) return { value: richText(o as { richText: { text: string }[] }), formula: null };
      if ("hyperlink" in o || "text" in o) {
        const t = o.text;
        return { value: typeof t === "string" ? t : t && typeof t === "object" && "richText" in t ? richText(t as { richText: { text: string }[] }) : null, formula: null };
      }
      if ("error" in o) return { value: { error: String(o.error) }, formula: null };
    }
    return { value: String(v), formula: null };
  }

  private resultValue(r: unknown): CellValue {
    if (r === null || r === undefined) return null;
    if (typeof r === "number" || typeof r === "string" || typeof r === "boolean") return r;
    // A date-formatted formula whose cached result is text (" - ") arrives as an Invalid Date.
    if (r instanceof Date) return jsDateToSerial(r, this.date1904);
    if (typeof r === "object" && "error" in r) return { error: String((r as { error: unknown }).error) };
    return null;
  }

  private readSheet(ws: XSheet): SheetSnapshot {
    let top = Infinity,
      left = Infinity,
      bottom = -1,
      right = -1;
    // Rows by absolute sheet row and column, filled as exceljs walks the cells (rows and cells
    // in order, so each row stays dense); shifted to the used range's origin at the end. An
    // object per cell on the way cost a third of reading a 100k-row register.
    const valueRows: CellValue[][] = [];
    const formulaRows: (string | null)[][] = [];
    const formatRows: (string | null)[][] = [];
    const put = <T>(rows: (T | null)[][], r: number, c: number, v: T) => {
      const row = (rows[r] ??= []);
      while (row.length < c) row.push(null);
      row[c] = v;
    };
    let anyFormula = false;
    let anyFormat = false;
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        const { value, formula } = this.cellValue(cell);
        if (value === null && formula === null) return;
        const r = rowNumber - 1,
          c = colNumber - 1;
        put(valueRows, r, c, value);
        if (formula) {
          put(formulaRows, r, c, formula);
          anyFormula = true;
        }
        const fmt = cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : null;
        if (fmt) {
          put(formatRows, r, c, fmt);
          anyFormat = true;
        }
        if (r < top) top = r;
        if (r > bottom) bottom = r;
        if (c < left) left = c;
        if (c > right) right = c;
      });
    });
    const tables: TableSnapshot[] = (ws.getTables() as unknown as XTable[]).map((t) => {
      const m = tableModel(t);
      const r = tableRange(m);
      if (r.top < top) top = r.top;
      if (r.left < left) left = r.left;
      if (r.bottom > bottom) bottom = r.bottom;
      if (r.right > right) right = r.right;
      return { name: m.name, ref: rangeA1(r), columns: m.columns.map((c) => c.name), totalsRow: !!m.totalsRow };
    });
    const empty = bottom < 0;
    const originRow = empty ? 0 : top;
    const originCol = empty ? 0 : left;
    const height = empty ? 0 : bottom - top + 1;
    const grid = <T>(rows: (T | null)[][]): (T | null)[][] =>
      Array.from({ length: height }, (_x, i) => {
        const row = rows[originRow + i];
        return !row ? [] : originCol === 0 ? row : row.slice(originCol);
      });
    const values: CellValue[][] = grid(valueRows);
    const formulas = anyFormula ? grid(formulaRows) : undefined;
    const formats = anyFormat ? grid(formatRows) : undefined;
    const merges = Object.values((ws as unknown as { _merges: Record<string, { range: string }> })._merges).map((m) => m.range);
    const state = (ws.state ?? "visible") as SheetSnapshot["visibility"];
    return {
      name: ws.name,
      visibility: state === "hidden" || state === "veryHidden" ? state : "visible",
      originRow,
      originCol,
      values,
      ...(formulas ? { formulas } : {}),
      ...(formats ? { numberFormats: formats } : {}),
      merges,
      tables,
    };
  }

  // ---------------------------------------------------------------- apply

  async apply(plan: WorkbookPlan, progress?: Progress): Promise<ApplyResult> {
    this.assertLive();
    const touched: string[] = [];
    const touch = (s: string) => {
      if (!touched.includes(s)) touched.push(s);
    };
    let applied = 0;
    const total = plan.ops.length;
    for (const op of plan.ops) {
      this.applyOp(op);
      if ("sheet" in op) touch(op.sheet);
      applied++;
      if (progress && (applied % 50 === 0 || applied === total)) progress(applied, total);
    }
    return { applied, sheets: touched, skipped: [] };
  }

  private sheet(name: string): XSheet {
    const ws = this.wb.getWorksheet(name);
    if (!ws) throw new WorkbookError(`sheet "${name}" does not exist`);
    return ws;
  }

  private findTable(ws: XSheet, name: string): XTableModel {
    const t = (ws.getTables() as unknown as XTable[]).map(tableModel).find((m) => m.name.toLowerCase() === name.toLowerCase());
    if (!t) throw new WorkbookError(`table ${name} not found on sheet "${ws.name}"`);
    return t;
  }

  private toExcel(c: PlanCell): ExcelJS.CellValue {
    if (c === null || typeof c === "string" || typeof c === "number" || typeof c === "boolean") return c;
    if (isFormulaCell(c)) return { formula: c.f.startsWith("=") ? c.f.slice(1) : c.f } as ExcelJS.CellFormulaValue;
    if (isDateCell(c)) return serialToJsDate(isoToSerial(c.d, false), false);
    if (isLinkCell(c)) return { text: c.text, hyperlink: c.link } as ExcelJS.CellHyperlinkValue;
    return null;
  }

  private setCell(ws: XSheet, row: number, col: number, c: PlanCell): void {
    ws.getCell(row + 1, col + 1).value = this.toExcel(c);
  }

  /** A calculated column's cell: `fileFormula` is shared by all the column's cells (toFileFormula once per column). */
  private setFormula(ws: XSheet, row: number, col: number, fileFormula: string): void {
    ws.getCell(row + 1, col + 1).value = { formula: fileFormula } as ExcelJS.CellFormulaValue;
  }

  private writeTableRows(ws: XSheet, m: XTableModel, firstRow: number, left: number, rows: readonly (readonly PlanCell[])[], formulas: (string | null)[]): void {
    // One string per calculated column, shared by its cells: at 100,000 rows a copy per cell held
    // over a hundred megabytes until the save.
    const fileFormulas = formulas.map((f) => (f ? toFileFormula(f, m.name) : null));
    rows.forEach((r, i) => {
      for (let j = 0; j < m.columns.length; j++) {
        const f = fileFormulas[j];
        if (f) this.setFormula(ws, firstRow + i, left + j, f);
        else this.setCell(ws, firstRow + i, left + j, r[j] ?? null);
      }
    });
  }

  /** Calc formulas of a table's columns, in column order (from this session's plans). */
  private tableFormulas(m: XTableModel): (string | null)[] {
    return m.columns.map((c) => this.extras.calcColumns.find((x) => x.table === m.name && x.column === c.name)?.formula ?? null);
  }

  private formatColumn(ws: XSheet, col: number, first: number, last: number, c: TableColumnPlan): void {
    if (c.width) ws.getColumn(col + 1).width = c.width;
    const numFmt = c.numberFormat;
    if (!numFmt && !c.calc) return;
    const key = `column|${numFmt ?? ""}|${c.calc ? "calc" : ""}`;
    const change = (s: XStyle): XStyle => ({ ...s, ...(numFmt ? { numFmt } : {}), ...(c.calc ? { fill: CALC_FILL, font: CALC_FONT } : {}) });
    for (let r = first; r <= last; r++) this.styles.restyle(ws.getCell(r + 1, col + 1), key, change);
  }

  private registerCalc(table: string, columns: readonly TableColumnPlan[]): void {
    for (const c of columns) {
      if (!c.formula) continue;
      const formula = toFileFormula(c.formula, table);
      const existing = this.extras.calcColumns.findIndex((x) => x.table === table && x.column === c.header);
      const entry = { table, column: c.header, formula: c.formula, fileFormula: formula };
      if (existing >= 0) this.extras.calcColumns[existing] = entry;
      else this.extras.calcColumns.push(entry);
    }
  }

  private assertEmpty(ws: XSheet, r: RangeRef, what: string): void {
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) {
        // findCell: looking must not create the cell.
        const v = ws.findCell(row + 1, col + 1)?.value;
        if (v !== null && v !== undefined && v !== "") {
          throw new WorkbookError(`cannot ${what}: cell ${ws.name}!${a1(row, col)} is not empty`);
        }
      }
    }
  }

  private applyOp(op: PlanOp): void {
    switch (op.kind) {
      case "ensureSheet": {
        if (!this.wb.getWorksheet(op.sheet)) {
          this.wb.addWorksheet(op.sheet, op.tabColor ? { properties: { tabColor: { argb: ARGB(op.tabColor) } } } : {});
        }
        return;
      }
      case "clearSheet": {
        const ws = this.wb.getWorksheet(op.sheet);
        if (!ws) return;
        const orderNo = (ws as unknown as { orderNo: number }).orderNo;
        const tabColor = ws.properties.tabColor;
        this.wb.removeWorksheet(ws.id);
        const fresh = this.wb.addWorksheet(op.sheet, tabColor ? { properties: { tabColor } } : {});
        // Keep the tab where it was.
        (fresh as unknown as { orderNo: number }).orderNo = orderNo;
        this.extras.pivots = this.extras.pivots.filter((p) => p.sheet !== op.sheet);
        this.extras.charts = this.extras.charts.filter((c) => c.sheet !== op.sheet);
        return;
      }
      case "createTable": {
        const ws = this.sheet(op.sheet);
        const anchor = parseCell(op.anchor);
        const rows = op.rows.length ? op.rows : [op.columns.map((): PlanCell => null)];
        this.assertEmpty(ws, { top: anchor.row, left: anchor.col, bottom: anchor.row + rows.length, right: anchor.col + op.columns.length - 1 }, `create table ${op.table}`);
        ws.addTable({
          name: op.table,
          ref: op.anchor,
          headerRow: true,
          totalsRow: false,
          style: { theme: (op.style ?? "TableStyleMedium2") as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
          columns: op.columns.map((c) => ({ name: c.header, filterButton: true })),
          // exceljs writes the rows it is given into the cells and keeps them in the table's model
          // for good: at 100,000 rows that wrote every cell twice and held a second copy. It gets
          // one blank row; the table is then sized and its cells written once, below.
          rows: [op.columns.map(() => null)],
        });
        this.registerCalc(op.table, op.columns);
        const m = this.findTable(ws, op.table);
        setTableRange(m, { top: anchor.row, left: anchor.col, bottom: anchor.row + rows.length, right: anchor.col + op.columns.length - 1 });
        this.writeTableRows(ws, m, anchor.row + 1, anchor.col, rows, this.tableFormulas(m));
        op.columns.forEach((c, j) => this.formatColumn(ws, anchor.col + j, anchor.row + 1, anchor.row + rows.length, c));
        return;
      }
      case "addTableColumns": {
        const ws = this.sheet(op.sheet);
        const m = this.findTable(ws, op.table);
        const r = tableRange(m);
        this.assertEmpty(ws, { top: r.top, left: r.right + 1, bottom: r.bottom, right: r.right + op.columns.length }, `add columns to table ${op.table}`);
        op.columns.forEach((c, i) => {
          const col = r.right + 1 + i;
          ws.getCell(r.top + 1, col + 1).value = c.header;
          m.columns.push({ name: c.header, filterButton: true, totalsRowFunction: "none" });
        });
        this.registerCalc(m.name, op.columns);
        const nr = { ...r, right: r.right + op.columns.length };
        setTableRange(m, nr);
        const formulas = this.tableFormulas(m);
        op.columns.forEach((c, i) => {
          const col = r.right + 1 + i;
          const f = formulas[col - r.left];
          const fileFormula = f ? toFileFormula(f, m.name) : null;
          for (let row = r.top + 1; row <= r.bottom - (m.totalsRow ? 1 : 0); row++) {
            if (fileFormula) this.setFormula(ws, row, col, fileFormula);
          }
          this.formatColumn(ws, col, r.top + 1, r.bottom, c);
        });
        return;
      }
      case "appendTableRows":
      case "replaceTableRows": {
        const ws = this.sheet(op.sheet);
        const m = this.findTable(ws, op.table);
        if (m.totalsRow) throw new WorkbookError(`table ${op.table} on "${op.sheet}" has a totals row; remove it (Table Design > Total Row) and try again`);
        const r = tableRange(m);
        const formulas = this.tableFormulas(m);
        let first: number;
        if (op.kind === "replaceTableRows") {
          first = r.top + 1;
          for (let row = first; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) ws.getCell(row + 1, col + 1).value = null;
        } else {
          // A register created empty holds one blank row: fill it instead of leaving a gap.
          let lastFilled = r.top;
          for (let row = r.top + 1; row <= r.bottom; row++) {
            for (let col = r.left; col <= r.right; col++) {
              if (formulas[col - r.left]) continue;
              const v = ws.findCell(row + 1, col + 1)?.value;
              if (v !== null && v !== undefined && v !== "") lastFilled = row;
            }
          }
          first = lastFilled + 1;
          if (first + op.rows.length - 1 > r.bottom) {
            this.assertEmpty(ws, { top: r.bottom + 1, left: r.left, bottom: first + op.rows.length - 1, right: r.right }, `append rows to table ${op.table}`);
          }
        }
        const rows = op.rows.length || op.kind === "appendTableRows" ? op.rows : [m.columns.map((): PlanCell => null)];
        this.writeTableRows(ws, m, first, r.left, rows, formulas);
        const bottom = op.kind === "replaceTableRows" ? Math.max(r.top + 1, first + rows.length - 1) : Math.max(r.bottom, first + rows.length - 1);
        setTableRange(m, { ...r, bottom });
        // Carry each column's number format and calc styling down to the new rows.
        for (let col = r.left; col <= r.right; col++) {
          const proto = ws.findCell(r.top + 2, col + 1);
          const numFmt = proto?.numFmt;
          const calc = !!formulas[col - r.left];
          if (!numFmt && !calc) continue;
          const fill = proto?.fill;
          const font = proto?.font;
          const key = `carry|${JSON.stringify([numFmt ?? null, calc ? [fill ?? null, font ?? null] : null])}`;
          const change = (s: XStyle): XStyle => {
            const out: XStyle = { ...s };
            if (numFmt) out.numFmt = numFmt;
            if (calc) {
              if (fill) out.fill = fill;
              else delete out.fill;
              if (font) out.font = font;
              else delete out.font;
            }
            return out;
          };
          for (let row = first; row <= bottom; row++) this.styles.restyle(ws.getCell(row + 1, col + 1), key, change);
        }
        return;
      }
      case "writeRange": {
        const ws = this.sheet(op.sheet);
        const anchor = parseCell(op.anchor);
        op.cells.forEach((row, i) => row.forEach((c, j) => this.setCell(ws, anchor.row + i, anchor.col + j, c)));
        return;
      }
      case "format": {
        const ws = this.sheet(op.sheet);
        const r = parseRange(op.range);
        const key = `format|${JSON.stringify(op.style)}`;
        const change = (s: XStyle) => styled(s, op.style);
        for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) this.styles.restyle(ws.getCell(row + 1, col + 1), key, change);
        return;
      }
      case "columnWidths": {
        const ws = this.sheet(op.sheet);
        op.widths.forEach((w, i) => (ws.getColumn(op.startCol + i + 1).width = w));
        return;
      }
      case "rowHeight": {
        this.sheet(op.sheet).getRow(op.row + 1).height = op.height;
        return;
      }
      case "merge": {
        const ws = this.sheet(op.sheet);
        const r = parseRange(op.range);
        // exceljs keys a merge by its top-left cell: the same merge again (a re-run) is found at once.
        const merges = (ws as unknown as { _merges: Record<string, { range: string } | undefined> })._merges;
        if (merges[a1(r.top, r.left)]?.range === rangeA1(r)) return;
        mergeCells(ws, r);
        return;
      }
      case "dataValidation": {
        const ws = this.sheet(op.sheet);
        const rule = op.rule;
        const common = { allowBlank: true, showErrorMessage: true, errorStyle: "stop" as const, ...(op.error ? { errorTitle: "PMO Workbench", error: op.error } : {}), ...(op.prompt ? { showInputMessage: true, prompt: op.prompt } : {}) };
        let dv: ExcelJS.DataValidation;
        if (rule.type === "list") dv = { type: "list", formulae: [rule.source.replace(/^=/, "")], ...common };
        else if (rule.type === "date") dv = { type: "date", operator: "greaterThan", formulae: [new Date(Date.UTC(1900, 0, 1))], ...common };
        else dv = { type: rule.type, operator: "between", formulae: [rule.min, rule.max], ...common };
        const dvs = validationsOf(ws);
        // One rule per cell: a range validated again replaces the rules it covers instead of
        // stacking; a rule reaching beyond it keeps the cells outside.
        const target = parseRange(op.range);
        for (const k of Object.keys(dvs)) {
          const rule = dvs[k];
          if (!rule) continue;
          const r = parseRange(k);
          if (!overlaps(r, target)) continue;
          delete dvs[k];
          for (const piece of outside(r, target)) dvs[rangeA1(piece)] = rule;
        }
        dvs[op.range] = dv;
        return;
      }
      case "conditionalFormat": {
        const ws = this.sheet(op.sheet);
        const style: Partial<ExcelJS.Style> = {};
        if (op.style.fill) style.fill = { type: "pattern", pattern: "solid", bgColor: { argb: ARGB(op.style.fill) } };
        if (op.style.fontColor || op.style.bold) style.font = { ...(op.style.fontColor ? { color: { argb: ARGB(op.style.fontColor) } } : {}), ...(op.style.bold ? { bold: true } : {}) };
        const rule: ExcelJS.ConditionalFormattingRule =
          op.rule.type === "equals"
            ? { type: "cellIs", operator: "equal", formulae: [`"${op.rule.text.replace(/"/g, '""')}"`], style, priority: 1 }
            : { type: "expression", formulae: [op.rule.formula.replace(/^=/, "")], style, priority: 1 };
        const holder = ws as unknown as { conditionalFormattings: { ref: string; rules: ExcelJS.ConditionalFormattingRule[] }[] };
        // The same rule over a range it already covers (re-run, or rows appended) replaces the narrower one.
        const target = parseRange(op.range);
        // Compared by what the rule tests, not its style: a rule read back from a file carries
        // exceljs's own style shape (null alignment, border…) and would never equal the new one.
        const what = (rs: readonly ExcelJS.ConditionalFormattingRule[]) => JSON.stringify(rs.map((x) => [x.type, "operator" in x ? x.operator : null, "formulae" in x ? x.formulae : null]));
        const sameRule = what([rule]);
        holder.conditionalFormattings = holder.conditionalFormattings.filter((cf) => !(what(cf.rules) === sameRule && within(parseRange(cf.ref), target)));
        ws.addConditionalFormatting({ ref: op.range, rules: [rule] });
        return;
      }
      case "namedRange": {
        this.names = mergeNames(this.names, [{ name: op.name, ref: op.ref, ...(op.comment ? { comment: op.comment } : {}) }]);
        return;
      }
      case "freezePanes": {
        const ws = this.sheet(op.sheet);
        ws.views = [{ state: "frozen", xSplit: op.cols, ySplit: op.rows, topLeftCell: a1(op.rows, op.cols), activeCell: a1(op.rows, op.cols) }];
        return;
      }
      case "pageSetup": {
        const ws = this.sheet(op.sheet);
        ws.pageSetup = {
          ...ws.pageSetup,
          orientation: op.orientation,
          paperSize: (op.paperSize === "A4" ? 9 : 1) as unknown as ExcelJS.PaperSize,
          fitToPage: true,
          fitToWidth: op.fitToWidth,
          fitToHeight: op.fitToHeight,
          ...(op.printArea ? { printArea: op.printArea } : {}),
          ...(op.printTitleRows ? { printTitlesRow: op.printTitleRows } : {}),
          margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
        };
        if (op.header || op.footer) {
          ws.headerFooter = { ...ws.headerFooter, ...(op.header ? { oddHeader: op.header } : {}), ...(op.footer ? { oddFooter: op.footer } : {}) };
        }
        return;
      }
      case "activate": {
        const index = this.wb.worksheets.findIndex((w) => w.name === op.sheet);
        if (index < 0) throw new WorkbookError(`sheet "${op.sheet}" does not exist`);
        this.wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: index, visibility: "visible" }];
        return;
      }
      case "pivotTable":
        this.extras.pivots.push(op);
        return;
      case "chart":
        this.extras.charts.push(op);
        return;
    }
  }

  private assertLive(): void {
    if (this.spent) throw new WorkbookError(`${this.fileName}: this workbook was saved as the host's last step and its cells were let go; open the file again`);
  }

  // ---------------------------------------------------------------- save

  /** The workbook as .xlsx bytes (macros, if the source had any, are not written). */
  async toBuffer(options: SaveOptions = {}): Promise<Uint8Array> {
    this.assertLive();
    // Cells holding a value (exceljs's includeEmpty would create the missing ones).
    this.wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => this.styles.prepareForSave(cell))));
    const last = options.last ?? false;
    if (last) this.spent = true;
    const pkg = await renderParts(this.wb, last);
    const sheetIds = new Map(this.wb.worksheets.map((ws, i) => [ws.name, i]));
    finishPackage(pkg, this.extras, this.names, sheetIds);
    const codec = options.zip ?? this.options.zip ?? platformCodec();
    if (codec) return writeZip(pkg, codec);
    // No native deflater (a test DOM without CompressionStream): JSZip's own.
    const zip = new JSZip();
    for (const name of pkg.names) zip.file(name, pkg.take(name));
    return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
  }
}

/** Where exceljs puts a rendered part: its zip writer's interface, as exceljs's XLSX.write calls it. */
interface PartSink {
  append(data: string | Uint8Array, options: { name: string; base64?: boolean }): void;
}
type AddPart = (zip: PartSink, model: unknown) => unknown;
/** The steps of exceljs 4.4's XLSX.write (lib/xlsx/xlsx.js), called one by one with our sink for its zip. */
interface XlsxSteps {
  prepareModel(model: unknown, options: object): void;
  addContentTypes: AddPart;
  addOfficeRels: AddPart;
  addWorkbookRels: AddPart;
  addWorksheets: AddPart;
  addSharedStrings: AddPart;
  addDrawings: AddPart;
  addTables: AddPart;
  addThemes: AddPart;
  addStyles: AddPart;
  addMedia: AddPart;
  addApp: AddPart;
  addCore: AddPart;
  addWorkbook: AddPart;
}

function base64Bytes(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/**
 * The parts exceljs renders for the workbook, as text, without zipping them: exceljs's own
 * writeBuffer deflates every part in JavaScript, and we then had to inflate the zip again to add
 * our parts and deflate it once more. The steps are those of XLSX.write, in its order.
 */
async function renderParts(wb: ExcelJS.Workbook, release: boolean): Promise<PackageParts> {
  const xlsx = wb.xlsx as unknown as Partial<XlsxSteps>;
  const pkg = new PackageParts();
  if (typeof xlsx.prepareModel !== "function" || typeof xlsx.addWorksheets !== "function") {
    // Not the exceljs these steps were taken from: its own writer, then its zip unpacked.
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    for (const name of Object.keys(zip.files)) if (!zip.files[name]!.dir) pkg.set(name, await zip.file(name)!.async("uint8array"));
    return pkg;
  }
  const steps = xlsx as XlsxSteps;
  const sink: PartSink = {
    append(data, options) {
      pkg.set(options.name, options.base64 && typeof data === "string" ? base64Bytes(data) : data);
    },
  };
  const model = lightModel(wb);
  const cells = sheetRows(wb);
  steps.prepareModel(model, {});
  // Sheets are rendered one by one into parts held aside (the package's order puts them after the
  // workbook's own parts), and each sheet's cell models are let go as soon as its XML exists.
  const sheetParts = new PackageParts();
  const sheetSink: PartSink = { append: (data, options) => sheetParts.set(options.name, data) };
  for (const [i, ws] of model.worksheets.entries()) {
    await steps.addWorksheets(sheetSink, { worksheets: [ws] });
    ws.rows = [];
    if (release) cells[i]!._rows = [];
  }
  await steps.addContentTypes(sink, model);
  await steps.addOfficeRels(sink, model);
  await steps.addWorkbookRels(sink, model);
  for (const name of sheetParts.names) pkg.set(name, sheetParts.take(name));
  await steps.addSharedStrings(sink, model);
  await steps.addDrawings(sink, model);
  await steps.addTables(sink, model);
  await Promise.all([steps.addThemes(sink, model), steps.addStyles(sink, model)]);
  await steps.addMedia(sink, model);
  await Promise.all([steps.addApp(sink, model), steps.addCore(sink, model)]);
  await steps.addWorkbook(sink, model);
  return pkg;
}

/** exceljs 4.4's worksheets with their private rows (Worksheet._rows), which lightModel and a last save use. */
function sheetRows(wb: ExcelJS.Workbook): { _rows: ({ model?: { number: number; min: number; max: number } } | undefined)[] }[] {
  return wb.worksheets as unknown as ReturnType<typeof sheetRows>;
}

/** What of exceljs's worksheet model is changed here: its rows (one model per row and per cell). */
interface SheetModel {
  rows: unknown[];
}

/**
 * exceljs's workbook model, with every sheet's rows built once. exceljs's own getter builds the
 * model of every sheet twice (its `worksheets` and its `sheets`, which the workbook writer then
 * replaces with `worksheets`): one object per cell, twice over, all at the same time — at 100,000
 * milestones more memory than anything else in a save. The sheets are modelled without their rows
 * (which only the sheet's own XML uses), then each gets its rows and dimensions as exceljs builds them.
 */
function lightModel(wb: ExcelJS.Workbook): { worksheets: SheetModel[] } {
  const sheets = sheetRows(wb);
  const rows = sheets.map((ws) => ws._rows);
  let model: { worksheets: (SheetModel & { dimensions: { expand(t: number, l: number, b: number, r: number): void } })[] };
  try {
    for (const ws of sheets) ws._rows = [];
    model = (wb as unknown as { model: typeof model }).model;
  } finally {
    sheets.forEach((ws, i) => (ws._rows = rows[i]!));
  }
  model.worksheets.forEach((m, i) => {
    // As exceljs's Worksheet.model: a row without cells has no model.
    for (const row of rows[i]!) {
      const rm = row?.model;
      if (!rm) continue;
      m.dimensions.expand(rm.number, rm.min, rm.number, rm.max);
      m.rows.push(rm);
    }
  });
  return model;
}

const DEFAULT_FONT: Partial<ExcelJS.Font> = { name: "Calibri", size: 11, family: 2, scheme: "minor" };
/** The grey italic of calculated columns; shared by every such cell, and never changed. */
const CALC_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: ARGB("#F2F2F2") } };
const CALC_FONT: Partial<ExcelJS.Font> = { ...DEFAULT_FONT, italic: true, color: { argb: ARGB("#404040") } };

/**
 * Merges a range. exceljs checks a new merge against every merge of the sheet, so a sheet of m
 * merges costs m² checks (a status report of thousands of rows took minutes). Every cell of a
 * merge knows it is merged, so looking at the new range's own cells answers the same question
 * in time proportional to its area; exceljs is then handed an empty merge list to check against
 * and the full list is put back.
 */
function mergeCells(ws: XSheet, r: RangeRef): void {
  const holder = ws as unknown as { _merges: Record<string, unknown> };
  const all = holder._merges;
  for (let row = r.top; row <= r.bottom; row++) {
    for (let col = r.left; col <= r.right; col++) {
      // A master with no other cell (a one-cell merge) is only in the list, keyed by its address.
      if (ws.findCell(row + 1, col + 1)?.isMerged || all[a1(row, col)]) throw new WorkbookError(`cannot merge ${ws.name}!${rangeA1(r)}: cell ${a1(row, col)} is already merged`);
    }
  }
  holder._merges = {};
  try {
    ws.mergeCells(r.top + 1, r.left + 1, r.bottom + 1, r.right + 1);
  } finally {
    holder._merges = Object.assign(all, holder._merges);
  }
}

type Validations = Record<string, ExcelJS.DataValidation | undefined>;
function validationsOf(ws: XSheet): Validations {
  return ((ws as unknown as { dataValidations: unknown }).dataValidations as { model: Validations }).model;
}

/**
 * exceljs reads a validated range as one entry per cell ("C2".."C100001", all holding the same
 * rule object) and, on save, squeezes them back into ranges comparing the rules deeply, cell by
 * cell; and a rule the plan sets replaces the entries it covers, each parsed. The cells of one
 * rule object are put back into rectangles here, once: whole columns of runs of rows.
 */
export function compactValidations(ws: XSheet): void {
  const holder = (ws as unknown as { dataValidations: { model: Validations } }).dataValidations;
  const model = holder.model;
  const kept: Validations = {};
  const cellsByRule = new Map<ExcelJS.DataValidation, Map<number, number[]>>();
  let singles = 0;
  for (const address in model) {
    const rule = model[address];
    if (!rule) continue;
    const cell = plainCell(address);
    if (!cell) {
      kept[address] = rule;
      continue;
    }
    let cols = cellsByRule.get(rule);
    if (!cols) cellsByRule.set(rule, (cols = new Map()));
    const rows = cols.get(cell.col);
    if (rows) rows.push(cell.row);
    else cols.set(cell.col, [cell.row]);
    singles++;
  }
  if (singles < 2) return;
  for (const [rule, cols] of cellsByRule) {
    // Runs of rows per column, then neighbouring columns with the same runs as one rectangle.
    const runsByCol = [...cols.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([col, rows]): [number, string, [number, number][]] => {
        rows.sort((a, b) => a - b);
        const runs: [number, number][] = [];
        for (const r of rows) {
          const last = runs[runs.length - 1];
          if (last && r === last[1] + 1) last[1] = r;
          else runs.push([r, r]);
        }
        return [col, runs.map((x) => x.join("-")).join(","), runs];
      });
    const rects: RangeRef[] = [];
    for (let i = 0; i < runsByCol.length; ) {
      const [left, key, runs] = runsByCol[i]!;
      let j = i + 1;
      while (j < runsByCol.length && runsByCol[j]![0] === left + (j - i) && runsByCol[j]![1] === key) j++;
      for (const [top, bottom] of runs) rects.push({ top, bottom, left, right: left + (j - i) - 1 });
      i = j;
    }
    const keys = rects.map(rangeA1);
    // A rectangle named like a range already there (another rule's): this rule's cells stay as they were.
    if (keys.some((k) => kept[k] !== undefined)) {
      for (const [col, rows] of cols) for (const row of rows) kept[a1(row, col)] = rule;
    } else {
      for (const k of keys) kept[k] = rule;
    }
  }
  holder.model = kept;
}

/** "C12" as zero-based row and column; null for anything else (a range, "$C$12"). */
function plainCell(address: string): { row: number; col: number } | null {
  let col = 0;
  let i = 0;
  for (; i < address.length; i++) {
    const c = address.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  if (i === 0 || i > 3 || i === address.length) return null;
  let row = 0;
  for (; i < address.length; i++) {
    const c = address.charCodeAt(i);
    if (c < 48 || c > 57) return null;
    row = row * 10 + (c - 48);
  }
  return row > 0 ? { row: row - 1, col: col - 1 } : null;
}

function overlaps(a: RangeRef, b: RangeRef): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** The cells of `r` outside `cut`, as at most four rectangles (bands above and below, sides between). */
function outside(r: RangeRef, cut: RangeRef): RangeRef[] {
  const out: RangeRef[] = [];
  if (r.top < cut.top) out.push({ ...r, bottom: cut.top - 1 });
  if (r.bottom > cut.bottom) out.push({ ...r, top: cut.bottom + 1 });
  const top = Math.max(r.top, cut.top);
  const bottom = Math.min(r.bottom, cut.bottom);
  if (r.left < cut.left) out.push({ top, bottom, left: r.left, right: cut.left - 1 });
  if (r.right > cut.right) out.push({ top, bottom, left: cut.right + 1, right: r.right });
  return out;
}

function within(inner: RangeRef, outer: RangeRef): boolean {
  return inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;
}

/** `base` (a copy the caller owns) with the plan's style applied. */
function styled(base: XStyle, s: CellStyle): XStyle {
  const out = base;
  if (s.numberFormat) out.numFmt = s.numberFormat;
  if (s.bold !== undefined || s.italic !== undefined || s.fontSize || s.fontColor) {
    // A font without a name falls back to the reader's default (a serif in LibreOffice).
    out.font = {
      ...(base.font ?? DEFAULT_FONT),
      ...(s.bold !== undefined ? { bold: s.bold } : {}),
      ...(s.italic !== undefined ? { italic: s.italic } : {}),
      ...(s.fontSize ? { size: s.fontSize } : {}),
      ...(s.fontColor ? { color: { argb: ARGB(s.fontColor) } } : {}),
    };
  }
  if (s.fill) out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: ARGB(s.fill) } };
  if (s.wrap !== undefined || s.hAlign || s.vAlign) {
    out.alignment = {
      ...base.alignment,
      ...(s.wrap !== undefined ? { wrapText: s.wrap } : {}),
      ...(s.hAlign ? { horizontal: s.hAlign } : {}),
      ...(s.vAlign ? { vertical: s.vAlign === "center" ? "middle" : s.vAlign } : {}),
    };
  }
  if (s.border === "thin") {
    const side = { style: "thin" as const, color: { argb: "FFBFBFBF" } };
    out.border = { top: side, bottom: side, left: side, right: side };
  } else if (s.border === "bottom") {
    out.border = { bottom: { style: "medium", color: { argb: "FF404040" } } };
  } else if (s.border === "none") {
    out.border = {};
  }
  return out;
}

/** Used by tests and the CLI: the grid of a snapshot sheet as plain rows. */
export function gridRows(g: Grid): CellValue[][] {
  return g.values.map((r) => [...r]);
}

