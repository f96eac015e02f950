/**
 * The task pane's initial JavaScript: the scripts dist/taskpane.html loads before the pane can
 * render, gzipped as a web server would send them. office.js comes from Microsoft's CDN and is
 * the same for every add-in, so it is named but not counted. Lazily loaded chunks (exceljs, the
 * file host) are not initial and are listed separately.
 */
import { execFileSync } from "child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";
import { gzipSync } from "zlib";

export interface BundleFile {
  readonly file: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}

export interface BundleResult {
  readonly initial: readonly BundleFile[];
  readonly initialGzipBytes: number;
  readonly initialBytes: number;
  /** Scripts of other origins the page loads (office.js), not counted. */
  readonly external: readonly string[];
  /** The largest lazily loaded chunks, for context. */
  readonly lazy: readonly BundleFile[];
  /** Whether dist/ was built by this run; otherwise how it relates to the sources. */
  readonly built: boolean;
  readonly stale: boolean;
}

const gz = (b: Buffer) => gzipSync(b, { level: 9 }).length;

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

export function measureBundle(root: string, build: boolean): BundleResult {
  const dist = join(root, "dist");
  const html = join(dist, "taskpane.html");
  const mustBuild = build || !existsSync(html);
  if (mustBuild) execFileSync("npm", ["run", "build", "--silent"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  const page = readFileSync(html, "utf8");
  const srcs = [...page.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/g)].map((m) => m[1]!);
  const external = srcs.filter((s) => /^https?:/.test(s));
  const initial = srcs
    .filter((s) => !/^https?:/.test(s))
    .map((file): BundleFile => {
      const bytes = readFileSync(join(dist, file));
      return { file, bytes: bytes.length, gzipBytes: gz(bytes) };
    });
  const initialSet = new Set(initial.map((f) => f.file));
  const lazy = readdirSync(dist)
    .filter((f) => f.endsWith(".js") && !initialSet.has(f) && !/^(commands|preview)\./.test(f))
    .map((file): BundleFile => {
      const bytes = readFileSync(join(dist, file));
      return { file, bytes: bytes.length, gzipBytes: gz(bytes) };
    })
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
  return {
    initial,
    initialGzipBytes: initial.reduce((s, f) => s + f.gzipBytes, 0),
    initialBytes: initial.reduce((s, f) => s + f.bytes, 0),
    external,
    lazy,
    built: mustBuild,
    stale: !mustBuild && newestMtime(join(root, "src")) > statSync(html).mtimeMs,
  };
}
