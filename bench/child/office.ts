/**
 * Office round trips: each operation through the Office host over the strict Office.js fake,
 * which counts syncs and the bytes of every request and response (measureOffice, from the
 * Office host's tests). The fake is seeded with the same portfolio as the file cases, written
 * through the Office host itself; only the operation's own read and apply are counted.
 */
import { performance } from "perf_hooks";
import { settingsOf } from "../../src/cli/settings-from-workbook";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import type { OfficeHost } from "../../src/hosts/office/office-host";
import { convert } from "../../src/operations/convert";
import { metrics } from "../../src/operations/metrics";
import { report } from "../../src/operations/report";
import { structuredSamplePlan } from "../../src/operations/sample-workbook";
import { snapshot } from "../../src/operations/snapshot";
import { structure } from "../../src/operations/structure";
import { validate } from "../../src/operations/validate";
import type { WorkbookPlan } from "../../src/plan/plan";
import type { WorkbookSnapshot } from "../../src/plan/snapshot";
import { measureOffice, type Measured } from "../../test/office-fake/measure";
import { BENCH_AS_OF, benchPortfolio, messyPlan } from "../generate";
import { peakRssMb } from "./protocol";

export interface OfficeTiming {
  readonly op: string;
  readonly syncs: number;
  /** Request plus response bytes of every sync. */
  readonly bytesMoved: number;
  /** The largest single request or response. */
  readonly maxRequestBytes: number;
  /** Wall time of seeding the fake and running the operation on it (the fake's speed, not Excel's). */
  readonly seedAndRunMs: number;
}

export interface OfficeResult {
  readonly kind: "office";
  readonly timings: readonly OfficeTiming[];
  readonly peakRssMb: number;
}

const asOf = BENCH_AS_OF;

function ok<T extends { ok: boolean }>(r: T, what: string): Extract<T, { ok: true }> {
  if (!r.ok) throw new Error(`${what} failed on the Office fake`);
  return r as Extract<T, { ok: true }>;
}

export async function runOffice(rows: number): Promise<OfficeResult> {
  const state = benchPortfolio(rows);
  const structured = async (host: OfficeHost): Promise<void> => {
    await host.apply(structure(await host.read(), { ...DEFAULT_SETTINGS, asOf }).plan);
    await host.apply(structuredSamplePlan(await host.read(), state));
  };
  const withHistory = async (host: OfficeHost): Promise<void> => {
    await structured(host);
    const wb = await host.read();
    await host.apply(ok(snapshot(wb, { ...settingsOf(wb, asOf), asOf }), "snapshot").plan);
  };
  const messy = async (host: OfficeHost): Promise<void> => {
    await host.apply(messyPlan(state));
  };
  const plan = (f: (wb: WorkbookSnapshot) => WorkbookPlan): Measured => f;

  const cases: readonly (readonly [string, Measured, (host: OfficeHost) => Promise<void>])[] = [
    ["read", "read", structured],
    ["convert", plan((wb) => convert(wb, settingsOf(wb, asOf)).plan), messy],
    ["validate", plan((wb) => validate(wb, settingsOf(wb, asOf), asOf).plan), structured],
    ["snapshot", plan((wb) => ok(snapshot(wb, { ...settingsOf(wb, asOf), asOf }), "snapshot").plan), structured],
    ["metrics", plan((wb) => ok(metrics(wb, { ...settingsOf(wb, asOf), asOf }), "metrics").plan), withHistory],
    ["report", plan((wb) => ok(report(wb, settingsOf(wb, asOf), asOf, { generatedOn: asOf, paper: "A4" }), "report").plan), structured],
  ];
  const timings: OfficeTiming[] = [];
  for (const [op, what, seed] of cases) {
    const t0 = performance.now();
    const m = await measureOffice(what, rows, { seed: (host) => seed(host) });
    timings.push({ op, syncs: m.syncs, bytesMoved: m.bytesMoved, maxRequestBytes: Math.max(m.maxRequestBytes, m.maxResponseBytes), seedAndRunMs: Math.round(performance.now() - t0) });
  }
  return { kind: "office", timings, peakRssMb: peakRssMb() };
}
