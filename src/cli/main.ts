/**
 * `pmo`: the PMO Workbench command line (../../shared/spec/cli-and-report.md). Exit codes:
 * 0 success, 1 the workbook has error findings (validate), 2 usage or input error with one
 * line on stderr.
 */
import { Command, CommanderError } from "commander";
import { COMMANDS } from "./commands";
import { CliError } from "./errors";

export function buildProgram(): Command {
  const program = new Command();
  program
    .name("pmo")
    .description("PMO Workbench on .xlsx files: structure, convert, validate, snapshot, metrics and report")
    .version("0.1.0")
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s), outputError: (s, write) => write(`pmo: ${s.replace(/^error: /, "")}`) });
  for (const register of COMMANDS) register(program);
  for (const c of program.commands) c.exitOverride().configureOutput(program.configureOutput());
  return program;
}

export async function main(argv: readonly string[]): Promise<number> {
  try {
    await buildProgram().parseAsync([...argv], { from: "user" });
    return process.exitCode === undefined ? 0 : Number(process.exitCode);
  } catch (e) {
    if (e instanceof CommanderError) {
      // help and version exit 0; usage errors were already printed by commander.
      return e.exitCode === 0 ? 0 : 2;
    }
    if (e instanceof CliError) {
      process.stderr.write(`pmo: ${e.message}\n`);
      return e.exitCode;
    }
    const msg = e instanceof Error ? e.message.split("\n")[0] : String(e);
    process.stderr.write(`pmo: ${msg}\n`);
    return 2;
  }
}

// `npx pmo` runs bin/pmo.js through a link named plain "pmo", so both names start the CLI.
if (require.main === module || /(^|[\\/])pmo(\.js)?$/.test(process.argv[1] ?? "")) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
