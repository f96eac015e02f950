/**
 * The preview page end to end in Chromium, on the built dist/: open the demo's messy workbook,
 * convert it, create the remaining registers, validate (findings listed, the severity filter),
 * take the snapshot, build the metrics and the report, download the .eml and the workbook, and
 * read the downloaded workbook back with the file host. Every tab is checked with axe (no
 * serious or critical violation) and for horizontal overflow at 320 px.
 */
import AxeBuilder from "@axe-core/playwright";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { Page } from "playwright-core";
import { DEMO_AS_OF, samplePortfolio } from "../../src/domain/sample/portfolio";
import { FileHost } from "../../src/hosts/file/file-host";
import { messySamplePlan } from "../../src/operations/sample-workbook";
import { BUILD_TIMEOUT_MS, DIST, ensureDist } from "../support/ensure-dist";
import { launchChromium, serveStatic, type Browser, type StaticServer } from "./support/browser";

const STEP_MS = 60_000;

let server: StaticServer;
let browser: Browser;
let page: Page;
let work: string;
const pageErrors: string[] = [];

/** The demo's messy workbook, as `pmo demo` writes it (seed 7, As Of of the demo). */
async function messyWorkbook(path: string): Promise<void> {
  const host = FileHost.create();
  await host.apply(messySamplePlan(samplePortfolio(7, DEMO_AS_OF).stateAt(DEMO_AS_OF)));
  writeFileSync(path, await host.toBuffer());
}

async function openTab(name: string): Promise<void> {
  await page.getByRole("tab", { name, exact: true }).click();
  await page.getByRole("heading", { name, exact: true, level: 2 }).waitFor();
}

/**
 * Serious and critical axe violations of the page as it is now (its frames included). Fluent's
 * focus manager (tabster) puts zero-size <i data-tabster-dummy> sentinels around focus groups:
 * focusable and aria-hidden by design (they pass focus on at once), so axe's aria-hidden-focus
 * would flag every Fluent page; they are left out.
 */
