/** The workbook: its collections, and the one worksheet function the host uses (DATE, to tell the date system). */
import { isoToSerial } from "../../../src/domain/dates";
import { fail } from "../errors";
import { FakeObject, type Readers } from "../object";
import type { FakeContext } from "../context";
import { FakeNamedItemCollection } from "./names";
import { FakeTableCollection } from "./table";
import { FakeWorksheetCollection } from "./worksheet";

export class FakeFunctionResult extends FakeObject<{ readonly value: number }> {
  protected readers(): Readers {
    return { value: () => this.bound().value, error: () => null };
  }
  get value(): number {
    return this.loaded("value");
  }
}

export class FakeFunctions extends FakeObject<true> {
  protected readers(): Readers {
    return {};
  }
  /** DATE(year, month, day) as a serial in the workbook's own date system. */
  date(year: number, month: number, day: number): FakeFunctionResult {
    return this.make(new FakeFunctionResult(this.context), "date", [year, month, day], () => {
      if (![year, month, day].every(Number.isInteger)) fail("InvalidArgument", "DATE takes whole numbers");
      const iso = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
      return { value: isoToSerial(iso, this.context.state.date1904) };
    });
  }
}

export class FakeWorkbook extends FakeObject<true> {
  readonly worksheets = new FakeWorksheetCollection(this.context);
  readonly tables = new FakeTableCollection(this.context);
  readonly names = new FakeNamedItemCollection(this.context);
  readonly functions = new FakeFunctions(this.context, true);

  constructor(context: FakeContext) {
    super(context, true);
  }
  protected readers(): Readers {
    return {};
  }
}
