/**
 * Host parity on the workbooks the project writes today: the same plans through the file host
 * and through the Office host on the strict fake give the same cells, tables, validations,
 * colour rules, frozen panes and names.
 */
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import { samplePortfolio } from "../../src/domain/sample/portfolio";
import { messySamplePlan, structuredSamplePlan } from "../../src/operations/sample-workbook";
import { structure } from "../../src/operations/structure";
import { compareHosts, NO_DIFFERENCES, newPair, runSteps, type Step } from "./harness";

const AS_OF = "2026-09-30";
const settings = { ...DEFAULT_SETTINGS, asOf: AS_OF };
const state = samplePortfolio(7, AS_OF).stateAt(AS_OF);
const structureStep: Step = (s) => structure(s, settings).plan;
const sampleStep: Step = (s) => structuredSamplePlan(s, state);

describe("host parity: sample workbooks", () => {
  test("structure on an empty workbook", async () => {
    const pair = newPair();
    expect(await runSteps(pair, [structureStep])).toEqual([]);
    expect(await compareHosts(pair)).toEqual(NO_DIFFERENCES);
    expect(pair.fake.state.tables.map((t) => t.name)).toContain("tblMilestones");
  });

  test("structure, then the structured sample portfolio", async () => {
    const pair = newPair();
    expect(await runSteps(pair, [structureStep, sampleStep])).toEqual([]);
    expect(await compareHosts(pair)).toEqual(NO_DIFFERENCES);
  });

  test("the messy sample workbook: text dates, codes and numbers written as text stay text", async () => {
    const pair = newPair();
    expect(await runSteps(pair, [() => messySamplePlan(state)])).toEqual([]);
    expect(await compareHosts(pair)).toEqual(NO_DIFFERENCES);
    // Spot checks of what typed entry would have turned into something else.
    const portfolio = pair.fake.state.sheetByName("Portfolio")!.grid;
    expect(typeof portfolio.get(4, 6).value).toBe("string"); // "12/01/2026" stays text
  });

  test("structure run twice: the second plan is empty and both workbooks are unchanged by it", async () => {
    const pair = newPair();
    await runSteps(pair, [structureStep, sampleStep]);
    const plans: number[] = [];
    await runSteps(pair, [
      (s) => {
        const plan = structure(s, settings).plan;
        plans.push(plan.ops.length);
        return plan;
      },
    ]);
    expect(plans).toEqual([0, 0]);
    expect(await compareHosts(pair)).toEqual(NO_DIFFERENCES);
  });

  test("an older Excel (ExcelApi 1.7): rows are added with rows.add, and what it cannot do is skipped with a reason", async () => {
    const pair = newPair({ excelApi: "1.7" });
    expect(await runSteps(pair, [structureStep, sampleStep])).toEqual([]);
    const compared = await compareHosts(pair);
    expect(compared.cells).toEqual([]);
    expect(compared.frozen).toEqual([]);
    // Data validation needs 1.8: none in the fake, and each op said so.
    expect(pair.fake.state.sheets.every((s) => s.validations.length === 0)).toBe(true);
    const result = await pair.office.apply(structuredSamplePlan(await pair.office.read(), state));
    expect(result.skipped.length).toBeGreaterThan(0);
    expect(new Set(result.skipped.map((s) => s.reason))).toEqual(new Set(["data validation needs ExcelApi 1.8"]));
  });
});
