import { measureOffice } from "../office-fake/measure";
import { milestoneRowsPlan } from "../office-fake/seed";
test("measure", async () => {
  for (const n of [100, 10_000, 100_000]) {
    const t = Date.now();
    const r = await measureOffice("read", n);
    const a = await measureOffice(milestoneRowsPlan(n), 0);
    console.log(n, JSON.stringify(r), JSON.stringify(a), Date.now() - t, "ms");
  }
}, 300_000);
