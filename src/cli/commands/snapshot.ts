import type { Command } from "commander";
import { snapshot } from "../../operations/snapshot";
import { CliError } from "../errors";
import { checkOut, openWorkbook, parseAsOf, saveWorkbook } from "../io";
import { parseFormat, printJson, printLines } from "../output";
import { settingsOf } from "../settings-from-workbook";

export function registerSnapshot(program: Command): void {
  program
    .command("snapshot")
    .description("append (or replace) this As Of's rows in Status History and Milestone History")
    .argument("<in>", "the PMO workbook (.xlsx)")
    .option("--out <file>", "the .xlsx file to write")
    .option("--in-place", "change the input file")
    .option("--as-of <date>", "the snapshot date (YYYY-MM-DD), default today")
    .option("--format <format>", "text or json", "text")
    .action(async (input: string, opts: { out?: string; inPlace?: boolean; asOf?: string; format?: string }) => {
      const format = parseFormat(opts.format);
      const asOf = parseAsOf(opts.asOf);
      const out = checkOut(input, opts.out, opts.inPlace);
      const host = await openWorkbook(input);
      const wb = await host.read();
      const result = snapshot(wb, { ...settingsOf(wb, asOf), asOf });
      if (!result.ok) throw new CliError(`${input} has no ${result.missing.join(", ")}: run pmo init or convert it first`);
      await host.apply(result.plan);
      await saveWorkbook(host, out, { last: true });
      const s = result.summary;
      if (format === "json") printJson({ out, ...s });
      else
        printLines([
          `Snapshot ${s.asOf}: ${s.projects} projects in Status History, ${s.milestones} milestones in Milestone History` +
            (s.replaced.statusHistory || s.replaced.milestoneHistory ? ` (replaced ${s.replaced.statusHistory} + ${s.replaced.milestoneHistory} rows of that date)` : "") +
            `; wrote ${out}.`,
        ]);
    });
}
