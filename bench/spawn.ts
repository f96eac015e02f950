/** Starts one benchmark case in a child process (bench/case.ts through bin/run-ts.js) and reads its result. */
import { spawn } from "child_process";
import { join } from "path";
import { performance } from "perf_hooks";
import { parseResult } from "./child/protocol";

export const ROOT = join(__dirname, "..");

/** The heap growth bin/pmo.js sets, for the benchmark children that stand for the command line (ChildOptions.asCli). */
export const HEAP_GROWTH = "--heap-growing-percent=100";

export interface ChildOptions {
  /** V8 old-space limit, MB. The 100k cases need more than Node's default (about 4 GB here). */
  readonly heapMb?: number;
  readonly timeoutMs?: number;
  /** Grow the heap as `pmo` does (HEAP_GROWTH): for the cases that stand for the command line, and their floors. */
  readonly asCli?: boolean;
  /** `--expose-gc`, so that a case can collect what came before it without timing that. */
  readonly exposeGc?: boolean;
}

export interface ChildRun<T> {
  readonly result: T | null;
  /** Wall time of the whole process, start-up (Node, tsx, module loading) included. */
  readonly processMs: number;
  /** Why there is no result: the exit code or signal and the end of stderr. */
  readonly error: string | null;
}

export function runChild<T>(args: readonly string[], options: ChildOptions = {}): Promise<ChildRun<T>> {
  // The file cases and their floors grow the heap as the CLI does (bin/pmo.js): to twice what is
  // live, not V8's default of about four times, so that peak RSS compares what each holds. The
  // engine and the Office fake stand for the task pane, whose browser has V8's default.
  const node = [...(options.heapMb ? [`--max-old-space-size=${options.heapMb}`] : []), ...(options.asCli ? [HEAP_GROWTH] : []), ...(options.exposeGc ? ["--expose-gc"] : []), join(ROOT, "bin", "run-ts.js"), join(ROOT, "bench", "case.ts"), ...args];
  const t0 = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, node, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
    const timer = options.timeoutMs ? setTimeout(() => child.kill("SIGKILL"), options.timeoutMs) : null;
    child.on("close", (code, signal) => {
      if (timer) clearTimeout(timer);
      const processMs = Math.round(performance.now() - t0);
      const result = code === 0 ? parseResult<T>(stdout) : null;
      const why = signal ? `killed by ${signal}${signal === "SIGKILL" && options.timeoutMs ? ` (timeout ${Math.round(options.timeoutMs / 1000)} s)` : ""}` : `exit code ${code}`;
      const lastLines = stderr.trim().split("\n").slice(-3).join(" | ");
      resolve({ result, processMs, error: result ? null : `${why}${lastLines ? `: ${lastLines}` : ""}` });
    });
  });
}
