import type { Command } from "commander";
import { extname } from "path";
import type { FileHost } from "../../hosts/file/file-host";
import { convert, type Conversion, type ConvertResult } from "../../operations/convert";
import { CliError } from "../errors";
import { checkOut, openWorkbook, parseAsOf, saveWorkbook } from "../io";
import { parseFormat, printJson, printLines } from "../output";
import { settingsOf } from "../settings-from-workbook";

/** Converts the workbook a host holds, in place in memory: reads, plans, applies. */
export async function convertHost(host: FileHost, asOf: string): Promise<ConvertResult> {
  const snap = await host.read();
  const result = convert(snap, settingsOf(snap, asOf));
  await host.apply(result.plan);
  return result;
}

function conversionLine(c: Conversion): string {
  const parts = [`${c.rows} row${c.rows === 1 ? "" : "s"}`];
  if (c.duplicates) parts.push(`${c.duplicates} already there`);
  if (c.merged) parts.push(`${c.merged} merged`);
  if (c.rejected.length) parts.push(`${c.rejected.length} value${c.rejected.length === 1 ? "" : "s"} kept as text`);
  const carried = c.unmapped.filter((u) => u.carriedAs).length;
  if (carried) parts.push(`${carried} extra column${carried === 1 ? "" : "s"}`);
  return `  ${`${c.sourceSheet}!${c.sourceRange}`.padEnd(34)} → ${c.table.padEnd(17)} on "${c.targetSheet}": ${parts.join(", ")} (confidence ${Math.round(c.confidence * 100)}%)`;
}

export function registerConvert(program: Command): void {
  program
    .command("convert")
    .description("find registers in people's own sheets and write them as structured registers (source sheets untouched)")
    .argument("<in>", "the .xlsx (or .xlsm) workbook to convert")
    .option("--out <file>", "the .xlsx file to write")
    .option("--in-place", "write the result over the input")
    .option("--as-of <date>", "the As Of date (YYYY-MM-DD) for calculated comparisons; default today")
    .option("--format <format>", "text or json", "text")
    .action(async (input: string, opts: { out?: string; inPlace?: boolean; asOf?: string; format?: string }) => {
      const format = parseFormat(opts.format);
      const out = checkOut(input, opts.out, opts.inPlace);
      if (extname(out).toLowerCase() !== ".xlsx") throw new CliError(`--out ${out}: the output must be an .xlsx file`);
      const asOf = parseAsOf(opts.asOf);
      const host = await openWorkbook(input);
      const result = await convertHost(host, asOf);
      await saveWorkbook(host, out, { last: true });
      const { summary } = result;
      if (format === "json") {
        printJson({ in: input, out, conversions: result.conversions, summary });
        return;
      }
      const lines = [`Converted ${input} → ${out}: ${summary.converted} of ${summary.tablesFound} tables, ${summary.rows} rows.`];
      lines.push(...result.conversions.map(conversionLine));
      if (summary.unrecognised.length) {
        lines.push("Not recognised (left as they are):");
        for (const u of summary.unrecognised) lines.push(`  ${u.sheet}!${u.range}  ${u.headers.slice(0, 6).join(" | ")}${u.best ? `  (closest: ${u.best.register} ${Math.round(u.best.confidence * 100)}%)` : ""}`);
      }
      for (const w of summary.warnings) lines.push(`Note: ${w}`);
      printLines(lines);
    });
}
