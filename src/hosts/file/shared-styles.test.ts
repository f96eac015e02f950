/**
 * The file host points cells of equal style at one style object (exceljs's per-object style
 * cache collapses with millions of objects) and changes a style by copy on write (styles.ts).
 * What a save writes must not change, and a change to one cell must not reach another.
 */
import { hostWith, roundTrip } from "../../../test/fixtures/workbooks";
import { isoToSerial } from "../../domain/dates";

describe("styles shared for a save", () => {
  test("a date and a number with no format keep their own formats; a later change touches one cell", async () => {
    const host = await hostWith([
      { kind: "ensureSheet", sheet: "S" },
      { kind: "writeRange", sheet: "S", anchor: "A1", cells: [[{ d: "2026-03-15" }, 42, { d: "2026-03-16" }, 43]] },
      { kind: "format", sheet: "S", range: "B2:C2", style: { bold: true } },
      { kind: "writeRange", sheet: "S", anchor: "B2", cells: [["x", "y"]] },
    ]);
    const first = (await (await roundTrip(host)).read()).sheets[0]!;
    expect(first.values[0]).toEqual([isoToSerial("2026-03-15"), 42, isoToSerial("2026-03-16"), 43]);
    const dateFormat = first.numberFormats?.[0]?.[0];
    expect(dateFormat).toBeTruthy();
    expect(first.numberFormats?.[0]?.[2]).toBe(dateFormat);
    expect(first.numberFormats?.[0]?.[1] ?? null).toBeNull();

    // After the save, formatting one cell must not reach the cells that shared its style during it.
    await host.apply({ ops: [{ kind: "format", sheet: "S", range: "D1", style: { numberFormat: "0.00" } }, { kind: "format", sheet: "S", range: "B2", style: { italic: true } }] });
    const second = (await (await roundTrip(host)).read()).sheets[0]!;
    expect(second.numberFormats?.[0]?.[3]).toBe("0.00");
    expect(second.numberFormats?.[0]?.[1] ?? null).toBeNull();
    expect(second.numberFormats?.[0]?.[0]).toBe(dateFormat);
  });
});