async function seriousViolations(target: Page = page): Promise<string[]> {
  // The email preview is a sandboxed frame without scripts, which axe cannot enter: its
  // document is checked on a page of its own (see the Report test).
  const results = await new AxeBuilder({ page: target }).exclude("[data-tabster-dummy]").exclude("iframe[sandbox]").analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** The page fits 320 px: nothing wider than the viewport. */
async function overflowAt320(): Promise<number> {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: size?.height ?? 900 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  if (size) await page.setViewportSize(size);
  return overflow;
}

async function checkTab(name: string): Promise<void> {
  expect({ tab: name, violations: await seriousViolations() }).toEqual({ tab: name, violations: [] });
  expect({ tab: name, overflow: await overflowAt320() }).toEqual({ tab: name, overflow: 0 });
}

function findingLabels(): Promise<string[]> {
  return page.locator("button[aria-label^='Error, '], button[aria-label^='Warning, '], button[aria-label^='Info, ']").evaluateAll((els) => els.map((e) => e.getAttribute("aria-label") ?? ""));
}

beforeAll(async () => {
  await ensureDist();
  work = mkdtempSync(join(tmpdir(), "pmo-e2e-"));
  server = await serveStatic(DIST);
  browser = await launchChromium();
  page = await browser.context.newPage();
  page.on("pageerror", (e) => pageErrors.push(e.message));
  // Offline: the preview needs nothing but its own files.
  await page.route("**/*", (route) => (route.request().url().startsWith(server.url) || route.request().url().startsWith("blob:") ? route.continue() : route.abort()));
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("preview page in Chromium", () => {
  it(
    "opens the messy workbook and converts it into registers",
    async () => {
      const messy = join(work, "demo-messy.xlsx");
      await messyWorkbook(messy);
      await page.goto(`${server.url}/preview.html`);
      await page.getByRole("tab", { name: "Structure" }).waitFor();
      await checkTab("Structure");

      await page.getByLabel("Workbook file to open").setInputFiles(messy);
      await page.getByText("0 of 11 registers present").waitFor({ timeout: STEP_MS });
      await page.getByRole("option", { name: "Meilensteinplan" }).waitFor({ state: "attached", timeout: STEP_MS });

      // Every sheet at once; one column's target changed in the preview before converting.
      await page.getByRole("button", { name: "Preview conversion" }).click();
      const portfolio = page.getByRole("listitem").filter({ hasText: "Portfolio!A4:N12" });
      await portfolio.waitFor({ timeout: STEP_MS });
      await expect(portfolio.getByRole("combobox", { name: "Register" }).inputValue()).resolves.toBe("projects");
      await portfolio.getByRole("combobox", { name: "M: Last Update" }).selectOption("");
      await checkTab("Structure");
      await page.getByRole("button", { name: "Convert", exact: true }).click();
      await page.getByText(/^Converted/).first().waitFor({ timeout: STEP_MS });

      // The registers conversion did not fill (the two histories): created empty.
      await page.getByRole("button", { name: "Create registers" }).click();
      await page.getByText("11 of 11 registers present").waitFor({ timeout: STEP_MS });
    },
    3 * STEP_MS,
  );

  it(
    "validates: findings listed by rule and sheet, the severity filter narrows them",
    async () => {
      await openTab("Validate");
      await checkTab("Validate");
      await page.getByRole("button", { name: "Run validation" }).click();
      const show = page.getByRole("combobox", { name: "Show" });
      await show.waitFor({ timeout: STEP_MS });
      const all = await findingLabels();
      expect(all.length).toBeGreaterThan(0);
      await expect(show.locator("option").first().textContent()).resolves.toBe(`All (${all.length})`);

      await show.selectOption("error");
      const errors = await findingLabels();
      expect(errors.length).toBeGreaterThan(0);
      expect(errors.length).toBeLessThan(all.length);
      expect(errors.every((l) => l.startsWith("Error, "))).toBe(true);

      // A finding from the keyboard: focus it, Enter.
      const first = page.locator("button[aria-label^='Error, ']").first();
      await first.focus();
      await page.keyboard.press("Enter");
      await expect(first.getAttribute("aria-current")).resolves.toBe("true");
      await checkTab("Validate");
    },
    2 * STEP_MS,
  );

  it(
    "takes the snapshot and builds the metrics",
    async () => {
      await openTab("Trends");
      await checkTab("Trends");
      await page.getByRole("button", { name: "Take snapshot" }).click();
      await page.getByText("Snapshot taken").waitFor({ timeout: STEP_MS });
      await page.getByRole("button", { name: "Build metrics" }).click();
      await page.getByText("Metrics built").waitFor({ timeout: STEP_MS });
      await page.getByRole("table", { name: "Key metrics of the portfolio" }).waitFor();
      await checkTab("Trends");
    },
    2 * STEP_MS,
  );

  it(
    "builds the report and downloads the .eml draft",
    async () => {
      await openTab("Report");
      await page.getByRole("button", { name: "Build report sheet" }).click();
      await page.getByText("Status Report sheet written").waitFor({ timeout: STEP_MS });
      await page.getByRole("textbox", { name: "To" }).fill("pmo-team@example.com");
      const [eml] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download .eml" }).click()]);
      expect(eml.suggestedFilename()).toMatch(/^status-report-portfolio-\d{4}-\d{2}-\d{2}\.eml$/);
      const text = readFileSync(await eml.path(), "utf8");
      expect(text).toContain("X-Unsent: 1");
      expect(text).toMatch(/Content-Type: text\/html/);
      expect(text).toMatch(/filename="?status-report-portfolio-\d{4}-\d{2}-\d{2}\.xlsx/);

      await page.getByRole("button", { name: "Copy HTML body" }).click();
      await page.getByText(/^Copied|does not let add-ins write to the clipboard/).waitFor();
      await checkTab("Report");

      // The email body in the preview frame, checked as a page of its own.
      const html = await page.locator("iframe[sandbox]").getAttribute("srcdoc");
      expect(html).toMatch(/^<!DOCTYPE html>/);
      const email = await browser.context.newPage();
      try {
        await email.setContent(html ?? "");
        expect({ email: await seriousViolations(email) }).toEqual({ email: [] });
      } finally {
        await email.close();
      }
    },
    2 * STEP_MS,
  );

  it("shows the Settings tab", async () => {
    await openTab("Settings");
    await page.getByRole("spinbutton", { name: "High Risk Score" }).waitFor({ timeout: STEP_MS });
    await checkTab("Settings");
  });

  it(
    "downloads the workbook, which holds the registers, the metrics and the report",
    async () => {
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download workbook" }).click()]);
      expect(download.suggestedFilename()).toBe("demo-messy.xlsx");
      const host = await FileHost.fromBuffer(readFileSync(await download.path()), "demo-messy.xlsx");
      const wb = await host.read();
      const tables = wb.sheets.flatMap((s) => s.tables.map((t) => t.name));
      expect(tables).toEqual(
        expect.arrayContaining(["tblProjects", "tblMilestones", "tblRAID", "tblRACI", "tblActions", "tblDecisions", "tblMeetings", "tblDocuments", "tblStakeholders", "tblStatusHistory", "tblMilestoneHistory", "tblSettings"]),
      );
      const sheets = wb.sheets.map((s) => s.name);
      expect(sheets).toEqual(expect.arrayContaining(["Findings", "Metrics", "Trends", "Pivots", "Status Report"]));
      // The people's own sheets are still there.
      expect(sheets).toEqual(expect.arrayContaining(["Portfolio", "Meilensteinplan", "Risks & Issues"]));
      // The column changed in the preview was carried under its own name.
      const projects = wb.sheets.flatMap((s) => s.tables).find((t) => t.name === "tblProjects");
      expect(projects?.columns).toContain("Last Update");
      // Snapshot rows were written.
      const history = wb.sheets.find((s) => s.name === "Status History");
      expect(history?.values.length).toBeGreaterThan(2);
      expect(pageErrors).toEqual([]);
    },
    STEP_MS,
  );
});
