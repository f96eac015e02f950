/**
 * How a benchmark child reports back: one line "BENCH_RESULT {json}" on stdout, last. Each
 * measured case runs in its own process so that its peak RSS is its own (maxRSS never goes down
 * within a process), and so that one case's garbage does not slow the next.
 */
import { performance } from "perf_hooks";

export const RESULT_PREFIX = "BENCH_RESULT ";

export interface Measured {
  /** Wall time of the measured work, from the first byte read to the last byte written. */
  readonly ms: number;
  /** CPU time (user + system) over the same span: less sensitive to a busy machine than wall time. */
  readonly cpuMs: number;
  /** Peak resident set of the whole process (Node, tsx and the work), MB. */
  readonly peakRssMb: number;
  /** Wall time of each step, in the order taken. */
  readonly phases: Readonly<Record<string, number>>;
}

export interface ChildResult extends Measured {
  readonly kind: string;
  readonly bytesIn?: number;
  readonly bytesOut?: number;
  /** Case-specific figures (counts of findings, rows written, …). */
  readonly extra?: Readonly<Record<string, number | string | boolean | null>>;
}

/** Times named steps and the whole span, wall and CPU. */
export class Stopwatch {
  private readonly t0 = performance.now();
  private readonly cpu0 = process.cpuUsage();
  private last = this.t0;
  private readonly phases: Record<string, number> = {};

  lap(name: string): void {
    const now = performance.now();
    this.phases[name] = Math.round((this.phases[name] ?? 0) + now - this.last);
    this.last = now;
  }

  done(): Measured {
    const cpu = process.cpuUsage(this.cpu0);
    return {
      ms: Math.round(performance.now() - this.t0),
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      peakRssMb: peakRssMb(),
      phases: { ...this.phases },
    };
  }
}

export function peakRssMb(): number {
  // resourceUsage().maxRSS is in kilobytes.
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

export function emit(result: unknown): void {
  process.stdout.write(`\n${RESULT_PREFIX}${JSON.stringify(result)}\n`);
}

/** The result line of a child's stdout, or null when the child died before writing one. */
export function parseResult<T>(stdout: string): T | null {
  const line = stdout
    .split("\n")
    .reverse()
    .find((l) => l.startsWith(RESULT_PREFIX));
  return line ? (JSON.parse(line.slice(RESULT_PREFIX.length)) as T) : null;
}
