/** The demo's sample portfolio (structured and messy), built once per test file. */
import { DEMO_AS_OF } from "../../src/domain/sample/portfolio";
import type { FileHost } from "../../src/hosts/file/file-host";
import { buildSampleWorkbooks } from "../../src/cli/demo/sample-stage";

export const AS_OF = DEMO_AS_OF;
export const SEED = 7;

let built: Promise<{ structured: Uint8Array; messy: Uint8Array }> | null = null;

/** Bytes of the two sample workbooks (hosts are rebuilt from them, so that tests cannot share state). */
export function sampleBytes(): Promise<{ structured: Uint8Array; messy: Uint8Array }> {
  built ??= buildSampleWorkbooks(SEED, AS_OF).then(async (w: { structured: FileHost; messy: FileHost }) => ({ structured: await w.structured.toBuffer(), messy: await w.messy.toBuffer() }));
  return built;
}
