/**
 * File handling of the CLI: reading a workbook with a clear error, writing the output
 * completely or not at all (temp file in the same folder, then rename), and --as-of.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "fs";
import { basename, dirname, extname, resolve } from "path";
import * as zlib from "zlib";
import { isIso } from "../domain/dates";
import { FileHost, WorkbookError, type ZipCodec } from "../hosts/file/file-host";
import { crc32 } from "../hosts/file/zip-writer";
import { CliError } from "./errors";

/**
 * Node's zlib for the file host's zip: deflates on libuv's worker threads, so one part compresses
 * while the next is encoded, and checksums natively where this Node has zlib.crc32 (20.15+).
 */
const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
export const nodeZipCodec: ZipCodec = {
  deflateRaw: (data) =>
    new Promise((ok, fail) =>
      zlib.deflateRaw(data, { level: 6 }, (err, out) => {
        if (err) fail(err);
        else ok(out);
      }),
    ),
  crc32: nativeCrc32 ? (data) => nativeCrc32(data) : crc32,
  encode: (text) => Buffer.from(text, "utf8"),
};

export async function openWorkbook(path: string): Promise<FileHost> {
  const full = resolve(path);
  if (!existsSync(full)) throw new CliError(`${path}: no such file`);
  if (statSync(full).isDirectory()) throw new CliError(`${path} is a folder, not an .xlsx file`);
  const ext = extname(full).toLowerCase();
  if (ext === ".xls") throw new CliError(`${path} is a legacy Excel 97-2003 (.xls) workbook: open it in Excel or LibreOffice and save it as .xlsx, then try again`);
  try {
    return await FileHost.fromBuffer(readFileSync(full), basename(path), { zip: nodeZipCodec });
  } catch (e) {
    if (e instanceof WorkbookError) throw new CliError(e.message);
    throw e;
  }
}

/** Writes bytes to `path` atomically: a reader never sees a half-written file, and a failure leaves nothing behind. */
export function writeAtomic(path: string, bytes: Uint8Array | string): void {
  const full = resolve(path);
  mkdirSync(dirname(full), { recursive: true });
  const tmp = `${full}.${process.pid}.${Date.now()}.tmp`;
  try {
    writeFileSync(tmp, bytes);
    renameSync(tmp, full);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/**
 * Saves the workbook to `path`. `last` when the command is done with the host: the save lets each
 * sheet's cells go as it writes them (a 100,000-milestone convert peaked 0.5–1 GB lower).
 */
export async function saveWorkbook(host: FileHost, path: string, options: { last?: boolean } = {}): Promise<void> {
  const ext = extname(path).toLowerCase();
  if (ext !== ".xlsx") throw new CliError(`--out ${path}: the output must be an .xlsx file`);
  writeAtomic(path, await host.toBuffer({ zip: nodeZipCodec, last: options.last ?? false }));
}

/** Refuses to write over the input unless --in-place was given. */
export function checkOut(input: string | undefined, out: string | undefined, inPlace: boolean | undefined): string {
  if (inPlace) {
    if (!input) throw new CliError("--in-place needs an input file");
    return input;
  }
  if (!out) throw new CliError("--out FILE is required (or --in-place to change the input)");
  if (input && resolve(input) === resolve(out)) throw new CliError(`--out ${out} is the input file: use --in-place to change it`);
  return out;
}

export function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

export function parseAsOf(value: string | undefined): string {
  if (value === undefined) return todayIso();
  if (!isIso(value)) throw new CliError(`--as-of ${value}: expected a date as YYYY-MM-DD`);
  return value;
}
