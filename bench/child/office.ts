/**
 * Office round trips: each operation through the Office host over the strict Office.js fake
 * (test/office-fake), which counts syncs and the bytes of every request and response. The
 * Office host engineer provides `measureOffice` in test/office-fake/measure.ts; until it is in
 * the tree these figures stay null and the report says so.
 */
import { existsSync } from "fs";
import { join } from "path";
import { peakRssMb } from "./protocol";

export interface OfficeTiming {
  readonly op: string;
  readonly syncs: number;
  /** Request plus response bytes of every sync. */
  readonly bytesMoved: number;
  /** The largest single request or response. */
  readonly maxRequestBytes: number;
  readonly ms: number;
}

export interface OfficeResult {
  readonly kind: "office";
  /** Null when measureOffice is not in the tree yet. */
  readonly timings: readonly OfficeTiming[] | null;
  readonly note?: string;
  readonly peakRssMb: number;
}

const MEASURE = join(__dirname, "..", "..", "test", "office-fake", "measure.ts");

export async function runOffice(_rows: number, _structuredPath: string): Promise<OfficeResult> {
  if (!existsSync(MEASURE)) return { kind: "office", timings: null, note: "test/office-fake/measure.ts (measureOffice) is not in the tree yet", peakRssMb: peakRssMb() };
  return { kind: "office", timings: null, note: "measureOffice found but not wired yet", peakRssMb: peakRssMb() };
}
