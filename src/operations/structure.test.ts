import fc from "fast-check";
import { REGISTERS, register } from "../domain/registers/catalogue";
import { DEFAULT_SETTINGS } from "../domain/settings";
import { hostWith, roundTrip, structuredHost, table } from "../../test/fixtures/workbooks";
import { structure } from "./structure";
import type { PlanCell } from "../plan/plan";
import { findTable } from "../plan/snapshot";

describe("structure", () => {
  test("creates every register, Lists and Settings in an empty workbook", async () => {
    const host = await structuredHost();
    const snap = await (await roundTrip(host)).read();
    const tables = snap.sheets.flatMap((s) => s.tables.map((t) => t.name));
    expect(tables).toEqual(expect.arrayContaining([...REGISTERS.map((r) => r.table), "tblLists", "tblSettings"]));
    for (const def of REGISTERS) {
      const found = findTable(snap, def.table)!;
      expect(found.sheet.name).toBe(def.sheet);
      expect(found.table.columns).toEqual(def.columns.map((c) => c.header));
    }
    expect(snap.names.map((n) => n.name)).toEqual(expect.arrayContaining(["PMO_AsOf", "PMO_HighRiskScore", "List_Stage", "List_RAG"]));
  });

  test("is idempotent: a structured workbook gives an empty plan", async () => {
    const host = await roundTrip(await structuredHost());
    expect(structure(await host.read(), DEFAULT_SETTINGS).plan.ops).toEqual([]);
  });

  test("a sheet with someone's data under a register's name is left alone and reported", async () => {
    const host = await hostWith([{ kind: "ensureSheet", sheet: "RAID" }, { kind: "writeRange", sheet: "RAID", anchor: "B2", cells: [["my own risk list"]] }]);
    const r = structure(await host.read(), DEFAULT_SETTINGS);
    expect(r.summary.blocked.map((b) => b.register)).toEqual(["raid"]);
    expect(r.plan.ops.some((op) => "sheet" in op && op.sheet === "RAID")).toBe(false);
  });

  test("upgrades an existing register in place: adds missing columns, keeps rows and extra columns (property)", async () => {
    const raid = register("raid");
    const optional = raid.columns.filter((c) => !c.required);
    await fc.assert(
      fc.asyncProperty(
        fc.subarray(optional.map((c) => c.header)),
        fc.array(fc.constantFrom("My Notes", "Team", "Extra 1"), { maxLength: 2 }).map((a) => [...new Set(a)]),
        fc.array(fc.array(fc.oneof(fc.string({ maxLength: 8 }), fc.integer({ min: 1, max: 5 }), fc.constant(null)), { minLength: 12, maxLength: 12 }), { minLength: 1, maxLength: 6 }),
        async (kept, extras, data) => {
          const headers = [...raid.columns.filter((c) => c.required).map((c) => c.header), ...kept, ...extras];
          const rows: PlanCell[][] = data.map((r, i) => headers.map((_h, j) => (j === 0 ? `R-${i + 1}` : r[j % r.length] ?? null)));
          const host = await hostWith(table("RAID", "tblRAID", headers, rows));
          const first = structure(await host.read(), DEFAULT_SETTINGS);
          await host.apply(first.plan);
          const after = await (await roundTrip(host)).read();
          const t = findTable(after, "tblRAID")!;
          // every original header stays where it was; missing catalogue columns come after
          expect(t.table.columns.slice(0, headers.length)).toEqual(headers);
          expect(new Set(t.table.columns)).toEqual(new Set([...raid.columns.map((c) => c.header), ...extras]));
          // every original cell is still there
          rows.forEach((r, i) =>
            r.forEach((v, j) => {
              const got = t.sheet.values[i + 1]?.[j] ?? null;
              expect(got === "" ? null : got).toEqual(v === "" ? null : v);
            }),
          );
          // and running it again changes nothing
          expect(structure(after, DEFAULT_SETTINGS).plan.ops).toEqual([]);
        },
      ),
      { numRuns: Number(process.env.PMO_PROPERTY_RUNS ?? 15) },
    );
  });

  test("columns are not added over someone's data beside a register: reported with the cell, nothing planned", async () => {
    const host = await hostWith([
      ...table("RAID", "tblRAID", ["ID", "Type", "Title"], [["R-1", "Risk", "x"]]),
      { kind: "writeRange", sheet: "RAID", anchor: "E2", cells: [["note beside the table"]] },
    ]);
    const r = structure(await host.read(), DEFAULT_SETTINGS);
    expect(r.summary.blocked).toEqual([expect.objectContaining({ register: "raid", reason: expect.stringContaining("RAID!E2") })]);
    expect(r.plan.ops.some((op) => "sheet" in op && op.sheet === "RAID")).toBe(false);
  });

  test("the file host refuses to write a table over data, naming the cell", async () => {
    const host = await hostWith([{ kind: "ensureSheet", sheet: "S" }, { kind: "writeRange", sheet: "S", anchor: "B2", cells: [["keep me"]] }]);
    await expect(host.apply({ ops: table("S", "tblX", ["A", "B"], [[1, 2]]).slice(1) })).rejects.toThrow("S!B2 is not empty");
  });
});
