import { checkRuleTests, RuleTester } from "./rule-tester";
import { defineRule } from "./rule";
import oneAccountable from "./raci/one-accountable";

const header = ["Activity ID", "Activity", "Jane", "Tom"];
const twoA = [header, ["1", "Design", "A", "A"]];
const oneA = [header, ["1", "Design", "A", "R"]];

describe("RuleTester", () => {
  it("passes matching cases", () => {
    const results = checkRuleTests(oneAccountable, { valid: [{ rows: oneA }], invalid: [{ rows: twoA, findings: [{ cell: "B2", messageId: "many" }] }] });
    expect(results.map((r) => r.error)).toEqual([null, null]);
  });

  it("fails an invalid case that expects no finding", () => {
    const [, r] = checkRuleTests(oneAccountable, { valid: [{ rows: oneA }], invalid: [{ rows: twoA, findings: [] }] });
    expect(r!.error).toMatch(/at least one finding/);
  });

  it("fails a case given twice, valid or invalid", () => {
    const results = checkRuleTests(oneAccountable, {
      valid: [{ name: "first", rows: oneA }, { name: "again", rows: oneA }],
      invalid: [{ rows: twoA, findings: [{ cell: "B2" }] }, { name: "same", rows: twoA, findings: [{ cell: "B2", messageId: "many" }] }],
    });
    expect(results.map((r) => r.error)).toEqual([null, 'duplicate case: same input as "first"', null, expect.stringMatching(/^duplicate case/)]);
  });

  it("fails a valid case that fires, and an invalid case with other findings", () => {
    const results = checkRuleTests(oneAccountable, { valid: [{ rows: twoA }], invalid: [{ rows: [header, ["1", "Design", "R", "C"]], findings: [{ cell: "B2", messageId: "many" }] }, { rows: [header, ["2", "Build", "A", "A"]], findings: [{ cell: "C2" }] }] });
    expect(results[0]!.error).toMatch(/expected no finding/);
    expect(results[1]!.error).toMatch(/expected message id many/);
    expect(results[2]!.error).toMatch(/expected cell C2/);
  });

  it("fails an expected message id the rule does not have", () => {
    const [, r] = checkRuleTests(oneAccountable, { valid: [{ rows: oneA }], invalid: [{ rows: twoA, findings: [{ cell: "B2", messageId: "nope" }] }] });
    expect(r!.error).toMatch(/unknown message id/);
  });

  it("fails a rule without valid or without invalid cases", () => {
    const results = checkRuleTests(oneAccountable, { valid: [], invalid: [] });
    expect(results.map((r) => r.error)).toEqual([expect.stringMatching(/no invalid case/), expect.stringMatching(/no valid case/)]);
  });

  it("fails a message with an unfilled placeholder", () => {
    const broken = defineRule({
      meta: { id: "test/broken", register: "raci", severity: "error", docs: { description: "d", why: "w" }, messages: { m: "{{missing}} value" } },
      check: (ctx, report) => ctx.rows.map((r) => report("m", `A${r.row + 1}`, "k")),
    });
    const [, r] = checkRuleTests(broken, { valid: [{ rows: [header] }], invalid: [{ rows: oneA, findings: [{ cell: "A2" }] }] });
    expect(r!.error).toMatch(/unfilled placeholder/);
  });

  it("hands each case to the framework's describe and it", () => {
    const names: string[] = [];
    new RuleTester({ describe: (n, body) => (names.push(n), body()), it: (n) => names.push(n) }).run(oneAccountable, { valid: [{ name: "ok", rows: oneA }], invalid: [{ name: "two", rows: twoA, findings: [{ cell: "B2" }] }] });
    expect(names).toEqual(["raci/one-accountable", "ok", "two"]);
  });

  it("types message ids: an unknown id does not compile", () => {
    defineRule({
      meta: { id: "test/typed", register: "raci", severity: "error", docs: { description: "d", why: "w" }, messages: { known: "x" } },
      // @ts-expect-error "unknown" is not a message id of this rule
      check: (_ctx, report) => [report("unknown", "A1", "k")],
    });
  });
});
