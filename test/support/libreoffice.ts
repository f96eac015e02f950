/**
 * Real LibreOffice (headless soffice) for tests: opens a workbook we wrote, recalculates every
 * formula, and saves it again so that we can read the values it computed. Each call gets its
 * own profile directory, since parallel soffice processes cannot share one.
 */
import { execFile } from "child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "fs";
import { tmpdir } from "os";
import { basename, join } from "path";
import { promisify } from "util";

const run = promisify(execFile);

export function sofficePath(): string {
  for (const p of ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice", "/usr/local/bin/soffice"]) if (existsSync(p)) return p;
  throw new Error("LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui");
}

/**
 * Converts `input` (bytes or a path) with LibreOffice to `format` ("xlsx", "pdf", "csv:…").
 * Returns the output bytes. Throws with LibreOffice's output when the conversion fails, which is
 * what happens when LibreOffice cannot open the file.
 */
export async function convertWithLibreOffice(input: Uint8Array | string, format: string, ext = format.split(":")[0]!): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), "pmo-lo-"));
  try {
    const src = typeof input === "string" ? input : join(dir, "in.xlsx");
    if (typeof input !== "string") writeFileSync(src, input);
    const outDir = join(dir, "out");
    const profile = `file://${join(dir, "profile")}`;
    const { stdout, stderr } = await run(
      sofficePath(),
      ["--headless", "--norestore", "--nologo", "--nodefault", `-env:UserInstallation=${profile}`, "--convert-to", format, "--outdir", outDir, src],
      { timeout: 180_000 },
    );
    const out = join(outDir, basename(src).replace(/\.[^.]+$/, "") + "." + ext);
    if (!existsSync(out)) throw new Error(`LibreOffice could not convert ${basename(src)}: ${stdout} ${stderr}`.trim());
    return readFileSync(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** LibreOffice opens the workbook, recalculates, and saves it as .xlsx with the values it computed. */
export function recalcWithLibreOffice(input: Uint8Array | string): Promise<Uint8Array> {
  return convertWithLibreOffice(input, "xlsx:Calc MS Excel 2007 XML", "xlsx");
}
