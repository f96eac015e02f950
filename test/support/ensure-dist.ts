/**
 * Makes sure dist/ holds a production build of the current sources, building it when it is
 * missing or older than any input. Test files that read dist/ call this in a beforeAll; a lock
 * directory keeps two jest workers from building into dist/ at the same time.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

export const ROOT = path.resolve(__dirname, "..", "..");
export const DIST = path.join(ROOT, "dist");
/** A build takes about a minute on two cores; waiting for another worker's build as long. */
export const BUILD_TIMEOUT_MS = 10 * 60 * 1000;

const INPUTS = ["src", "assets", "manifest.xml", "webpack.config.js", "package.json", "tsconfig.json"];
const STAMP = path.join(DIST, "taskpane.html");
const LOCK = path.join(ROOT, ".tmp", "build.lock");

function newestMtime(p: string): number {
  const st = fs.statSync(p, { throwIfNoEntry: false });
  if (!st) return 0;
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const e of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, e)));
  return newest;
}

function isFresh(): boolean {
  const built = fs.statSync(STAMP, { throwIfNoEntry: false });
  if (!built) return false;
  return INPUTS.every((i) => newestMtime(path.join(ROOT, i)) <= built.mtimeMs);
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function acquireLock(deadline: number): Promise<boolean> {
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      return true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
    // Someone else is building: wait for them, then use their build if it is fresh.
    const held = fs.statSync(LOCK, { throwIfNoEntry: false });
    if (held && Date.now() - held.mtimeMs > BUILD_TIMEOUT_MS) fs.rmSync(LOCK, { recursive: true, force: true });
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${LOCK}`);
    await sleep(500);
    if (!fs.existsSync(LOCK) && isFresh()) return false;
  }
}

export async function ensureDist(): Promise<void> {
  if (isFresh()) return;
  if (!(await acquireLock(Date.now() + BUILD_TIMEOUT_MS))) return;
  try {
    if (isFresh()) return;
    try {
      execFileSync("npm", ["run", "build"], { cwd: ROOT, stdio: "pipe", timeout: BUILD_TIMEOUT_MS, encoding: "utf8" });
    } catch (e) {
      const err = e as { stdout?: string; stderr?: string; message: string };
      const tail = `${err.stdout ?? ""}\n${err.stderr ?? ""}`.trim().split("\n").slice(-40).join("\n");
      throw new Error(`npm run build failed:\n${tail || err.message}`);
    }
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}

export function distFile(rel: string): string {
  return path.join(DIST, ...rel.split("/"));
}
