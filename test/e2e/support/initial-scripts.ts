/** The scripts a built page loads before it runs (its initial JavaScript), and their size gzipped. */
import { readFileSync } from "fs";
import { gzipSync } from "zlib";
import { distFile } from "../../support/ensure-dist";

/** The src of every <script> of a page, in document order (minified HTML may drop quotes). */
export function scripts(page: string): string[] {
  const html = readFileSync(distFile(page), "utf8");
  return [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)].map((m) => m[1] ?? m[2] ?? m[3] ?? "");
}

export const isRemote = (src: string): boolean => /^(?:https?:)?\/\//i.test(src);

export interface ScriptSize {
  readonly script: string;
  readonly bytes: number;
  readonly gzip: number;
}

/** The page's own initial scripts (office.js, loaded from Microsoft's CDN, is not ours to count). */
export function initialScripts(page: string): ScriptSize[] {
  return scripts(page)
    .filter((s) => !isRemote(s))
    .map((script) => {
      const code = readFileSync(distFile(script));
      return { script, bytes: code.length, gzip: gzipSync(code, { level: 9 }).length };
    });
}
