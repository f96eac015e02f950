import { existsSync, readdirSync } from "fs";
import { join } from "path";
import { RULES } from "./index";
import { placeholders } from "./rule";

describe("the rule registry", () => {
  const ids = RULES.map((r) => r.meta.id);

  it("is sorted by id, without duplicates", () => {
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("holds every rule module of the folder, each in the file named after its id, with its test", () => {
    const files = readdirSync(__dirname, { recursive: true, encoding: "utf8" })
      .filter((f) => /^[a-z]+\/[a-z-]+\.ts$/.test(f.replace(/\\/g, "/")) && !f.endsWith(".test.ts"))
      .map((f) => f.replace(/\\/g, "/").replace(/\.ts$/, ""))
      .filter((f) => !/\/(codes|matrix|schedule|items|versions)$/.test(f));
    expect(files.sort()).toEqual(ids);
    for (const id of ids) expect(existsSync(join(__dirname, `${id}.test.ts`))).toBe(true);
  });

  it.each(RULES.map((r) => [r.meta.id, r] as const))("%s documents itself", (_id, rule) => {
    expect(rule.meta.docs.description.length).toBeGreaterThan(10);
    expect(rule.meta.docs.why.length).toBeGreaterThan(10);
    expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
    for (const m of Object.values(rule.meta.messages)) expect(typeof m).toBe("string");
    expect(["error", "warning", "info"]).toContain(rule.meta.severity);
  });

  it("covers every rule id of rules.md", () => {
    // The catalogue of ../shared/spec/rules.md, kept here so that a rule dropped by mistake fails.
    const spec = [
      "raci/one-accountable", "raci/has-responsible", "raci/valid-code", "raci/too-many-consulted", "raci/duplicate-activity", "raci/empty-activity", "raci/idle-person", "raci/unknown-person", "raci/overloaded-person",
      "milestone/required", "milestone/duplicate-id", "milestone/invalid-date", "milestone/complete-without-actual", "milestone/actual-without-complete", "milestone/actual-in-future", "milestone/overdue", "milestone/slipped", "milestone/unknown-dependency", "milestone/dependency-cycle", "milestone/predecessor-later", "milestone/percent-range", "milestone/percent-status-mismatch", "milestone/no-owner", "milestone/unknown-owner", "milestone/unknown-project",
      "raid/score-range", "raid/score-mismatch", "raid/high-risk-unmitigated", "raid/escalate", "raid/no-owner", "raid/review-overdue",
      "action/overdue", "action/no-owner",
      "document/duplicate-version", "document/version-format", "document/version-regression", "document/approved-without-approver",
      "project/duplicate-id", "project/end-before-start", "project/stale",
      "register/missing-column",
    ];
    expect([...ids].sort()).toEqual([...spec].sort());
  });

  it("uses placeholders made of word characters only", () => {
    for (const r of RULES) for (const m of Object.values(r.meta.messages)) expect(m.replace(/\{\{\w+\}\}/g, "")).not.toMatch(/\{\{|\}\}/);
    expect(placeholders("a {{b}} c {{ d }}")).toEqual(["b", "d"]);
  });
});
