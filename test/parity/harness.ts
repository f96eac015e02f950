/**
 * Runs the same steps through the file host and through the Office host on the strict fake,
 * and says how the two workbooks differ. Each step computes its plan from its own host's
 * snapshot, so the read path is part of what is compared: both hosts must give plans that are
 * the same, and workbooks that are the same.
 */
import { FileHost } from "../../src/hosts/file/file-host";
import { OfficeHost } from "../../src/hosts/office/office-host";
import type { WorkbookPlan } from "../../src/plan/plan";
import type { WorkbookSnapshot } from "../../src/plan/snapshot";
import { createFakeExcel, type FakeExcel, type FakeExcelOptions } from "../office-fake/fake-excel";
import { fileSheetParts } from "./file-parts";
import { differences, fakeConditionalFormats, fakeValidations, fileConditionalFormats, fileValidations, normalizeSnapshot } from "./normalize";

export interface Pair {
  readonly file: FileHost;
  readonly office: OfficeHost;
  readonly fake: FakeExcel;
}

export type Step = (snapshot: WorkbookSnapshot) => WorkbookPlan;

export function newPair(options: FakeExcelOptions = {}): Pair {
  const fake = createFakeExcel(options);
  return { file: FileHost.create(), office: new OfficeHost({ run: fake.run, isSetSupported: fake.isSetSupported }), fake };
}

/** Applies each step through both hosts; returns the differences between the plans the two snapshots gave. */
export async function runSteps(pair: Pair, steps: readonly Step[]): Promise<string[]> {
  const problems: string[] = [];
  for (const [i, step] of steps.entries()) {
    const filePlan = step(await pair.file.read());
    const officePlan = step(await pair.office.read());
    problems.push(...differences(filePlan, officePlan, 10, `step ${i + 1} plan`));
    await pair.file.apply(filePlan);
    await pair.office.apply(officePlan);
  }
  return problems;
}

export interface Compared {
  readonly cells: string[];
  readonly validations: string[];
  readonly conditionalFormats: string[];
  readonly frozen: string[];
}

/** The file host's workbook as a file reader sees it (saved and opened again) against the fake's. */
export async function compareHosts(pair: Pair): Promise<Compared> {
  const bytes = await pair.file.toBuffer();
  const fileSnap = await (await FileHost.fromBuffer(bytes, "parity.xlsx")).read();
  const officeSnap = await pair.office.read();
  const parts = await fileSheetParts(bytes);
  const frozenFile = Object.fromEntries([...parts].map(([s, p]) => [s, p.frozen]));
  const frozenFake = Object.fromEntries(pair.fake.state.sheets.map((s) => [s.name, s.freeze]));
  return {
    cells: differences(normalizeSnapshot(fileSnap), normalizeSnapshot(officeSnap)),
    validations: differences(fileValidations(parts), fakeValidations(pair.fake.state)),
    conditionalFormats: differences(fileConditionalFormats(parts), fakeConditionalFormats(pair.fake.state)),
    frozen: differences(frozenFile, frozenFake),
  };
}

export const NO_DIFFERENCES: Compared = { cells: [], validations: [], conditionalFormats: [], frozen: [] };
