/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load --
   these tests read properties before load and sync on purpose: the fake must throw there. */
/**
 * The fake must fail where Excel fails, or host tests prove nothing. Each case is a mistake a
 * host could make; the fake must reject it the way Excel does (at sync, with Excel's code).
 */
import { createFakeExcel } from "./fake-excel";
import { FakeOfficeError } from "./errors";

type Ctx = Excel.RequestContext;

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof FakeOfficeError) return e.code;
    throw e;
  }
  return "no error";
}

function withSheet() {
  const fake = createFakeExcel({ sheets: ["Data"] });
  return { fake, run: fake.run };
}

describe("strict fake of Excel's JavaScript API", () => {
  test("a property read before load and sync throws PropertyNotLoaded; after both it has the value", async () => {
    const { fake, run } = withSheet();
    fake.state.sheets[0]!.grid.setContent(0, 0, "x", null);
    await run(async (ctx: Ctx) => {
      const r = ctx.workbook.worksheets.getItem("Data").getRange("A1");
      expect(() => r.values).toThrow(/PropertyNotLoaded/);
      r.load("values");
      expect(() => r.values).toThrow(/PropertyNotLoaded/);
      await ctx.sync();
      expect(r.values).toEqual([["x"]]);
      // Only what was loaded is there.
      expect(() => r.numberFormat).toThrow(/PropertyNotLoaded/);
    });
  });

  test("load() without property names is refused: the host names what it needs", async () => {
    const { run } = withSheet();
    await run(async (ctx: Ctx) => {
      expect(() => ctx.workbook.worksheets.getItem("Data").getRange("A1").load()).toThrow(/name the properties/);
    });
  });

  test("writing an array whose shape differs from the range fails at sync", async () => {
    const { run } = withSheet();
    const code = await codeOf(
      run(async (ctx: Ctx) => {
        const r = ctx.workbook.worksheets.getItem("Data").getRange("A1:B2");
        r.values = [[1, 2]];
        await ctx.sync();
      }),
    );
    expect(code).toBe("InvalidArgument");
  });

  test("getItem of a sheet that does not exist fails at sync, not when called", async () => {
    const { run } = withSheet();
    const code = await codeOf(
      run(async (ctx: Ctx) => {
        const ws = ctx.workbook.worksheets.getItem("Nope");
        ws.getRange("A1").values = [[1]];
        await ctx.sync();
      }),
    );
    expect(code).toBe("ItemNotFound");
  });

  test("an empty sheet's used range is a null object", async () => {
    const { run } = withSheet();
    await run(async (ctx: Ctx) => {
      const used = ctx.workbook.worksheets.getItem("Data").getUsedRangeOrNullObject(true);
      used.load("address");
      expect(() => used.isNullObject).toThrow(/PropertyNotLoaded/);
      await ctx.sync();
      expect(used.isNullObject).toBe(true);
    });
  });

  test("typing into a cell: strings are parsed unless text-formatted or quoted", async () => {
    const { fake, run } = withSheet();
    await run(async (ctx: Ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.getRange("B1").numberFormat = [["@"]];
      ws.getRange("A1:A6").values = [["007"], ["'007"], ["2026-03-15"], ["TRUE"], ["=1+1"], ["#N/A"]];
      ws.getRange("B1").values = [["=not a formula"]];
      await ctx.sync();
    });
    const cell = (r: number, c: number) => fake.state.sheets[0]!.grid.get(r, c);
    expect(cell(0, 0).value).toBe(7);
    expect(cell(1, 0).value).toBe("007");
    expect(cell(2, 0)).toMatchObject({ value: 46096, format: "m/d/yyyy" });
    expect(cell(3, 0).value).toBe(true);
    expect(cell(4, 0).formula).toBe("=1+1");
    expect(cell(5, 0).value).toEqual({ error: "#N/A" });
    expect(cell(0, 1)).toMatchObject({ value: "=not a formula", formula: null });
  });

  test("a string that starts with - or + is a formula, and an invalid one fails", async () => {
    const { run } = withSheet();
    const code = await codeOf(
      run(async (ctx: Ctx) => {
        ctx.workbook.worksheets.getItem("Data").getRange("A1").values = [["-"]];
        await ctx.sync();
      }),
    );
    expect(code).toBe("InvalidArgument");
  });

  test("tables: a name that exists fails; [@Col] only inside the table and only for its columns", async () => {
    const { run } = withSheet();
    await run(async (ctx: Ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.getRange("A1:B1").values = [["P", "I"]];
      const t = ws.tables.add("A1:B2", true);
      t.name = "tblOne";
      await ctx.sync();
    });
    const again = (body: (ctx: Ctx) => void) =>
      codeOf(
        run(async (ctx: Ctx) => {
          body(ctx);
          await ctx.sync();
        }),
      );
    expect(await again((ctx) => (ctx.workbook.worksheets.getItem("Data").tables.add("D1:E2", true).name = "TBLONE"))).toBe("ItemAlreadyExists");
    expect(await again((ctx) => (ctx.workbook.worksheets.getItem("Data").getRange("D5").formulas = [["=[@P]"]]))).toBe("InvalidArgument");
    expect(await again((ctx) => (ctx.workbook.worksheets.getItem("Data").getRange("B2").formulas = [["=[@Q]*2"]]))).toBe("InvalidArgument");
    expect(await again((ctx) => (ctx.workbook.worksheets.getItem("Data").getRange("D9").formulas = [["=SUM(tblNone[P])"]]))).toBe("InvalidArgument");
    expect(await again((ctx) => (ctx.workbook.worksheets.getItem("Data").getRange("B2").formulas = [["=[@P]*2"]]))).toBe("no error");
  });

  test("tables.add fixes headers as Excel does: blanks become ColumnN, repeats get a number", async () => {
    const { fake, run } = withSheet();
    await run(async (ctx: Ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.getRange("A1:C1").values = [["Name", "", "name"]];
      ws.tables.add("A1:C1", true);
      await ctx.sync();
    });
    expect(fake.state.columnsOf(fake.state.tables[0]!)).toEqual(["Name", "Column2", "name2"]);
    expect(fake.state.tables[0]!.rect).toEqual({ top: 0, left: 0, bottom: 1, right: 2 });
  });

  test("data validation: one rule per cell (clear first), messages of at most 255 characters", async () => {
    const { run } = withSheet();
    const set = (clear: boolean, message: string) =>
      codeOf(
        run(async (ctx: Ctx) => {
          const dv = ctx.workbook.worksheets.getItem("Data").getRange("A2:A5").dataValidation;
          if (clear) dv.clear();
          dv.rule = { wholeNumber: { formula1: 1, formula2: 5, operator: "Between" } };
          dv.errorAlert = { message, showAlert: true, style: "Stop", title: "T" };
          await ctx.sync();
        }),
      );
    expect(await set(true, "ok")).toBe("no error");
    expect(await set(false, "ok")).toBe("InvalidOperation");
    expect(await set(true, "x".repeat(256))).toBe("InvalidArgument");
  });

  test("an API beyond the Excel's requirement sets fails with ApiNotFound", async () => {
    const fake = createFakeExcel({ sheets: ["Data"], excelApi: "1.7" });
    expect(fake.isSetSupported("ExcelApi", "1.7")).toBe(true);
    expect(fake.isSetSupported("ExcelApi", "1.8")).toBe(false);
    const code = await codeOf(
      fake.run(async (ctx: Ctx) => {
        ctx.workbook.worksheets.getItem("Data").getRange("A1:A2").dataValidation.clear();
        await ctx.sync();
      }),
    );
    expect(code).toBe("ApiNotFound");
  });

  test("syncs and payload bytes are counted; a request over the limit fails like Excel on the web", async () => {
    const fake = createFakeExcel({ sheets: ["Data"], payloadLimit: 10_000 });
    await fake.run(async (ctx: Ctx) => {
      ctx.workbook.worksheets.getItem("Data").getRange("A1:A10").values = Array.from({ length: 10 }, (_x, i) => [i]);
      await ctx.sync();
      const r = ctx.workbook.worksheets.getItem("Data").getRange("A1:A10").load("values");
      await ctx.sync();
      expect(r.values.length).toBe(10);
    });
    expect(fake.stats.syncs).toBe(2);
    expect(fake.stats.maxRequestBytes).toBeGreaterThan(50);
    expect(fake.stats.maxResponseBytes).toBeGreaterThan(20);
    const code = await codeOf(
      fake.run(async (ctx: Ctx) => {
        ctx.workbook.worksheets.getItem("Data").getRange("A1:A2000").values = Array.from({ length: 2000 }, () => ["some text"]);
        await ctx.sync();
      }),
    );
    expect(code).toBe("RequestPayloadSizeLimitExceeded");
  });

  test("a proxy used after its Excel.run has finished throws", async () => {
    const { run } = withSheet();
    let leaked: Excel.Range | undefined;
    await run(async (ctx: Ctx) => {
      leaked = ctx.workbook.worksheets.getItem("Data").getRange("A1");
      await ctx.sync();
    });
    expect(() => (leaked!.values = [[1]])).toThrow(/InvalidObjectPath/);
  });

  test("DATE(1904,1,1) is 0 in a 1904 workbook and 1462 otherwise", async () => {
    for (const date1904 of [false, true]) {
      const fake = createFakeExcel({ date1904 });
      const v = await fake.run(async (ctx: Ctx) => {
        const r = ctx.workbook.functions.date(1904, 1, 1).load("value");
        await ctx.sync();
        return r.value;
      });
      expect(v).toBe(date1904 ? 0 : 1462);
    }
  });

  test("getRanges (ExcelApi 1.9): its format sets each area; a long address and an older Excel are refused", async () => {
    const { fake, run } = withSheet();
    await run(async (ctx: Ctx) => {
      const areas = ctx.workbook.worksheets.getItem("Data").getRanges("A1:B2,D4,6:7");
      areas.format.font.bold = true;
      areas.format.rowHeight = 20;
      await ctx.sync();
    });
    const sheet = fake.state.sheets[0]!;
    expect(sheet.styles.filter((s) => s.property === "font.bold").map((s) => s.rect)).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 3, left: 3, bottom: 3, right: 3 },
      { top: 5, left: 0, bottom: 6, right: 16383 },
    ]);
    expect([...sheet.rowHeights.keys()].sort((a, b) => a - b)).toEqual([0, 1, 3, 5, 6]);
    const long = Array.from({ length: 1000 }, (_x, i) => `A${i * 2 + 1}:B${i * 2 + 1}`).join(",");
    expect(long.length).toBeGreaterThan(8192);
    expect(await codeOf(run(async (ctx: Ctx) => {
      ctx.workbook.worksheets.getItem("Data").getRanges(long).format.font.bold = true;
      await ctx.sync();
    }))).toBe("InvalidArgument");
    const old = createFakeExcel({ sheets: ["Data"], excelApi: "1.8" });
    expect(await codeOf(old.run(async (ctx: Ctx) => {
      ctx.workbook.worksheets.getItem("Data").getRanges("A1,B2").format.font.bold = true;
      await ctx.sync();
    }))).toBe("ApiNotFound");
  });

  test("merge(true) merges each row on its own and keeps each row's first value", async () => {
    const { fake, run } = withSheet();
    await run(async (ctx: Ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.getRange("A1:C2").values = [["a", "b", "c"], ["d", "e", "f"]];
      ws.getRange("A1:C2").merge(true);
      await ctx.sync();
    });
    const sheet = fake.state.sheets[0]!;
    expect(sheet.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }, { top: 1, left: 0, bottom: 1, right: 2 }]);
    expect([sheet.grid.get(0, 0).value, sheet.grid.get(0, 1).value, sheet.grid.get(1, 0).value, sheet.grid.get(1, 2).value]).toEqual(["a", null, "d", null]);
  });

  test("formula cells as special cells: rectangles, a null object when there are none, and not on one cell", async () => {
    const { fake, run } = withSheet();
    const grid = fake.state.sheets[0]!.grid;
    for (let r = 1; r <= 4; r++) {
      grid.setContent(r, 0, r, null);
      grid.setContent(r, 1, null, "=A2*2");
      grid.setContent(r, 2, null, "=A2*3");
    }
    grid.setContent(6, 4, null, "=1");
    await run(async (ctx: Ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      const found = ws.getRange().getSpecialCellsOrNullObject("Formulas").load("address,areaCount");
      const none = ws.getRange("A1:A9").getSpecialCellsOrNullObject("Formulas").load("address");
      await ctx.sync();
      expect(found.address).toBe("Data!B2:C5,Data!E7");
      expect(found.areaCount).toBe(2);
      expect(none.isNullObject).toBe(true);
    });
    expect(await codeOf(run(async (ctx: Ctx) => {
      ctx.workbook.worksheets.getItem("Data").getRange("B2").getSpecialCellsOrNullObject("Formulas").load("address");
      await ctx.sync();
    }))).toBe("NotModelled");
  });

  test("getUsedRange gives A1 on a blank sheet, where getUsedRangeOrNullObject gives a null object", async () => {
    const { run } = withSheet();
    await run(async (ctx: Ctx) => {
      const used = ctx.workbook.worksheets.getItem("Data").getUsedRange(true).load("address");
      await ctx.sync();
      expect(used.address).toBe("Data!A1");
    });
  });
});
