/**
 * Pictures of the task pane's tabs for docs/, taken from the built preview page in Chromium at a
 * task pane's width (360 px), on the bundled sample: the messy workbook is loaded, a sheet's
 * conversion previewed, every sheet converted, As Of set to the sample's date on the Settings
 * tab, then each tab used as a PMO would (two weekly snapshots, so the metrics show a change).
 *
 *   docs/taskpane-structure.png  the registers and the mapping preview of the Portfolio sheet
 *   docs/taskpane-validate.png   findings by rule and sheet
 *   docs/taskpane-trends.png     the snapshot taken and the portfolio's metrics
 *   docs/taskpane-report.png     the report built, the email actions and its preview
 *   docs/taskpane-settings.png   As Of and the thresholds
 *
 *   node bin/run-ts.js scripts/screenshots-taskpane.ts [--dark] [--forced-colors] [--out DIR]
 * (builds dist/ first when it is out of date; --dark and --forced-colors take them in the dark
 * theme or with Windows' contrast themes emulated, for checking by eye; --out writes elsewhere
 * than docs/).
 */
import { mkdirSync } from "fs";
import { join, resolve } from "path";
import type { Page } from "playwright-core";
import { addDays } from "../src/domain/dates";
import { DEMO_AS_OF } from "../src/domain/sample/portfolio";
import { DIST, ensureDist } from "../test/support/ensure-dist";
import { launchChromium, serveStatic } from "../test/e2e/support/browser";

const ROOT = resolve(__dirname, "..");
const DOCS = join(ROOT, "docs");
const WIDTH = 360;
const STEP_MS = 120_000;
const WEEK_BEFORE = addDays(DEMO_AS_OF, -7);

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole("tab", { name, exact: true }).click();
  await page.getByRole("heading", { name, exact: true, level: 2 }).waitFor();
}

/** The page from its top down to the bottom of `until` (plus a margin), at most `max` pixels tall. */
async function shoot(page: Page, file: string, until: string | null, max: number): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  // Let focus rings and hover states settle: the picture shows the pane at rest.
  await page.mouse.move(WIDTH - 2, 2);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const height = until
    ? await page.locator(until).first().evaluate((el) => Math.ceil(el.getBoundingClientRect().bottom + window.scrollY + 16))
    : await page.evaluate(() => document.documentElement.scrollHeight);
  // A viewport as tall as the picture: what sticks to the pane's bottom (the Settings' Save bar) is drawn there.
  const viewport = page.viewportSize();
  const tall = Math.min(height, max);
  await page.setViewportSize({ width: WIDTH, height: tall });
  await page.screenshot({ path: file, clip: { x: 0, y: 0, width: WIDTH, height: tall } });
  if (viewport) await page.setViewportSize(viewport);
  process.stdout.write(`wrote ${file}\n`);
}

async function main(): Promise<void> {
  const dark = process.argv.includes("--dark");
  const forced = process.argv.includes("--forced-colors");
  const outAt = process.argv.indexOf("--out");
  const out = outAt > 0 && process.argv[outAt + 1] ? resolve(process.argv[outAt + 1]!) : DOCS;
  const suffix = `${dark ? "-dark" : ""}${forced ? "-forced" : ""}`;
  await ensureDist();
  mkdirSync(out, { recursive: true });
  const server = await serveStatic(DIST);
  const browser = await launchChromium({ width: WIDTH, height: 900 });
  try {
    const page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme: dark ? "dark" : "light", reducedMotion: "reduce", forcedColors: forced ? "active" : "none" });
    await page.goto(`${server.url}/preview.html`);

    await page.getByRole("button", { name: "Load sample" }).click();
    await page.getByRole("menuitem", { name: /^Messy sample/ }).click();
    await page.getByText("0 of 11 registers present").waitFor({ timeout: STEP_MS });
    await page.getByRole("option", { name: "Portfolio" }).waitFor({ state: "attached", timeout: STEP_MS });

    // Structure: the mapping preview of one sheet, then every sheet converted.
    await page.getByRole("combobox", { name: "Sheet" }).selectOption("Portfolio");
    await page.getByRole("button", { name: "Preview conversion" }).click();
    await page.getByText("Portfolio!A4:N12").waitFor({ timeout: STEP_MS });
    await shoot(page, join(out, `taskpane-structure${suffix}.png`), null, 2600);
    await page.getByRole("combobox", { name: "Sheet" }).selectOption("");
    await page.getByRole("button", { name: "Convert", exact: true }).click();
    await page.getByText(/^Converted/).first().waitFor({ timeout: STEP_MS });
    await page.getByRole("button", { name: "Create registers" }).click();
    await page.getByText("11 of 11 registers present").waitFor({ timeout: STEP_MS });

    // The sample's own date, so that the pictures show the demo's mix of Red, Amber and Green.
    await openTab(page, "Settings");
    await page.getByRole("switch", { name: /As Of is today/ }).click();
    await page.getByLabel("As Of date").fill(DEMO_AS_OF);
    await page.getByRole("button", { name: "Save to workbook" }).click();
    await page.getByText("Settings saved").waitFor({ timeout: STEP_MS });

    await openTab(page, "Validate");
    await page.getByRole("button", { name: "Run validation" }).click();
    await page.getByRole("combobox", { name: "Show" }).waitFor({ timeout: STEP_MS });
    await page.getByRole("combobox", { name: "Show" }).selectOption("error");
    await shoot(page, join(out, `taskpane-validate${suffix}.png`), null, 1500);

    await openTab(page, "Trends");
    // A week earlier first, so that the metrics have a previous snapshot to compare with.
    const asOf = page.getByLabel("As Of", { exact: true });
    await asOf.fill(WEEK_BEFORE);
    await page.getByRole("button", { name: "Take snapshot" }).click();
    await page.getByText(`as of ${WEEK_BEFORE}.`, { exact: false }).waitFor({ timeout: STEP_MS });
    await asOf.fill(DEMO_AS_OF);
    await page.getByRole("button", { name: "Take snapshot" }).click();
    await page.getByText(`as of ${DEMO_AS_OF}.`, { exact: false }).waitFor({ timeout: STEP_MS });
    await page.getByRole("button", { name: "Build metrics" }).click();
    await page.getByText("Metrics built").waitFor({ timeout: STEP_MS });
    await shoot(page, join(out, `taskpane-trends${suffix}.png`), null, 1800);

    await openTab(page, "Report");
    await page.getByRole("button", { name: "Build report sheet" }).click();
    await page.getByText("Status Report sheet written").waitFor({ timeout: STEP_MS });
    await page.getByRole("textbox", { name: "To" }).fill("pmo-team@example.com");
    await shoot(page, join(out, `taskpane-report${suffix}.png`), "iframe", 1700);

    await openTab(page, "Settings");
    await page.getByRole("spinbutton", { name: "High Risk Score" }).waitFor({ timeout: STEP_MS });
    await shoot(page, join(out, `taskpane-settings${suffix}.png`), null, 1500);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
