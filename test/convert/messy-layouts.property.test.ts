/**
 * Property: whatever the layout — title rows, a merged banner, a metadata line, a band row over
 * the header, header spellings, text dates in several formats, blank rows, extra columns — every
 * non-empty cell of a register someone typed ends up in the converted register, in `unmapped`
 * (carried as an extra column) or in `rejected`/`cleared`, and titles and metadata are context.
 */
import fc from "fast-check";
import { register } from "../../src/domain/registers/catalogue";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import { convert } from "../../src/operations/convert";
import type { RegisterKey } from "../../src/domain/registers/types";
import { buildLayout, KEYS, planValue, snapshotOf } from "./messy-layouts";

const ACCOUNTED = /^(register |rejected|cleared|skipped|duplicate|calculated )/;

type Options = Parameters<typeof buildLayout>[2] & { readonly seed: number };

function checkLayout(key: RegisterKey, opts: Options): void {
  const layout = buildLayout(key, opts.seed, opts);
  const sheetName = `My ${register(key).title}`.slice(0, 31);
  const result = convert(snapshotOf(sheetName, layout), { ...DEFAULT_SETTINGS, asOf: "2026-06-30" }, { trace: true });
  expect(result.conversions).toHaveLength(1);
  const trace = result.trace!;
  for (const cell of layout.data) {
    const where = trace.get(`${sheetName}!${cell}`);
    if (!where || !ACCOUNTED.test(where)) throw new Error(`${cell} of ${key} went nowhere (${where ?? "untraced"}): ${JSON.stringify(opts)}`);
    if (where.startsWith("register ")) {
      const v = planValue(result.plan.ops, where);
      if (v === null || v === undefined) throw new Error(`${cell} is traced to ${where} but the plan holds nothing there`);
    }
  }
  for (const cell of layout.context) expect(trace.get(`${sheetName}!${cell}`)).toBe("context");
  // Every header cell names a mapped column or an extra column.
  const c = result.conversions[0]!;
  expect(c.mapping.length).toBeGreaterThan(0);
  for (const u of c.unmapped) expect(u.carriedAs === null || typeof u.carriedAs === "string").toBe(true);
}

const plain = { titles: 0, banner: false, meta: false, band: false, blanks: false, extras: 0, rows: 2 };

/** Layouts the property once found lost values in; each stays a case of its own. */
const FOUND: readonly (readonly [RegisterKey, Options])[] = [
  // A data row after a blank row, made of words that are also headers ("Dependency", "No").
  ["raid", { ...plain, seed: 1824687692, titles: 1, blanks: true, rows: 4 }],
  // Every header ends in ":" ("Decision ID:", "Status:").
  ["decisions", { ...plain, seed: 537615970 }],
  // Half the headers end in ":", beside an extra column ("Cost Centre") that reads like a value.
  ["stakeholders", { ...plain, seed: 998679226, extras: 1 }],
  ["stakeholders", { ...plain, seed: 1171035506, extras: 1 }],
  // A RACI titled as one whose two activities give every role the same letter.
  ["raci", { ...plain, seed: 725608331, titles: 2, meta: true, extras: 2 }],
];

describe("conversion loses no value", () => {
  test.each(FOUND.map(([key, opts]) => [key, JSON.stringify(opts), opts] as const))("%s %s", (key, _label, opts) => checkLayout(key, opts));
});

describe("conversion loses no value (property)", () => {
  test.each(KEYS)("messy layouts of %s", (key) => {
    fc.assert(
      fc.property(
        fc.record({
          seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
          titles: fc.integer({ min: 0, max: 2 }),
          banner: fc.boolean(),
          meta: fc.boolean(),
          band: fc.boolean(),
          blanks: fc.boolean(),
          extras: fc.integer({ min: 0, max: 2 }),
          rows: fc.integer({ min: 2, max: 8 }),
        }),
        (opts) => checkLayout(key, opts),
      ),
      { numRuns: Number(process.env.PMO_PROPERTY_RUNS ?? 20) },
    );
  });
});
