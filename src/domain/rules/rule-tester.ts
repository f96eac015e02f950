/**
 * A small RuleTester after ESLint's: each rule is tested with `valid` cases (no finding) and
 * `invalid` cases (exactly the expected findings, in order). It refuses an invalid case that
 * expects nothing and a case given twice, so that a rule's tests cannot pass by accident.
 *
 * The tester is free of any test framework: `checkRuleTests` returns one result per case, and
 * `RuleTester` hands them to the `describe`/`it` it is given (jest's, in our tests).
 */
import type { CellValue } from "../cell";
import type { Iso } from "../dates";
import type { Finding } from "../findings";
import type { RegisterData } from "../registers/data";
import type { RegisterKey } from "../registers/types";
import { DEFAULT_SETTINGS, type Settings } from "../settings";
import { registerFromRows } from "./grid-register";
import { placeholders, reporter, type AnyRule } from "./rule";
import { appliesTo, compareFindings, registerContext, toFinding, type RegisterInput } from "./run";

/** The as-of date of a case that gives none. */
export const TESTER_AS_OF: Iso = "2026-04-15";

export type Grid = readonly (readonly CellValue[])[];

export interface TesterCase {
  /** Shown in the test name; default: the case's index and first data row. */
  readonly name?: string;
  /** The register under test, header row first. */
  readonly rows: Grid;
  /** Default: the rule's register (required for rules on "any" register). */
  readonly register?: RegisterKey;
  /** Top-left cell of the header. Default A1. */
  readonly anchor?: string;
  /** False for a layout detected in someone's own sheet. Default true. */
  readonly structured?: boolean;
  readonly date1904?: boolean;
  readonly formats?: Readonly<Record<string, string>>;
  readonly settings?: Partial<Settings>;
  readonly asOf?: Iso;
  /** Other registers of the workbook (header row first), for the cross-register checks. */
  readonly workbook?: Partial<Record<RegisterKey, Grid>>;
}

export interface ExpectedFinding {
  readonly cell: string;
  readonly messageId?: string;
  /** The whole message, exactly. */
  readonly message?: string;
  readonly key?: string;
}

export interface InvalidCase extends TesterCase {
  readonly findings: readonly ExpectedFinding[];
}

export interface RuleTests {
  readonly valid: readonly TesterCase[];
  readonly invalid: readonly InvalidCase[];
}

export interface CaseResult {
  readonly name: string;
  /** Null when the case passes. */
  readonly error: string | null;
}

/** A finding with the message id it came from. */
export interface TestedFinding extends Finding {
  readonly messageId: string;
}

function caseData(rule: AnyRule, c: TesterCase): RegisterData {
  const key = c.register ?? (rule.meta.register === "any" ? null : rule.meta.register);
  if (!key) throw new Error(`rule ${rule.meta.id} applies to any register: each case must name its register`);
  return registerFromRows(key, c.rows, {
    ...(c.anchor ? { anchor: c.anchor } : {}),
    ...(c.structured !== undefined ? { structured: c.structured } : {}),
    ...(c.date1904 !== undefined ? { date1904: c.date1904 } : {}),
    ...(c.formats ? { formats: c.formats } : {}),
  });
}

/** Runs one rule on one case; the findings come sorted as the engine sorts them. */
export function runCase(rule: AnyRule, c: TesterCase): TestedFinding[] {
  const data = caseData(rule, c);
  const workbook = new Map<RegisterKey, RegisterData[]>([[data.register, [data]]]);
  for (const [key, grid] of Object.entries(c.workbook ?? {}) as [RegisterKey, Grid][]) {
    workbook.set(key, [...(workbook.get(key) ?? []), registerFromRows(key, grid)]);
  }
  const input: RegisterInput = { data };
  const ctx = registerContext(input, workbook, { ...DEFAULT_SETTINGS, ...c.settings }, c.asOf ?? TESTER_AS_OF, new Map());
  if (!appliesTo(rule, data)) return [];
  return rule
    .check(ctx, reporter)
    .map((r) => ({ ...toFinding(rule, data, r), messageId: r.messageId }))
    .sort(compareFindings);
}

