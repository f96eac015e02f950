import type { Command } from "commander";
import { DEFAULT_SETTINGS } from "../../domain/settings";
import { FileHost } from "../../hosts/file/file-host";
import { structure } from "../../operations/structure";
import { parseAsOf, saveWorkbook } from "../io";
import { parseFormat, printJson, printLines } from "../output";

export async function initWorkbook(asOf?: string): Promise<FileHost> {
  const host = FileHost.create();
  // The Settings sheet keeps =TODAY() unless a fixed As Of was asked for.
  const result = structure(await host.read(), { ...DEFAULT_SETTINGS, asOf: asOf ?? null });
  await host.apply(result.plan);
  await host.apply({ ops: [{ kind: "activate", sheet: "Projects" }] });
  return host;
}

export function registerInit(program: Command): void {
  program
    .command("init")
    .description("write a new standardized PMO workbook: every register, Lists and Settings")
    .requiredOption("--out <file>", "the .xlsx file to write")
    .option("--as-of <date>", "fix the workbook's As Of date (YYYY-MM-DD) instead of =TODAY()")
    .option("--format <format>", "text or json", "text")
    .action(async (opts: { out: string; asOf?: string; format?: string }) => {
      const format = parseFormat(opts.format);
      const asOf = opts.asOf === undefined ? undefined : parseAsOf(opts.asOf);
      const host = await initWorkbook(asOf);
      await saveWorkbook(host, opts.out);
      const snap = await host.read();
      const tables = snap.sheets.flatMap((s) => s.tables.map((t) => ({ sheet: s.name, table: t.name, columns: t.columns.length })));
      if (format === "json") printJson({ out: opts.out, tables });
      else printLines([`Wrote ${opts.out}: ${tables.length} tables on ${snap.sheets.length} sheets.`, ...tables.map((t) => `  ${t.sheet.padEnd(18)} ${t.table.padEnd(20)} ${t.columns} columns`)]);
    });
}
