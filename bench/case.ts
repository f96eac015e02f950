/**
 * One benchmark case in its own process (bench/run.ts starts these through bin/run-ts.js):
 *
 *   case.ts generate N DIR             write DIR/structured-N.xlsx and DIR/messy-N.xlsx
 *   case.ts e2e KIND IN OUT            KIND: floor | convert | validate | snapshot-metrics | report
 *   case.ts engine N STRUCTURED MESSY  each operation on a snapshot in memory
 *   case.ts office N                   each operation through the strict Office fake
 *   case.ts recalc N                   LibreOffice recalculating the metrics workbook (bench/recalc.bench.ts)
 *   case.ts validate-bench N           the validation engineer's engine benchmark (bench/validate.bench.ts)
 *
 * The result is the last stdout line, "BENCH_RESULT {json}".
 */
import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import { performance } from "perf_hooks";
import JSZip from "jszip";
import type { FileHost } from "../src/hosts/file/file-host";
import { liftTableFormulas } from "../src/hosts/file/package-parts";
import { benchCounts, benchPortfolio, inputFiles, messyWorkbook, structuredWorkbook } from "./generate";
import { E2E_KINDS, runE2e, type E2eKind } from "./child/e2e";
import { runEngine } from "./child/engine";
import { runOffice } from "./child/office";
import { emit, peakRssMb } from "./child/protocol";
import { benchRecalc } from "./recalc.bench";
import { benchValidate } from "./validate.bench";

/**
 * The floor's copy of the structured workbook. exceljs cannot read a table column that carries
 * its calculated-column formula (Excel writes one for every calculated column, and so do we), so
 * the floor reads a copy without those few table-part elements: the same sheets, cells and
 * bytes to within a few hundred, which exceljs can load.
 */
async function floorCopy(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  await liftTableFormulas(zip);
  // DEFLATE again: unchanged parts keep their compressed bytes, so the copy is the same size.
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

async function generate(n: number, dir: string): Promise<unknown> {
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

async function main(argv: readonly string[]): Promise<unknown> {
  const [what, ...args] = argv;
  switch (what) {
    case "generate":
      return generate(Number(args[0]), args[1]!);
    case "e2e": {
      const kind = args[0] as E2eKind;
      if (!E2E_KINDS.includes(kind)) throw new Error(`unknown e2e case ${args[0]}`);
      return runE2e(kind, args[1]!, args[2]!);
    }
    case "engine":
      return runEngine(Number(args[0]), args[1]!, args[2]!);
    case "office":
      return runOffice(Number(args[0]));
    case "recalc":
      return { kind: "recalc", ...(await benchRecalc(Number(args[0]))), peakRssMb: peakRssMb() };
    case "validate-bench":
      return { kind: "validate-bench", ...benchValidate(Number(args[0])), peakRssMb: peakRssMb() };
    default:
      throw new Error(`usage: case.ts generate|e2e|engine|office|recalc|validate-bench …`);
  }
}

main(process.argv.slice(2)).then(
  (result) => emit(result),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  },
);
