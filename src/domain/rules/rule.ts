/**
 * The shape of a validation rule (one module per rule, after ESLint's rule modules): metadata
 * that documents it, a message catalogue with named ids, and a pure `check` that reports the
 * cells breaking the rule. The engine (run.ts) turns reports into findings.
 */
import type { Iso } from "../dates";
import type { Severity } from "../findings";
import type { DataColumn, RegisterData } from "../registers/data";
import type { RowView } from "../registers/records";
import type { RegisterKey } from "../registers/types";
import type { Settings } from "../settings";

export interface RuleDocs {
  /** What the rule checks, one sentence. */
  readonly description: string;
  /** Why it matters to the method, one sentence. */
  readonly why: string;
}

export interface RuleMeta<M extends string> {
  /** Stable id (`raci/one-accountable`); the rule's file is named after it. */
  readonly id: string;
  /** The register whose rows the rule reads; "any" for rules on every register. */
  readonly register: RegisterKey | "any";
  readonly severity: Severity;
  readonly docs: RuleDocs;
  /** Message templates by id; `{{name}}` is replaced by `data.name`. */
  readonly messages: Readonly<Record<M, string>>;
}

export type MessageData = Readonly<Record<string, string | number>>;

export interface RuleReport<M extends string = string> {
  readonly messageId: M;
  readonly data?: MessageData;
  /** A1 address on the register's sheet: where the user will click. */
  readonly cell: string;
  /** The row's id or activity text, or the header for column findings. */
  readonly key: string;
}

/** A person (or role) column of a RACI matrix. */
export interface RaciPersonColumn {
  /** Index into `data.columns`. */
  readonly index: number;
  readonly column: DataColumn;
}

/** What a rule sees: one register's data, the settings and the rest of the workbook. */
export interface RuleContext {
  readonly data: RegisterData;
  /** Rows holding data (blank rows and rows with only calculated values left out). */
  readonly rows: readonly RowView[];
  readonly settings: Settings;
  /** The "today" of every date rule. */
  readonly asOf: Iso;
  /** RACI person columns (empty for other registers). */
  readonly people: readonly RaciPersonColumn[];
  /** The project of a sheet without a Project ID column, when the sheet names it; else null. */
  readonly project: string | null;
  /** Every register of the workbook by kind, for the cross-register checks (Stakeholders, Projects). */
  readonly workbook: ReadonlyMap<RegisterKey, readonly RegisterData[]>;
  /** Computes a value once per register (parsed rows shared by the rules of one register). */
  memo<T>(key: string, build: () => T): T;
  /** Computes a value once per workbook (look-up sets shared by every register). */
  shared<T>(key: string, build: () => T): T;
}

/** Builds a report; typed by the rule's message ids. */
export type Reporter<M extends string> = (messageId: M, cell: string, key: string, data?: MessageData) => RuleReport<M>;

export interface Rule<M extends string = string> {
  readonly meta: RuleMeta<M>;
  /**
   * Pure: returns the reports of one register. `report` only builds the report object; it is
   * there so that the message id is checked against `meta.messages` (NoInfer: the ids come from
   * the catalogue only, so an unknown id is a compile error).
   */
  check(ctx: RuleContext, report: Reporter<NoInfer<M>>): readonly RuleReport<NoInfer<M>>[];
}

export function reporter<M extends string>(messageId: M, cell: string, key: string, data?: MessageData): RuleReport<M> {
  return data ? { messageId, cell, key, data } : { messageId, cell, key };
}

/** Identity with inference: `defineRule({ meta: { messages: { a: "…" } }, check })` types `check`'s ids. */
export function defineRule<M extends string>(rule: Rule<M>): Rule<M> {
  return rule;
}

export type AnyRule = Rule<string>;

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/** A template split once into its text and placeholder parts (validation fills 100,000s of messages). */
const COMPILED = new Map<string, readonly (string | { readonly name: string; readonly raw: string })[]>();

function compile(template: string): readonly (string | { readonly name: string; readonly raw: string })[] {
  let parts = COMPILED.get(template);
  if (!parts) {
    const out: (string | { name: string; raw: string })[] = [];
    let last = 0;
    for (const m of template.matchAll(PLACEHOLDER)) {
      if (m.index > last) out.push(template.slice(last, m.index));
      out.push({ name: m[1]!, raw: m[0] });
      last = m.index + m[0].length;
    }
    if (last < template.length) out.push(template.slice(last));
    parts = out;
    COMPILED.set(template, parts);
  }
  return parts;
}

/** Fills a template; a placeholder without data is left visible so that tests catch it. */
export function formatMessage(template: string, data: MessageData = {}): string {
  let s = "";
  const parts = compile(template);
  for (let n = 0; n < parts.length; n++) {
    const p = parts[n]!;
    s += typeof p === "string" ? p : p.name in data ? String(data[p.name]) : p.raw;
  }
  return s;
}

/** Names of the placeholders of a template. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}
