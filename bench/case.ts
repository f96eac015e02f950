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
import { emit, peakRssMb } from "./child/protocol";

/**
 * Each case loads only what it runs: the floor's process must hold exceljs and nothing of ours,
 * and every case starts faster. require, not import(): tsx runs these files as CommonJS.
 */
function load<T>(path: string): T {
  return require(path) as T;
}

async function main(argv: readonly string[]): Promise<unknown> {
  const [what, ...args] = argv;
  switch (what) {
    case "generate":
      return load<typeof import("./child/generate-inputs")>("./child/generate-inputs").generate(Number(args[0]), args[1]!);
    case "floor-copy":
      return load<typeof import("./child/generate-inputs")>("./child/generate-inputs").writeFloorCopy(args[0]!, args[1]!);
    case "e2e": {
      const kind = args[0] ?? "";
      if (kind === "floor") return load<typeof import("./child/floor")>("./child/floor").floor(args[1]!, args[2]!);
      const e2e = load<typeof import("./child/e2e")>("./child/e2e");
      if (!e2e.isOperationKind(kind)) throw new Error(`unknown e2e case ${kind}`);
      return e2e.runE2e(kind, args[1]!, args[2]!);
    }
    case "engine":
      return load<typeof import("./child/engine")>("./child/engine").runEngine(Number(args[0]), args[1]!, args[2]!);
    case "office":
      return load<typeof import("./child/office")>("./child/office").runOffice(Number(args[0]));
    case "recalc":
      return { kind: "recalc", ...(await load<typeof import("./recalc.bench")>("./recalc.bench").benchRecalc(Number(args[0]))), peakRssMb: peakRssMb() };
    case "validate-bench":
      return { kind: "validate-bench", ...load<typeof import("./validate.bench")>("./validate.bench").benchValidate(Number(args[0])), peakRssMb: peakRssMb() };
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
