/**
 * Runs the examples of docs/rules.md (as ESLint checks its own doc examples): each rule's
 * section gives a register, maybe other registers, settings and an as-of date, and the findings
 * the rule must report — exactly those, in that order.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { REGISTERS } from "../registers/catalogue";
import type { RegisterKey } from "../registers/types";
import { SETTING_DEFS, type Settings } from "../settings";
import { RULES } from "./index";
import { runCase, type Grid, type TesterCase } from "./rule-tester";

const DOC = readFileSync(join(__dirname, "../../../docs/rules.md"), "utf8");

interface Example {
  readonly id: string;
  readonly severity: string;
  readonly text: string;
  readonly testCase: TesterCase;
  readonly findings: readonly { cell: string; message: string }[];
}

function registerByName(name: string): RegisterKey {
  const n = name.trim().toLowerCase();
  const def = REGISTERS.find((r) => r.sheet.toLowerCase() === n || r.title.toLowerCase() === n || r.key.toLowerCase() === n);
  if (!def) throw new Error(`docs/rules.md names an unknown register: ${name}`);
  return def.key;
}

function parseTable(lines: readonly string[]): Grid {
  const cells = (line: string) => line.trim().replace(/^\||\|$/g, "").split("|").map((c) => c.trim());
  const [header, , ...body] = lines;
  return [cells(header!), ...body.map((l) => cells(l).map((c) => (c === "" ? null : c)))];
}

function parseSetting(text: string): Partial<Settings> {
  const [label, value] = text.split("=").map((s) => s.trim());
  const def = SETTING_DEFS.find((d) => d.label.toLowerCase() === label!.toLowerCase());
  if (!def) throw new Error(`docs/rules.md names an unknown setting: ${label}`);
  return { [def.key]: def.kind === "text" ? value : Number(value) } as Partial<Settings>;
}

function parseExamples(doc: string): Example[] {
  const parts = doc.split(/^## `([^`]+)`\s*$/m);
  const out: Example[] = [];
  for (let i = 1; i < parts.length; i += 2) {
    const id = parts[i]!;
    const text = parts[i + 1]!;
    const lines = text.split("\n");
    let register: RegisterKey | undefined;
    let asOf: string | undefined;
    let settings: Partial<Settings> = {};
    let rows: Grid | undefined;
    const workbook: Partial<Record<RegisterKey, Grid>> = {};
    const findings: { cell: string; message: string }[] = [];
    let label: string | null = null;
    for (let j = 0; j < lines.length; j++) {
      const line = lines[j]!.trim();
      let m: RegExpExecArray | null;
      if ((m = /^Register: (.+)$/.exec(line))) register = registerByName(m[1]!);
      else if ((m = /^As of: (\d{4}-\d{2}-\d{2})$/.exec(line))) asOf = m[1]!;
      else if ((m = /^Setting: (.+)$/.exec(line))) settings = { ...settings, ...parseSetting(m[1]!) };
      else if ((m = /^Finding: `([A-Z]+\d+)` — (.+)$/.exec(line))) findings.push({ cell: m[1]!, message: m[2]! });
      else if ((m = /^([A-Za-z ]+):$/.exec(line))) label = m[1]!;
      else if (line.startsWith("|")) {
        const block: string[] = [];
        while (j < lines.length && lines[j]!.trim().startsWith("|")) block.push(lines[j++]!);
        const grid = parseTable(block);
        if (label) workbook[registerByName(label)] = grid;
        else if (!rows) rows = grid;
        else throw new Error(`${id}: a second unlabelled table`);
        label = null;
      }
    }
    const severity = /^\*\*(error|warning|info)\*\*/m.exec(text)?.[1] ?? "";
    if (!rows) throw new Error(`${id}: no example table`);
    const testCase: TesterCase = { rows, ...(register ? { register } : {}), ...(asOf ? { asOf } : {}), settings, workbook };
    out.push({ id, severity, text, testCase, findings });
  }
  return out;
}

const examples = parseExamples(DOC);

describe("docs/rules.md", () => {
  it("documents every rule once, in registry order", () => {
    expect(examples.map((e) => e.id)).toEqual(RULES.map((r) => r.meta.id));
  });

  it.each(examples.map((e) => [e.id, e] as const))("%s: its example gives exactly the documented findings", (id, example) => {
    const rule = RULES.find((r) => r.meta.id === id)!;
    expect(example.findings.length).toBeGreaterThan(0);
    expect(example.severity).toBe(rule.meta.severity);
    expect(example.text).toContain(rule.meta.docs.description);
    expect(example.text).toContain(rule.meta.docs.why);
    const found = runCase(rule, example.testCase).map((f) => ({ cell: f.cell, message: f.message }));
    expect(found).toEqual(example.findings);
  });
});
