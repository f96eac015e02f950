import { samplePortfolio, DEMO_AS_OF } from "../../src/domain/sample/portfolio";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import { FileHost } from "../../src/hosts/file/file-host";
import { convert } from "../../src/operations/convert";
import { messySamplePlan } from "../../src/operations/sample-workbook";
import { validate } from "../../src/operations/validate";
import { REGISTERS } from "../../src/domain/registers/catalogue";

test("after conversion each defect is reported once, on the register, not again on the source sheet", async () => {
  const host = FileHost.create();
  await host.apply(messySamplePlan(samplePortfolio(7, DEMO_AS_OF).stateAt(DEMO_AS_OF)));
  const settings = { ...DEFAULT_SETTINGS, asOf: DEMO_AS_OF };
  const before = validate(await host.read(), settings, DEMO_AS_OF);
  await host.apply(convert(await host.read(), settings).plan);
  const after = validate(await host.read(), settings, DEMO_AS_OF);
  const registerSheets = new Set(REGISTERS.map((r) => r.sheet));
  expect(after.findings.filter((f) => f.rule === "milestone/dependency-cycle")).toHaveLength(2);
  expect(after.findings.every((f) => registerSheets.has(f.sheet) || f.sheet.endsWith("(PMO)"))).toBe(true);
  expect(after.summary.errors).toBe(before.summary.errors);
});
