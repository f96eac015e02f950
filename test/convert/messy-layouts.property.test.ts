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
import { buildLayout, KEYS, planValue, snapshotOf } from "./messy-layouts";

const ACCOUNTED = /^(register |rejected|cleared|skipped|duplicate|calculated )/;

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
        (opts) => {
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
        },
      ),
      { numRuns: Number(process.env.PMO_PROPERTY_RUNS ?? 20) },
    );
  });
});
