/**
 * The sync and payload budget of the Office host, on the fake:
 *  - syncs = a small constant + one per ~4 MB block of data: over the 100-row case, 10,000 and
 *    100,000 rows add no more syncs than their extra bytes need blocks;
 *  - an operation that moves less than one block (10,000 short rows) takes as many syncs as with 100;
 *  - no request and no response passes 4 MB (Excel on the web refuses 5 MB).
 */
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import { PAYLOAD_BUDGET_BYTES } from "../../src/hosts/office/budget";
import { OfficeHost } from "../../src/hosts/office/office-host";
import { structure } from "../../src/operations/structure";
import type { WorkbookPlan } from "../../src/plan/plan";
import type { WorkbookSnapshot } from "../../src/plan/snapshot";
import type { SyncRecord } from "../office-fake/context";
import { createFakeExcel } from "../office-fake/fake-excel";
import { measureOffice } from "../office-fake/measure";
import { SEED_AS_OF, actionRowsPlan, milestoneRowsPlan } from "../office-fake/seed";

const FOUR_MB = 4 * 1024 * 1024;
const settings = { ...DEFAULT_SETTINGS, asOf: SEED_AS_OF };

interface Cost {
  readonly syncs: number;
  readonly bytes: number;
  readonly maxRequest: number;
  readonly maxResponse: number;
}

type Op = "append" | "read" | "structure";

function cost(records: readonly SyncRecord[]): Cost {
  return {
    syncs: records.length,
    bytes: records.reduce((s, r) => s + r.requestBytes + r.responseBytes, 0),
    maxRequest: Math.max(...records.map((r) => r.requestBytes)),
    maxResponse: Math.max(...records.map((r) => r.responseBytes)),
  };
}

/**
 * On a structured workbook: append `rows` rows (the plan), read the workbook, then apply what
 * structure makes of that snapshot (an empty plan: the operation's apply half).
 */
async function costsAt(rowsPlan: (rows: number) => WorkbookPlan, rows: number): Promise<Record<Op, Cost>> {
  const fake = createFakeExcel();
  const host = new OfficeHost({ run: fake.run, isSetSupported: fake.isSetSupported });
  const measure = async <T>(work: () => Promise<T>): Promise<[T, Cost]> => {
    fake.stats.reset();
    const out = await work();
    return [out, cost(fake.stats.records)];
  };
  await host.apply(structure(await host.read(), settings).plan);
  const [, append] = await measure(() => host.apply(rowsPlan(rows)));
  const [snap, read] = await measure((): Promise<WorkbookSnapshot> => host.read());
  const [, again] = await measure(() => host.apply(structure(snap, settings).plan));
  return { append, read, structure: again };
}

describe("sync and payload budget", () => {
  const at: Record<number, Record<Op, Cost>> = {};
  const narrow: Record<number, Record<Op, Cost>> = {};
  beforeAll(async () => {
    for (const rows of [100, 10_000, 100_000]) at[rows] = await costsAt(milestoneRowsPlan, rows);
    for (const rows of [100, 10_000]) narrow[rows] = await costsAt(actionRowsPlan, rows);
  }, 120_000);

  test.each(["append", "read", "structure"] as const)("%s: more rows add only the syncs their extra bytes need", (op) => {
    const base = at[100]![op];
    expect(base.syncs).toBeLessThanOrEqual(3);
    for (const rows of [10_000, 100_000]) {
      const c = at[rows]![op];
      // Blocks aim at the budget; measured per-cell sizes (with a margin) keep them at least 80% full.
      expect(c.syncs - base.syncs).toBeLessThanOrEqual(Math.ceil((c.bytes - base.bytes) / (0.8 * PAYLOAD_BUDGET_BYTES)));
    }
  });

  test("an operation's apply half on a structured workbook is one sync at any size", () => {
    for (const rows of [100, 10_000, 100_000]) expect(at[rows]!.structure.syncs).toBe(1);
  });

  test("no request and no response passes 4 MB, at 100,000 rows either", () => {
    for (const rows of [100, 10_000, 100_000]) {
      for (const c of Object.values(at[rows]!)) {
        expect(c.maxRequest).toBeLessThanOrEqual(FOUR_MB);
        expect(c.maxResponse).toBeLessThanOrEqual(FOUR_MB);
      }
    }
  });

  test.each(["append", "read", "structure"] as const)("%s of 10,000 short rows (under one block) takes as many syncs as of 100", (op) => {
    expect(narrow[10_000]![op].syncs).toBe(narrow[100]![op].syncs);
  });

  test("measureOffice: a whole operation (read, then apply) over a seeded workbook", async () => {
    const m = await measureOffice((snap): WorkbookPlan => structure(snap, settings).plan, 100);
    expect(m.syncs).toBe(4);
    expect(m.bytesMoved).toBeGreaterThan(0);
    expect(m.maxRequestBytes).toBeLessThanOrEqual(FOUR_MB);
  });
});
