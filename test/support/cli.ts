/** Runs the real `pmo` command line (bin/pmo.js) in a child process. */
import { spawnSync } from "child_process";
import { join } from "path";

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export const REPO = join(__dirname, "..", "..");

export function pmo(args: readonly string[], cwd = REPO): CliRun {
  const r = spawnSync(process.execPath, [join(REPO, "bin", "pmo.js"), ...args], { cwd, encoding: "utf8", timeout: 300_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