function caseName(c: TesterCase, i: number, kind: string): string {
  if (c.name) return c.name;
  const first = (c.rows[1] ?? []).map((v) => (v === null ? "" : String(v))).join(" | ");
  return `${kind} #${i + 1}: ${first}`;
}

/** Serialised input of a case, to find cases given twice. */
function fingerprint(c: TesterCase): string {
  const { name: _name, ...rest } = c as InvalidCase;
  const { findings: _findings, ...input } = rest;
  return JSON.stringify(input);
}

function describeFinding(f: TestedFinding): string {
  return `${f.cell} ${f.messageId}: ${f.message}`;
}

function checkMessages(findings: readonly TestedFinding[]): string | null {
  const open = findings.find((f) => placeholders(f.message).length > 0);
  return open ? `message has an unfilled placeholder: ${open.message}` : null;
}

function compare(expected: readonly ExpectedFinding[], actual: readonly TestedFinding[]): string | null {
  if (expected.length !== actual.length) {
    return `expected ${expected.length} finding(s), got ${actual.length}:\n  ${actual.map(describeFinding).join("\n  ") || "(none)"}`;
  }
  for (let i = 0; i < expected.length; i++) {
    const e = expected[i]!;
    const a = actual[i]!;
    if (e.cell !== a.cell) return `finding ${i + 1}: expected cell ${e.cell}, got ${describeFinding(a)}`;
    if (e.messageId !== undefined && e.messageId !== a.messageId) return `finding ${i + 1}: expected message id ${e.messageId}, got ${describeFinding(a)}`;
    if (e.message !== undefined && e.message !== a.message) return `finding ${i + 1}: expected message "${e.message}", got "${a.message}"`;
    if (e.key !== undefined && e.key !== a.key) return `finding ${i + 1}: expected key ${e.key}, got ${a.key}`;
  }
  return null;
}

/** Checks every case of a rule; pure, for any test framework. */
export function checkRuleTests(rule: AnyRule, tests: RuleTests): CaseResult[] {
  const seen = new Map<string, string>();
  const duplicate = (c: TesterCase, name: string): string | null => {
    const fp = fingerprint(c);
    const first = seen.get(fp);
    if (first !== undefined) return `duplicate case: same input as "${first}"`;
    seen.set(fp, name);
    return null;
  };
  const run = (c: TesterCase, check: (found: TestedFinding[]) => string | null): string | null => {
    try {
      const found = runCase(rule, c);
      return checkMessages(found) ?? check(found);
    } catch (e) {
      return `the rule threw: ${e instanceof Error ? e.message : String(e)}`;
    }
  };
  const results: CaseResult[] = [];
  tests.valid.forEach((c, i) => {
    const name = caseName(c, i, "valid");
    const error = duplicate(c, name) ?? run(c, (found) => (found.length ? `expected no finding, got:\n  ${found.map(describeFinding).join("\n  ")}` : null));
    results.push({ name, error });
  });
  tests.invalid.forEach((c, i) => {
    const name = caseName(c, i, "invalid");
    const error =
      duplicate(c, name) ??
      (c.findings.length === 0 ? "an invalid case must expect at least one finding" : null) ??
      (c.findings.find((f) => f.messageId !== undefined && !(f.messageId in rule.meta.messages))
        ? `unknown message id in the expected findings (known: ${Object.keys(rule.meta.messages).join(", ")})`
        : null) ??
      run(c, (found) => compare(c.findings, found));
    results.push({ name, error });
  });
  if (!tests.invalid.length) results.push({ name: "has invalid cases", error: `rule ${rule.meta.id} has no invalid case: nothing shows that it fires` });
  if (!tests.valid.length) results.push({ name: "has valid cases", error: `rule ${rule.meta.id} has no valid case: nothing shows that it stays quiet` });
  return results;
}

/** The hooks of a test framework (jest's `describe` and `it`). */
export interface TestHooks {
  describe(name: string, body: () => void): void;
  it(name: string, body: () => void): void;
}

export class RuleTester {
  constructor(private readonly hooks: TestHooks) {}

  run(rule: AnyRule, tests: RuleTests): void {
    const results = checkRuleTests(rule, tests);
    this.hooks.describe(rule.meta.id, () => {
      for (const r of results) {
        this.hooks.it(r.name, () => {
          if (r.error) throw new Error(r.error);
        });
      }
    });
  }
}
