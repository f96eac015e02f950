import { samplePortfolio } from "../../src/domain/sample/portfolio";
import { settingsOf } from "../../src/cli/settings-from-workbook";
import { convert } from "../../src/operations/convert";
import { messySamplePlan } from "../../src/operations/sample-workbook";
import { compareHosts, newPair } from "./harness";
test("time", async () => {
  const pair = newPair();
  const st = samplePortfolio(7, "2026-09-30").stateAt("2026-09-30");
  let t = Date.now(); const lap = (w: string) => { console.log(w, Date.now() - t); t = Date.now(); };
  await pair.file.apply(messySamplePlan(st)); lap("file apply messy");
  await pair.office.apply(messySamplePlan(st)); lap("office apply messy");
  const fs = await pair.file.read(); lap("file read");
  const os = await pair.office.read(); lap("office read");
  const fp = convert(fs, settingsOf(fs, "2026-09-30")).plan; lap("convert file");
  const op = convert(os, settingsOf(os, "2026-09-30")).plan; lap("convert office");
  await pair.file.apply(fp); lap("file apply conv");
  await pair.office.apply(op); lap("office apply conv");
  await compareHosts(pair); lap("compare");
});
