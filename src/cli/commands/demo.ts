import type { Command } from "commander";
import { resolve } from "path";
import { DEMO_AS_OF } from "../../domain/sample/portfolio";
import { convertStage } from "../demo/convert-stage";
import { metricsStage } from "../demo/metrics-stage";
import { reportStage } from "../demo/report-stage";
import { sampleStage } from "../demo/sample-stage";
import { validateStage } from "../demo/validate-stage";
import type { DemoContext, DemoStage } from "../demo/stages";
import { parseAsOf } from "../io";
import { parseFormat, printJson, printLines } from "../output";
import { CliError } from "../errors";

/** The stages of the demo, in order; each later issue adds its stage here. */
export const DEMO_STAGES: readonly DemoStage[] = [sampleStage, convertStage, validateStage, metricsStage, reportStage];

export function registerDemo(program: Command): void {
  program
    .command("demo")
    .description("build a realistic sample portfolio and run every stage of PMO Workbench on it")
    .option("--out <dir>", "folder for the demo's workbooks", "out")
    .option("--seed <n>", "seed of the sample portfolio", "7")
    .option("--as-of <date>", "the demo's As Of date (YYYY-MM-DD)", DEMO_AS_OF)
    .option("--format <format>", "text or json", "text")
    .action(async (opts: { out: string; seed: string; asOf: string; format?: string }) => {
      const format = parseFormat(opts.format);
      const seed = Number(opts.seed);
      if (!Number.isInteger(seed) || seed < 0) throw new CliError(`--seed ${opts.seed}: expected a whole number`);
      const ctx: DemoContext = { outDir: resolve(opts.out), asOf: parseAsOf(opts.asOf), seed, workbooks: new Map(), log: [], files: [] };
      for (const stage of DEMO_STAGES) {
        const t0 = Date.now();
        await stage.run(ctx);
        if (format === "text") process.stderr.write(`  ${stage.name} done in ${Date.now() - t0} ms\n`);
      }
      if (format === "json") printJson({ asOf: ctx.asOf, seed, files: ctx.files, log: ctx.log });
      else printLines([`PMO Workbench demo (As Of ${ctx.asOf}, seed ${seed})`, ...ctx.log.map((l) => `  ${l}`), "Files:", ...ctx.files.map((f) => `  ${f}`)]);
    });
}
