import { structure } from "../../src/operations/structure";
import { structuredSamplePlan, messySamplePlan } from "../../src/operations/sample-workbook";
import { samplePortfolio } from "../../src/domain/sample/portfolio";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import { compareHosts, newPair, runSteps } from "./harness";
const settings = { ...DEFAULT_SETTINGS, asOf: "2026-09-30" };
test("structure + sample", async () => {
  const pair = newPair();
  const state = samplePortfolio(7, "2026-09-30").stateAt("2026-09-30");
  console.log(await runSteps(pair, [(s) => structure(s, settings).plan, (s) => structuredSamplePlan(s, state)]));
  console.log(JSON.stringify(await compareHosts(pair), null, 1));
});
test("messy", async () => {
  const pair = newPair();
  const state = samplePortfolio(7, "2026-09-30").stateAt("2026-09-30");
  console.log(await runSteps(pair, [() => messySamplePlan(state)]));
  console.log(JSON.stringify(await compareHosts(pair), null, 1));
});
