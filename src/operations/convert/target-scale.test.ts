/**
 * TargetRegister finds a new row's suffixed variants and, for a row without an id, the rows that
 * could hold all of its values, through indexes instead of scanning every held row (the scans
 * made conversion quadratic: minutes at 10,000 rows). These tests pin what the indexes must keep
 * exactly as the scans had it, and that a large register places in linear time.
 */
import { register } from "../../domain/registers/catalogue";
import type { PlanCell } from "../../plan/plan";
import type { WorkbookSnapshot } from "../../plan/snapshot";
import type { BuiltRow } from "./records";
import { TargetRegister } from "./target";

const EMPTY: WorkbookSnapshot = { sheets: [], date1904: false, names: [] };

function row(values: Record<string, PlanCell>, heading = false): BuiltRow {
  return { sourceRow: 0, values: new Map(Object.entries(values)), sources: new Map(), idCell: null, heading };
}

describe("TargetRegister indexes", () => {
  test("an id used again by other rows is suffixed, in any case, with the next free number", () => {
    const t = new TargetRegister(register("raid"), EMPTY);
    expect(t.place(row({ ID: "R-1", Title: "Vendor late" }), "A")).toMatchObject({ kind: "added", id: "R-1" });
    expect(t.place(row({ ID: "R-1", Title: "Budget cut" }), "B")).toMatchObject({ kind: "added", id: "R-1-2", renamedFrom: "R-1" });
    expect(t.place(row({ ID: "r-1", Title: "Budget cut" }), "C")).toMatchObject({ kind: "added", id: "r-1-3", renamedFrom: "r-1" });
    expect(t.place(row({ ID: "R-1", Title: "Vendor late" }), "D")).toEqual({ kind: "duplicate" });
    expect(t.place(row({ ID: "R-1", Title: "Scope creep" }), "D")).toMatchObject({ kind: "added", id: "R-1-4" });
  });

  test("a row without an id is a duplicate only of a row holding exactly its values, also after a merge", () => {
    const t = new TargetRegister(register("raci"), EMPTY);
    expect(t.place(row({ Activity: "Phase 1" }, true), "A")).toMatchObject({ kind: "added", id: null });
    expect(t.place(row({ Activity: "phase  1" }, true), "A")).toEqual({ kind: "duplicate" });
    expect(t.place(row({ "Activity ID": "ACT-1", Activity: "Design" }), "A")).toMatchObject({ kind: "added" });
    // A second source adds a value to ACT-1; the id-less row holding both values is that row.
    expect(t.place(row({ "Activity ID": "ACT-1", Activity: "Design", Sponsor: "A" }), "B")).toMatchObject({ kind: "merged" });
    expect(t.place(row({ Activity: "Design", Sponsor: "A" }), "C")).toEqual({ kind: "duplicate" });
    // A sparse row sharing one value is not swallowed by a fuller one.
    expect(t.place(row({ Sponsor: "A" }), "C")).toMatchObject({ kind: "added", generated: true });
  });

  test("20,000 rows with ids and 2,000 heading rows place in linear time", () => {
    const t = new TargetRegister(register("raci"), EMPTY);
    const t0 = Date.now();
    for (let i = 0; i < 20_000; i++) {
      if (i % 10 === 0) t.place(row({ Activity: `Phase ${i / 10}` }, true), "S");
      t.place(row({ "Activity ID": `ACT-${i}`, "Project ID": `P-${i % 97}`, Activity: `Task ${i % 13}`, Sponsor: "A", "Project Manager": "R" }), "S");
    }
    expect(t.added).toHaveLength(22_000);
    // The scans took minutes here; the indexes take well under a second on a quiet machine.
    expect(Date.now() - t0).toBeLessThan(20_000);
  });
});
