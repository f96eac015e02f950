/**
 * The I/O floor: exceljs alone loading a workbook and writing it back, with no processing at all.
 * Its process loads nothing of ours, so its peak RSS is exceljs's own.
 */
import ExcelJS from "exceljs";
import { readFileSync, writeFileSync } from "fs";
import { Stopwatch, type ChildResult } from "./protocol";

export async function floor(input: string, output: string): Promise<ChildResult> {
  const sw = new Stopwatch();
  const bytes = readFileSync(input);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  sw.lap("load");
  const out = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  sw.lap("serialize");
  writeFileSync(output, out);
  sw.lap("write");
  return { kind: "floor", ...sw.done(), bytesIn: bytes.length, bytesOut: out.length };
}

