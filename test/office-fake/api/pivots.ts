/** PivotTables (ExcelApi 1.8): add over a table, then row, column and data hierarchies. */
import { a1 } from "../../../src/domain/a1";
import { intersects } from "../addresses";
import { fail } from "../errors";
import { FakeCollection, FakeObject, type Readers } from "../object";
import type { FakeContext } from "../context";
import type { PivotState } from "../state";
import { FakeRange, rangeArg } from "./range";
import { FakeTable } from "./table";

interface PivotTarget {
  readonly sheetId: number;
  readonly pivot: PivotState;
}
interface HierarchyTarget extends PivotTarget {
  readonly field: string;
}

const SUMMARIES = ["Sum", "Count", "Average", "Max", "Min", "Product", "CountNumbers", "StandardDeviation", "Variance"];

export class FakePivotHierarchy extends FakeObject<HierarchyTarget> {
  protected readers(): Readers {
    return { name: () => this.bound().field };
  }
}

export class FakeDataPivotHierarchy extends FakeObject<{ readonly value: PivotState["values"][number] }> {
  protected readers(): Readers {
    return {};
  }
  set summarizeBy(v: string) {
    this.setLater("summarizeBy", v, (t) => {
      if (!SUMMARIES.includes(v)) fail("InvalidArgument", `summarizeBy ${v}`);
      t.value.summarizeBy = v;
    });
  }
  set name(v: string) {
    this.setLater("name", v, (t) => {
      if (typeof v !== "string" || !v) fail("InvalidArgument", "a data field name is text");
      t.value.name = v;
    });
  }
  set numberFormat(v: string) {
    this.setLater("numberFormat", v, (t) => {
      if (typeof v !== "string") fail("InvalidArgument", "numberFormat is text");
      t.value.numberFormat = v;
    });
  }
}

class FakeHierarchies extends FakeObject<PivotTarget> {
  constructor(
    context: FakeContext,
    private readonly parent: { boundTarget(): PivotTarget },
    private readonly axis: "all" | "rows" | "columns" | "data",
  ) {
    super(context);
  }
  protected override bound(): PivotTarget {
    return this.parent.boundTarget();
  }
  protected readers(): Readers {
    return {};
  }
  getItem(field: string): FakePivotHierarchy {
    return this.make(new FakePivotHierarchy(this.context), "getItem", [field], (t) => {
      const table = this.context.state.tableById(t.pivot.sourceTableId);
      const column = this.context.state.columnsOf(table).find((c) => c.toLowerCase() === field.toLowerCase());
      return column ? { ...t, field: column } : null;
    });
  }
  add(h: FakePivotHierarchy): FakeDataPivotHierarchy | void {
    if (this.axis === "data") {
      return this.make(new FakeDataPivotHierarchy(this.context), "add", [h], (t) => {
        const field = h.boundTarget().field;
        const value = { field, name: `Sum of ${field}`, summarizeBy: "Sum", numberFormat: "" };
        t.pivot.values.push(value);
        return { value };
      });
    }
    this.callLater("add", [h], (t) => {
      const field = h.boundTarget().field;
      const list = this.axis === "rows" ? t.pivot.rows : t.pivot.columns;
      if (t.pivot.rows.includes(field) || t.pivot.columns.includes(field)) fail("InvalidArgument", `field ${field} is already on the rows or columns of ${t.pivot.name}`);
      list.push(field);
    });
  }
}

export class FakePivotTable extends FakeObject<PivotTarget> {
  readonly hierarchies = new FakeHierarchies(this.context, this, "all");
  readonly rowHierarchies = new FakeHierarchies(this.context, this, "rows");
  readonly columnHierarchies = new FakeHierarchies(this.context, this, "columns");
  readonly dataHierarchies = new FakeHierarchies(this.context, this, "data");

  protected readers(): Readers {
    return { name: () => this.bound().pivot.name };
  }
  get name(): string {
    return this.loaded("name");
  }
  delete(): void {
    this.callLater("delete", [], (t) => {
      const sheet = this.context.state.sheetById(t.sheetId);
      sheet.pivots = sheet.pivots.filter((p) => p !== t.pivot);
    });
  }
}

export class FakePivotTableCollection extends FakeCollection<number, FakePivotTable> {
  constructor(
    context: FakeContext,
    private readonly parent: { boundTarget(): number },
  ) {
    super(context);
  }
  protected override bound(): number {
    return this.parent.boundTarget();
  }
  protected enumerate(sheetId: number): FakePivotTable[] {
    this.context.requires("1.8", "PivotTables");
    return this.context.state.sheetById(sheetId).pivots.map((pivot) => new FakePivotTable(this.context, { sheetId, pivot }));
  }
  getItem(name: string): FakePivotTable {
    return this.make(new FakePivotTable(this.context), "getItem", [name], (sheetId) => {
      const pivot = this.context.state.sheetById(sheetId).pivots.find((p) => p.name.toLowerCase() === name.toLowerCase());
      return pivot ? { sheetId, pivot } : null;
    });
  }
  add(name: string, source: FakeTable | string, destination: FakeRange | string): FakePivotTable {
    return this.make(new FakePivotTable(this.context), "add", [name, source, destination], (sheetId) => {
      const state = this.context.state;
      this.context.requires("1.8", "PivotTableCollection.add");
      if (!(source instanceof FakeTable)) fail("NotModelled", "a PivotTable over anything but a Table");
      const table = state.tableById(source.boundTarget());
      const dest = rangeArg(this.context, destination, sheetId);
      const sheet = state.sheetById(dest.sheetId);
      if (sheet.pivots.some((p) => p.name.toLowerCase() === name.toLowerCase())) fail("ItemAlreadyExists", `a PivotTable named ${name} is already on the sheet`);
      if (state.tablesOverlapping(dest.sheetId, { ...dest.rect, bottom: dest.rect.top + 1, right: dest.rect.left + 1 }).length || sheet.merges.some((m) => intersects(m, dest.rect))) fail("InvalidOperation", `a PivotTable cannot start at ${a1(dest.rect.top, dest.rect.left)} over a table or merged cells`);
      const pivot: PivotState = { id: state.newId(), name, sourceTableId: table.id, anchor: { ...dest.rect, bottom: dest.rect.top, right: dest.rect.left }, rows: [], columns: [], values: [] };
      sheet.pivots.push(pivot);
      return { sheetId: dest.sheetId, pivot };
    });
  }
}
