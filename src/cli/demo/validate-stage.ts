/**
 * The validate stage of `pmo demo`: validates the structured sample and its messy copy (people's
 * own layouts, read in place through detection), writes each with its Findings sheet and live
 * checks, and logs how the two compare: the same defects, each at its own cells.
 */
import { join } from "path";
import type { Finding } from "../../domain/findings";
import { validateWorkbook } from "../commands/validate";
import { openWorkbook, saveWorkbook } from "../io";
import type { DemoContext, DemoStage } from "./stages";

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function byRule(findings: readonly Finding[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const f of findings) m.set(f.rule, (m.get(f.rule) ?? 0) + 1);
  return m;
}

export const validateStage: DemoStage = {
  name: "validate",
  async run(ctx: DemoContext): Promise<void> {
    const results = new Map<string, readonly Finding[]>();
    for (const role of ["structured", "messy"] as const) {
      const source = ctx.workbooks.get(role);
      if (!source) throw new Error(`the demo has no ${role} workbook: the sample stage runs first`);
      // A fresh copy from the saved file, so that the sample workbooks stay as the sample stage wrote them.
      const host = await openWorkbook(source.path);
      const result = await validateWorkbook(host, ctx.asOf, true);
      const path = join(ctx.outDir, `demo-${role}-validated.xlsx`);
      await saveWorkbook(host, path);
      ctx.workbooks.set(`${role}-validated`, { host, path });
      ctx.files.push(path);
      results.set(role, result.findings);
      const { errors, warnings, infos } = result.summary;
      ctx.log.push(`validate ${role}: ${plural(errors, "error")}, ${plural(warnings, "warning")}, ${plural(infos, "info")} in ${result.summary.checked.length} registers`);
    }
    const a = byRule(results.get("structured")!);
    const b = byRule(results.get("messy")!);
    const differ = [...new Set([...a.keys(), ...b.keys()])].sort().filter((r) => a.get(r) !== b.get(r));
    ctx.log.push(
      differ.length
        ? `validate: rules counted differently in the two layouts: ${differ.map((r) => `${r} ${a.get(r) ?? 0} vs ${b.get(r) ?? 0}`).join(", ")}`
        : "validate: the structured workbook and its messy copy report the same defects",
    );
  },
};
