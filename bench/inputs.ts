/**
 * The generated input workbooks, in bench/generated/ (git-ignored). Building the 100k pair takes
 * minutes, so they are kept between runs and rebuilt only when what shapes them changes: the
 * generator, the sample layouts, the register catalogue and its layout (a hash of those sources
 * is stored beside the files).
 */
import { createHash } from "crypto";
import { existsSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { inputFiles, type BenchCounts } from "./generate";
import { ROOT, runChild } from "./spawn";

export const GENERATED = join(ROOT, "bench", "generated");

const SHAPING_SOURCES = ["bench/generate.ts", "src/operations/sample-workbook.ts", "src/domain/registers/catalogue.ts", "src/plan/register-layout.ts"];

export interface Inputs {
  readonly rows: number;
  readonly structured: string;
  readonly structuredFloor: string;
  readonly messy: string;
  /** Null when the files were already there. */
  readonly generatedMs: number | null;
}

function sourcesHash(): string {
  const h = createHash("sha256");
  for (const f of SHAPING_SOURCES) h.update(f).update(readFileSync(join(ROOT, f)));
  return h.digest("hex").slice(0, 16);
}

interface Stamp {
  readonly hash: string;
  readonly counts: BenchCounts;
}

export async function ensureInputs(rows: number, options: { regenerate: boolean; heapMb: number; log: (s: string) => void }): Promise<Inputs> {
  const files = inputFiles(rows);
  const paths = { structured: join(GENERATED, files.structured), structuredFloor: join(GENERATED, files.structuredFloor), messy: join(GENERATED, files.messy) };
  const stampPath = join(GENERATED, `inputs-${rows}.json`);
  const hash = sourcesHash();
  const stamp = existsSync(stampPath) ? (JSON.parse(readFileSync(stampPath, "utf8")) as Stamp) : null;
  const fresh = !options.regenerate && stamp?.hash === hash && Object.values(paths).every((p) => existsSync(p));
  if (fresh) return { rows, ...paths, generatedMs: null };
  options.log(`generating the ${rows.toLocaleString("en")}-row workbooks…`);
  const run = await runChild<{ counts: BenchCounts }>(["generate", String(rows), GENERATED], { heapMb: options.heapMb });
  if (!run.result) throw new Error(`generating ${rows} rows failed: ${run.error}`);
  writeFileSync(stampPath, JSON.stringify({ hash, counts: run.result.counts } satisfies Stamp, null, 2));
  return { rows, ...paths, generatedMs: run.processMs };
}
