import { DEFAULT_SETTINGS } from "../domain/settings";
import { buildStatusReport } from "../domain/report/build";
import { AS_OF, fixtureRegisters, HOSTILE_FORMULA, HOSTILE_HTML } from "../../test/report/fixtures";
import { neutralise } from "./safe-text";
import { reportText } from "./text";

const report = buildStatusReport({
  registers: fixtureRegisters(),
  findings: [],
  settings: { ...DEFAULT_SETTINGS, asOf: AS_OF },
  asOf: AS_OF,
  generatedOn: AS_OF,
  scope: { kind: "portfolio" },
  commentary: { accomplishments: "Good week\n-5 defects", nextSteps: "" },
});

describe("the plain-text alternative", () => {
  const text = reportText(report);

  test("values that start a formula are neutralised wherever they appear", () => {
    expect(text).toContain(`'${HOSTILE_FORMULA}`);
    expect(text).not.toMatch(/(^|[\s:])=HYPERLINK/m);
    expect(text).toContain("Owner: '@Cy Diaz");
    expect(text).toContain("Response: '+ weekly review");
    expect(text).toContain("\n  '-5 defects");
    // Plain text needs no HTML escaping: the title reads as typed.
    expect(text).toContain(HOSTILE_HTML);
  });

  test("the sections, the RAG reasons and the lists", () => {
    expect(text.startsWith("Status report — Portfolio\nAs Of 30 Sep 2026 (24 – 30 Sep 2026)\n")).toBe(true);
    for (const s of ["STATUS", "PROJECTS", "KEY METRICS", "TOP RISKS AND ISSUES (BY SCORE)", "OVERDUE ACTIONS", "DECISIONS NEEDED", "VALIDATION HEALTH", "COMMENTARY"]) expect(text).toContain(`\n${s}\n`);
    expect(text).toContain("- Schedule: Red (no previous snapshot)\n  1 milestone overdue\n");
    expect(text).toContain("- Overdue: Design signed off\n  M-1 · P-1 · Ann Lee · In Progress\n  Baseline 1 Sep 2026 · Forecast 20 Sep 2026 · +19 days\n");
    expect(text).toContain("- Send revised plan (10 days late)");
    expect(text).toContain("Next steps:\n  Nothing written yet.");
  });

  test("neutralise", () => {
    expect(["=1", "+1", "-1", "@x", "\t=1", "\r=1", "a=1", "−1", ""].map(neutralise)).toEqual(["'=1", "'+1", "'-1", "'@x", "'\t=1", "'\r=1", "a=1", "−1", ""]);
  });
});
