/**
 * The pictures of the status report in docs/, made from what `npm run demo` left in out/:
 *   docs/report-sheet.png  the report workbook attached to out/demo-report.eml, printed by
 *                          LibreOffice to PDF, first page rendered by pdftoppm
 *   docs/report-email.png  out/demo-report.html in Chromium at 600 px wide (an email client's
 *                          reading width), the top of the message
 * The attachment is taken out of the .eml with a real MIME parser, so the picture is of exactly
 * what a recipient opens.
 *
 *   npm run demo && node bin/run-ts.js scripts/screenshots-report.ts
 */
import { execFileSync } from "child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { simpleParser } from "mailparser";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { chromium } from "playwright-core";

const ROOT = resolve(__dirname, "..");
const OUT = join(ROOT, "out");
const DOCS = join(ROOT, "docs");
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"];
/** Pixels per inch of the sheet picture: an A4 landscape page comes out about 1300 px wide. */
const SHEET_DPI = 110;
/** How much of the email to show: the header, the status and the start of the lists, as a reading pane shows it first. */
const EMAIL_HEIGHT = 1900;

function soffice(): string {
  for (const p of ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice", "/usr/local/bin/soffice"]) if (existsSync(p)) return p;
  throw new Error("LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui");
}

async function sheetPicture(eml: string, work: string): Promise<void> {
  const mail = await simpleParser(readFileSync(eml));
  const xlsx = mail.attachments.find((a) => a.filename?.endsWith(".xlsx"));
  if (!xlsx) throw new Error(`${eml} has no .xlsx attachment`);
  const book = join(work, "report.xlsx");
  writeFileSync(book, xlsx.content);
  execFileSync(soffice(), ["--headless", "--norestore", "--nologo", `-env:UserInstallation=file://${join(work, "profile")}`, "--convert-to", "pdf", "--outdir", work, book], { stdio: "pipe", timeout: 180_000 });
  execFileSync("pdftoppm", ["-png", "-r", String(SHEET_DPI), "-f", "1", "-l", "1", "-singlefile", join(work, "report.pdf"), join(work, "sheet")], { stdio: "pipe" });
  copyFileSync(join(work, "sheet.png"), join(DOCS, "report-sheet.png"));
}

async function emailPicture(html: string): Promise<void> {
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 600, height: EMAIL_HEIGHT } });
    // Offline by design: the body has no remote content, and any request would be a bug.
    await page.route("**/*", (route) => (route.request().url().startsWith("data:") ? route.continue() : route.abort()));
    await page.setContent(readFileSync(html, "utf8"));
    await page.screenshot({ path: join(DOCS, "report-email.png"), clip: { x: 0, y: 0, width: 600, height: EMAIL_HEIGHT } });
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const eml = join(OUT, "demo-report.eml");
  const html = join(OUT, "demo-report.html");
  for (const f of [eml, html]) if (!existsSync(f)) throw new Error(`${f} is missing: run npm run demo first`);
  mkdirSync(DOCS, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), "pmo-shots-"));
  try {
    await sheetPicture(eml, work);
    await emailPicture(html);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  process.stdout.write(`wrote ${join(DOCS, "report-sheet.png")} and ${join(DOCS, "report-email.png")}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
