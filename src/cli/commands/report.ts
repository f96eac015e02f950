import type { Command } from "commander";
import { rmSync } from "fs";
import { extname, resolve } from "path";
import { reportSubject } from "../../domain/report/build";
import { AREA_NAMES } from "../../domain/report/messages";
import { EmlError, parseAddresses } from "../../export/eml";
import { reportHtml } from "../../export/html";
import { reportEmail } from "../../export/report-email";
import { report, type Paper } from "../../operations/report";
import { CliError } from "../errors";
import { checkOut, openWorkbook, parseAsOf, todayIso, writeAtomic } from "../io";
import { parseFormat, printJson, printLines } from "../output";
import { settingsOf } from "../settings-from-workbook";

interface ReportOpts {
  out?: string;
  inPlace?: boolean;
  project?: string;
  html?: string;
  eml?: string;
  to?: string;
  from?: string;
  paper?: string;
  asOf?: string;
  format?: string;
}

function parsePaper(v: string | undefined): Paper {
  if (v === undefined || v.toLowerCase() === "a4") return "A4";
  if (v.toLowerCase() === "letter") return "Letter";
  throw new CliError(`--paper ${v}: expected a4 or letter`);
}

function expectExt(option: string, path: string, exts: readonly string[]): void {
  if (!exts.includes(extname(path).toLowerCase())) throw new CliError(`${option} ${path}: the file must end in ${exts.join(" or ")}`);
}

function addresses(option: string, v: string): string[] {
  try {
    return parseAddresses(v);
  } catch (e) {
    if (e instanceof EmlError) throw new CliError(`${option}: ${e.message}`);
    throw e;
  }
}

/** Every output file, checked before anything is read or written: distinct, and none of them the input. */
function outputs(input: string, files: readonly (readonly [string, string | undefined])[]): void {
  const seen = new Map<string, string>([[resolve(input), "the input file"]]);
  for (const [option, path] of files) {
    if (path === undefined) continue;
    const full = resolve(path);
    const clash = seen.get(full);
    if (clash && !(option === "--out" && clash === "the input file")) throw new CliError(`${option} ${path} is ${clash}: choose another file`);
    seen.set(full, `also ${option}`);
  }
}

export function registerReport(program: Command): void {
  program
    .command("report")
    .description("write the Status Report sheet (print-ready, values as of --as-of); optionally the report as an HTML email body and an .eml draft")
    .argument("<in>", "the PMO workbook (.xlsx)")
    .option("--out <file>", "the .xlsx file to write (the input with the Status Report sheet)")
    .option("--in-place", "change the input file")
    .option("--project <id>", "report on one project (its Project ID) instead of the portfolio")
    .option("--html <file>", "also write the report as an HTML email body")
    .option("--eml <file>", "also write an .eml draft with the HTML, a plain-text part and the report as an .xlsx attachment (needs --to)")
    .option("--to <addresses>", "recipients of the .eml draft, separated by commas")
    .option("--from <address>", "sender of the .eml draft (default: none, the mail client fills it in)")
    .option("--paper <size>", "a4 or letter", "a4")
    .option("--as-of <date>", "the date the report is for (YYYY-MM-DD), default today")
    .option("--format <format>", "text or json", "text")
    .action(async (input: string, opts: ReportOpts) => {
      const format = parseFormat(opts.format);
      const asOf = parseAsOf(opts.asOf);
      const paper = parsePaper(opts.paper);
      const out = checkOut(input, opts.out, opts.inPlace);
      if (opts.out !== undefined) expectExt("--out", opts.out, [".xlsx"]);
      if (opts.html !== undefined) expectExt("--html", opts.html, [".html", ".htm"]);
      if (opts.eml !== undefined) expectExt("--eml", opts.eml, [".eml"]);
      if (opts.eml !== undefined && opts.to === undefined) throw new CliError("--eml needs --to ADDRESS: the draft's recipients");
      if (opts.to !== undefined && opts.eml === undefined) throw new CliError("--to is for the .eml draft: add --eml FILE");
      const to = opts.to === undefined ? [] : addresses("--to", opts.to);
      const from = opts.from === undefined ? undefined : addresses("--from", opts.from);
      if (from && from.length !== 1) throw new CliError("--from: one sender address");
      outputs(input, [
        ["--out", out],
        ["--html", opts.html],
        ["--eml", opts.eml],
      ]);

      const host = await openWorkbook(input);
      const wb = await host.read();
      const result = report(wb, settingsOf(wb, asOf), asOf, { generatedOn: todayIso(), paper, ...(opts.project !== undefined ? { project: opts.project } : {}) });
      if (!result.ok) throw new CliError(`${input}: ${result.message}`);
      await host.apply(result.plan);

      // Everything is computed before anything is written, and a failed write takes the others back: no
      // partial output. The workbook goes last, so that with --in-place the input is only replaced once
      // the email forms are written.
      const files: [string, Uint8Array | string][] = [];
      const model = result.model;
      if (opts.eml !== undefined) {
        const email = await reportEmail(model, { to, ...(from ? { from: from[0]! } : {}), date: new Date(), paper });
        if (opts.html !== undefined) files.push([opts.html, email.html]);
        files.push([opts.eml, email.eml]);
      } else if (opts.html !== undefined) {
        files.push([opts.html, reportHtml(model)]);
      }
      files.push([out, await host.toBuffer()]);
      const written: string[] = [];
      try {
        for (const [path, bytes] of files) {
          writeAtomic(path, bytes);
          written.push(path);
        }
      } catch (e) {
        for (const path of written) if (path !== input) rmSync(resolve(path), { force: true });
        throw new CliError(`could not write ${files[written.length]?.[0]}: ${(e as Error).message.split("\n")[0]}`);
      }

      const rag = Object.fromEntries(model.rag.map((r) => [r.area, r.rag]));
      if (format === "json") {
        printJson({
          asOf,
          scope: result.summary.scopeId,
          subject: reportSubject(model),
          out,
          ...(opts.html !== undefined ? { html: opts.html } : {}),
          ...(opts.eml !== undefined ? { eml: opts.eml, to } : {}),
          rag,
          counts: {
            milestones: result.summary.milestones,
            topRaid: result.summary.topRaid,
            escalations: result.summary.escalations,
            overdueActions: result.summary.overdueActions,
            decisions: result.summary.decisions,
          },
          commentaryKept: result.summary.commentaryKept,
        });
        return;
      }
      printLines([
        `${reportSubject(model)}: ${model.rag.map((r) => `${AREA_NAMES[r.area]} ${r.rag ?? "—"}`).join(", ")}.`,
        `  ${result.summary.milestones} milestones to watch, ${result.summary.escalations} escalations, ${result.summary.overdueActions} overdue actions, ${result.summary.decisions} decisions needed${result.summary.commentaryKept ? "; commentary kept" : ""}.`,
        `Wrote ${[...files].reverse().map(([p]) => p).join(", ")}.`,
      ]);
    });
}
