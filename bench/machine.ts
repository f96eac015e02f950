/** The machine a run was measured on, and how busy it was (the benchmarks share it with other work). */
import { cpus, freemem, loadavg, release, totalmem, type } from "os";

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGb: number;
  readonly os: string;
  readonly node: string;
  /** 1-minute load average at the start and the end of the run; above the core count, other work competed for the CPU. */
  readonly loadAverage: { start: number; end: number | null };
  readonly freeMemoryGbAtStart: number;
}

export function machine(): Machine {
  const c = cpus();
  return {
    cpu: c[0]?.model.trim() ?? "unknown",
    cores: c.length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    os: `${type()} ${release()}`,
    node: process.version,
    loadAverage: { start: Math.round(loadavg()[0]! * 100) / 100, end: null },
    freeMemoryGbAtStart: Math.round((freemem() / 2 ** 30) * 10) / 10,
  };
}

export function withEndLoad(m: Machine): Machine {
  return { ...m, loadAverage: { ...m.loadAverage, end: Math.round(loadavg()[0]! * 100) / 100 } };
}
