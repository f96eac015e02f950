/**
 * The demo's messy copy holds the sample's data in people's own layouts (title rows, German
 * headers, text dates, one RACI sheet per project, two tables on one sheet). Validated in place,
 * it must report the same defects as the structured original, each at its own cells.
 */
import type { Finding } from "../../src/domain/findings";
import { samplePortfolio } from "../../src/domain/sample/portfolio";
import { FileHost } from "../../src/hosts/file/file-host";
import { validate } from "../../src/operations/validate";
import { settingsOf } from "../../src/cli/settings-from-workbook";
import { AS_OF, SEED, sampleBytes } from "./sample";

async function findingsOf(bytes: Uint8Array): Promise<readonly Finding[]> {
  const snap = await (await FileHost.fromBuffer(bytes)).read();
  return validate(snap, settingsOf(snap, AS_OF), AS_OF).findings;
}

describe("the messy copy and the structured original", () => {
  let structured: readonly Finding[];
  let messy: readonly Finding[];
  beforeAll(async () => {
    const bytes = await sampleBytes();
    [structured, messy] = await Promise.all([findingsOf(bytes.structured), findingsOf(bytes.messy)]);
  });

  /**
   * What a finding is about, whatever the layout: the rule and the row's key. RACI rows have an
   * Activity ID in the register but only a name (on a sheet per project) in the messy copy.
   */
  function identities(findings: readonly Finding[], layout: "structured" | "messy"): string[] {
    const state = samplePortfolio(SEED, AS_OF).stateAt(AS_OF);
    const activity = new Map(state.raci.map((r) => [r.activityId, `${r.projectId} ${r.activity}`]));
    return findings
      .map((f) => {
        if (f.rule === "raci/overloaded-person") return `${f.rule} ${f.key}`;
        if (f.register !== "raci") return `${f.rule} ${f.key}`;
        if (layout === "structured") return `${f.rule} ${activity.get(f.key) ?? f.key}`;
        return `${f.rule} ${/PRJ-\d+/.exec(f.sheet)?.[0] ?? ""} ${f.key}`;
      })
      .sort();
  }

  /**
   * Differences that come from detection (domain/ingest, the convert issue), not from the rules;
   * reported to its owner. Listed so that nothing else can slip in; once detection handles them
   * they simply stop appearing.
   *  - "DECISIONS", the title of the second table stacked on the Meeting Log sheet, is read as
   *    the last row of the action log above it;
   *  - the Doc Control sheet's "Doc Ref" column is not mapped to Document ID, so its rows are
   *    known by title.
   */
  const DETECTION_GAPS = new Set(["action/no-owner DECISIONS", "document/approved-without-approver Test Strategy — Customer Portal 2.0", "document/approved-without-approver DOC-PRJ02-3"]);

  it("report the same defects", () => {
    // Overload is one finding per person column: one for the register, one per sheet in the copy.
    const a = new Set(identities(messy, "messy"));
    const b = new Set(identities(structured, "structured"));
    const onlyMessy = [...a].filter((x) => !b.has(x) && !DETECTION_GAPS.has(x));
    const onlyStructured = [...b].filter((x) => !a.has(x) && !DETECTION_GAPS.has(x));
    expect({ onlyMessy, onlyStructured }).toEqual({ onlyMessy: [], onlyStructured: [] });
    expect(b.size).toBeGreaterThan(50);
    const count = (fs: readonly Finding[], layout: "structured" | "messy") => identities(fs, layout).filter((x) => !x.startsWith("raci/overloaded-person") && !DETECTION_GAPS.has(x)).length;
    expect(count(messy, "messy")).toBe(count(structured, "structured"));
  });

  it("each at its own cells: on the copy's sheets, never on a register sheet it does not have", () => {
    const sheets = new Set(messy.map((f) => f.sheet));
    expect(sheets.has("Milestones")).toBe(false);
    expect(sheets.has("Meilensteinplan")).toBe(true);
    const cycle = (fs: readonly Finding[]) => fs.filter((f) => f.rule === "milestone/dependency-cycle").map((f) => f.message);
    expect(cycle(messy)).toEqual(cycle(structured));
  });
});
