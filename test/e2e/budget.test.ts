/**
 * The task pane's budget: its initial JavaScript (the scripts taskpane.html loads before the
 * pane shows) stays within 250 KB gzip. exceljs, the engine and every tab but Structure come in
 * chunks loaded when first needed.
 */
import { BUILD_TIMEOUT_MS, ensureDist } from "../support/ensure-dist";
import { initialScripts } from "./support/initial-scripts";

const BUDGET_GZIP = 250 * 1024;

describe("task pane budget", () => {
  beforeAll(ensureDist, BUILD_TIMEOUT_MS);

  it.each(["taskpane.html", "preview.html"])("%s loads at most 250 KB of JavaScript (gzip) before it shows", (page) => {
    const sizes = initialScripts(page);
    const total = sizes.reduce((n, s) => n + s.gzip, 0);
    // Printed so that a change that grows the pane shows its cost in the test log.
    process.stdout.write(`${page}: ${sizes.map((s) => `${s.script} ${(s.gzip / 1024).toFixed(1)} KB`).join(", ")}; total ${(total / 1024).toFixed(1)} KB gzip\n`);
    expect(sizes.length).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(BUDGET_GZIP);
  });

  it("keeps the engine and the tabs other than Structure out of the initial scripts", () => {
    const initial = initialScripts("taskpane.html").map((s) => s.script);
    for (const lazy of ["engine", "tab-validate", "tab-trends", "tab-report", "tab-settings", "exceljs", "office-host"]) {
      expect(initial.filter((s) => s.startsWith(`${lazy}.`))).toEqual([]);
    }
  });

  it("keeps the ribbon's function file small", () => {
    const total = initialScripts("commands.html").reduce((n, s) => n + s.gzip, 0);
    expect(total).toBeLessThanOrEqual(40 * 1024);
  });
});
