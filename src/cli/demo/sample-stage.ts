/**
 * First stage of `pmo demo`: the bundled sample portfolio as a structured workbook and as the
 * messy workbook of people's own layouts holding the same data.
 */
import { join } from "path";
import { samplePortfolio } from "../../domain/sample/portfolio";
import { FileHost } from "../../hosts/file/file-host";
import { messySamplePlan, structuredSamplePlan } from "../../operations/sample-workbook";
import { initWorkbook } from "../commands/init";
import { saveWorkbook } from "../io";
import type { DemoContext, DemoStage } from "./stages";

export async function buildSampleWorkbooks(seed: number, asOf: string): Promise<{ structured: FileHost; messy: FileHost }> {
  const state = samplePortfolio(seed, asOf).stateAt(asOf);
  const structured = await initWorkbook(asOf);
  await structured.apply(structuredSamplePlan(await structured.read(), state));
  const messy = FileHost.create();
  await messy.apply(messySamplePlan(state));
  return { structured, messy };
}

export const sampleStage: DemoStage = {
  name: "sample",
  async run(ctx: DemoContext): Promise<void> {
    const { structured, messy } = await buildSampleWorkbooks(ctx.seed, ctx.asOf);
    for (const [role, host] of [["structured", structured], ["messy", messy]] as const) {
      const path = join(ctx.outDir, `demo-${role}.xlsx`);
      await saveWorkbook(host, path);
      ctx.workbooks.set(role, { host, path });
      ctx.files.push(path);
    }
    const snap = await structured.read();
    const counts = snap.sheets.flatMap((s) => s.tables.map((t) => `${t.name.replace(/^tbl/, "")} ${Math.max(0, parseInt(t.ref.split(":")[1]!.replace(/[A-Z]+/, ""), 10) - 1)}`));
    ctx.log.push(`sample: structured workbook and its messy copy (${counts.join(", ")})`);
  },
};
