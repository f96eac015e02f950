/**
 * The convert operation, when it is in the tree. It is being written alongside the benchmarks,
 * so it is looked up at run time instead of imported: the benchmarks must keep compiling and
 * running (with the convert figures left null) while it is not there yet.
 */
import { existsSync } from "fs";
import { join } from "path";
import type { Settings } from "../../src/domain/settings";
import type { ConvertOptions, ConvertResult } from "../../src/operations/convert/types";
import type { WorkbookSnapshot } from "../../src/plan/snapshot";

export type ConvertFn = (wb: WorkbookSnapshot, settings: Settings, options?: ConvertOptions) => ConvertResult;

const CANDIDATES = ["src/operations/convert/index.ts", "src/operations/convert/convert.ts", "src/operations/convert.ts"];
const ROOT = join(__dirname, "..", "..");

export function loadConvert(): ConvertFn | null {
  for (const rel of CANDIDATES) {
    const path = join(ROOT, rel);
    if (!existsSync(path)) continue;
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- optional module, see above
    const mod: unknown = require(path);
    if (typeof mod === "object" && mod !== null && "convert" in mod && typeof mod.convert === "function") return mod.convert as ConvertFn;
  }
  return null;
}
