import type { Command } from "commander";
import { metrics } from "../../operations/metrics";
import { CliError } from "../errors";
import { checkOut, openWorkbook, parseAsOf, saveWorkbook } from "../io";
import { parseFormat, printJson, printLines } from "../output";
import { settingsOf } from "../settings-from-workbook";

const pct = (v: number | null) => (v === null ? "—" : `${Math.round(v * 100)}%`);

export function registerMetrics(program: Command): void {
  program
    .command("metrics")
    .description("write the Metrics sheet (formulas), the trend charts and the PivotTables; print the values")
    .argument("<in>", "the PMO workbook (.xlsx)")
    .option("--out <file>", "the .xlsx file to write")
    .option("--in-place", "change the input file")
    .option("--as-of <date>", "the date the metrics are for (YYYY-MM-DD), default today")
    .option("--format <format>", "text or json", "text")
    .action(async (input: string, opts: { out?: string; inPlace?: boolean; asOf?: string; format?: string }) => {
      const format = parseFormat(opts.format);
      const asOf = parseAsOf(opts.asOf);
      const out = checkOut(input, opts.out, opts.inPlace);
      const host = await openWorkbook(input);
      const wb = await host.read();
      const result = metrics(wb, { ...settingsOf(wb, asOf), asOf });
      if (!result.ok) throw new CliError(`${input} has no ${result.missing.join(", ")}: run pmo init or convert it first`);
      await host.apply(result.plan);
      await saveWorkbook(host, out, { last: true });
      for (const w of result.summary.warnings) process.stderr.write(`pmo: note: ${w}\n`);
      if (format === "json") {
        printJson(result.json);
        return;
      }
      const j = result.json;
      printLines([
        `Metrics as of ${j.asOf}: ${j.projects.length} projects, ${result.summary.pivots} PivotTables, ${result.summary.charts} charts; wrote ${out}.`,
        ...[...j.projects.map((p) => [p.projectId, p] as const), ["Portfolio", j.portfolio] as const].map(
          ([id, p]) =>
            `  ${id.padEnd(12)} ${String(p.rag.overall).padEnd(6)} overdue ${p.metrics["Milestones Overdue"]}, on-time ${pct(p.metrics["On-Time Rate"])}, high risks ${p.metrics["High Risks"]}, cost ${pct(p.metrics["Cost Variance %"])}`,
        ),
      ]);
    });
}
