/**
 * The stages of `pmo demo`, in order. Each stage reads what earlier stages left in the demo
 * context (workbooks in memory and paths in out/) and adds its own outputs, so that one command
 * shows the whole product on the bundled sample.
 */
import type { FileHost } from "../../hosts/file/file-host";

export interface DemoContext {
  readonly outDir: string;
  readonly asOf: string;
  readonly seed: number;
  /** Workbooks by role: "structured", "messy", "converted", "metrics", "report", … */
  readonly workbooks: Map<string, { host: FileHost; path: string }>;
  /** One line per stage result, printed at the end. */
  readonly log: string[];
  /** Files written, for the summary. */
  readonly files: string[];
}

export interface DemoStage {
  readonly name: string;
  run(ctx: DemoContext): Promise<void>;
}
