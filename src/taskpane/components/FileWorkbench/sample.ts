/**
 * The bundled sample portfolio built in the browser, through the file host, exactly as `pmo
 * demo` builds it: the messy workbook of people's own sheets, or the structured workbook.
 * Loaded lazily with the file host (exceljs).
 */
import { DEMO_AS_OF, samplePortfolio } from "../../../domain/sample/portfolio";
import { DEFAULT_SETTINGS } from "../../../domain/settings";
import { FileHost } from "../../../hosts/file/file-host";
import { messySamplePlan, structuredSamplePlan } from "../../../operations/sample-workbook";
import { structure } from "../../../operations/structure";

export type SampleKind = "messy" | "structured";

export const SAMPLE_FILE_NAMES: Readonly<Record<SampleKind, string>> = {
  messy: "pmo-sample-messy.xlsx",
  structured: "pmo-sample-structured.xlsx",
};

/** The sample's seed and date: those of `pmo demo`, so the preview shows the demo's workbook. */
export const SAMPLE_SEED = 7;

export async function buildSample(kind: SampleKind): Promise<FileHost> {
  const state = samplePortfolio(SAMPLE_SEED, DEMO_AS_OF).stateAt(DEMO_AS_OF);
  const host = FileHost.create();
  if (kind === "messy") {
    await host.apply(messySamplePlan(state));
    return host;
  }
  // The registers first (with the sample's fixed As Of), then the sample's rows in them.
  await host.apply(structure(await host.read(), { ...DEFAULT_SETTINGS, asOf: DEMO_AS_OF }).plan);
  await host.apply(structuredSamplePlan(await host.read(), state));
  await host.apply({ ops: [{ kind: "activate", sheet: "Projects" }] });
  return host;
}
