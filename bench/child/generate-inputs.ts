/** The generated inputs of one size (case.ts generate): both workbooks and the floor's copy. */
import { mkdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { performance } from "perf_hooks";
import JSZip from "jszip";
import type { FileHost } from "../../src/hosts/file/file-host";
import { liftTableFormulas } from "../../src/hosts/file/package-parts";
import { benchCounts, benchPortfolio, inputFiles, messyWorkbook, structuredWorkbook } from "../generate";
import { peakRssMb } from "./protocol";

/**
 * The floor's copy of the structured workbook. exceljs cannot read a table column that carries
 * its calculated-column formula (Excel writes one for every calculated column, and so do we), so
 * the floor reads a copy without those few table-part elements: the same sheets, cells and
 * bytes to within a few hundred, which exceljs can load.
 */
export async function floorCopy(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  await liftTableFormulas(zip);
  // DEFLATE again: unchanged parts keep their compressed bytes, so the copy is the same size.
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

export async function generate(n: number, dir: string): Promise<unknown> {
  mkdirSync(dir, { recursive: true });
  const t0 = performance.now();
  const state = benchPortfolio(n);
  // One workbook at a time, each dropped once saved: at 100k rows each holds gigabytes inside exceljs.
  const save = async (host: Promise<FileHost>, file: string): Promise<Uint8Array> => {
    const bytes = await (await host).toBuffer();
    writeFileSync(join(dir, file), bytes);
    return bytes;
  };
  const structured = await save(structuredWorkbook(state), inputFiles(n).structured);
  writeFileSync(join(dir, inputFiles(n).structuredFloor), await floorCopy(structured));
  const t1 = performance.now();
  await save(messyWorkbook(state), inputFiles(n).messy);
  return { kind: "generate", counts: benchCounts(n), structuredMs: Math.round(t1 - t0), messyMs: Math.round(performance.now() - t1), peakRssMb: peakRssMb() };
}


/** The floor's copy of another workbook we wrote (the convert output), for the output floor. */
export async function writeFloorCopy(input: string, output: string): Promise<unknown> {
  writeFileSync(output, await floorCopy(readFileSync(input)));
  return { kind: "floor-copy" };
}
