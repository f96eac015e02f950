import type { Command } from "commander";
import type { Finding, Severity } from "../../domain/findings";
import type { FileHost } from "../../hosts/file/file-host";
import { describeChecked, validate, type ValidateResult } from "../../operations/validate";
import { checkOut, openWorkbook, parseAsOf, saveWorkbook } from "../io";
import { parseFormat, printJson, printLines } from "../output";
import { settingsOf } from "../settings-from-workbook";

const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "info"];

/** Validates the workbook held by `host` (in memory); applies the Findings sheet and live checks when asked. */
export async function validateWorkbook(host: FileHost, asOf: string, write: boolean): Promise<ValidateResult> {
  const snapshot = await host.read();
  const result = validate(snapshot, settingsOf(snapshot, asOf), asOf);
  if (write) await host.apply(result.plan);
  return result;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** The human summary: findings grouped by sheet, then by rule (errors first). */
export function findingsText(file: string, asOf: string, result: ValidateResult): string[] {
  const { summary, findings } = result;
  const lines = [`${file}, as of ${asOf}: ${plural(summary.errors, "error")}, ${plural(summary.warnings, "warning")}, ${plural(summary.infos, "info")}`];
  lines.push(summary.checked.length ? `Checked ${summary.checked.map(describeChecked).join(", ")}` : "No register found to check.");
  const sheets = [...new Set(findings.map((f) => f.sheet))];
  for (const sheet of sheets) {
    const onSheet = findings.filter((f) => f.sheet === sheet);
    lines.push("", `${sheet}`);
    const rules = [...new Set(onSheet.map((f) => f.rule))].sort((a, b) => {
      const sa = SEVERITY_ORDER.indexOf(onSheet.find((f) => f.rule === a)!.severity);
      const sb = SEVERITY_ORDER.indexOf(onSheet.find((f) => f.rule === b)!.severity);
      return sa - sb || (a < b ? -1 : a > b ? 1 : 0);
    });
    for (const rule of rules) {
      const list: Finding[] = onSheet.filter((f) => f.rule === rule);
      lines.push(`  ${rule} (${list[0]!.severity}, ${list.length})`);
      const cellWidth = Math.max(...list.map((f) => f.cell.length));
      const keyWidth = Math.min(24, Math.max(...list.map((f) => f.key.length)));
      for (const f of list) lines.push(`    ${f.cell.padEnd(cellWidth)}  ${f.key.padEnd(keyWidth)}  ${f.message}`);
    }
  }
  return lines;
}

export function registerValidate(program: Command): void {
  program
    .command("validate")
    .description("check every rule of the method (RACI, milestones, RAID, actions, documents, projects); exit 1 when there are errors")
    .argument("<in>", "the .xlsx workbook to validate")
    .option("--as-of <date>", "the date every date rule is checked against (YYYY-MM-DD), default today")
    .option("--out <file>", "also write a copy with the Findings sheet and the live checks")
    .option("--in-place", "write the Findings sheet and live checks into the input workbook")
    .option("--format <format>", "text or json", "text")
    .action(async (input: string, opts: { asOf?: string; out?: string; inPlace?: boolean; format?: string }) => {
      const format = parseFormat(opts.format);
      const asOf = parseAsOf(opts.asOf);
      const out = opts.out || opts.inPlace ? checkOut(input, opts.out, opts.inPlace) : null;
      const host = await openWorkbook(input);
      const result = await validateWorkbook(host, asOf, out !== null);
      if (out) await saveWorkbook(host, out, { last: true });
      if (format === "json") printJson({ asOf, findings: result.findings, summary: result.summary, ...(out ? { out } : {}) });
      else printLines([...findingsText(input, asOf, result), ...(out ? ["", `Wrote ${out} (Findings sheet and live checks).`] : [])]);
      if (result.summary.errors > 0) process.exitCode = 1;
    });
}
