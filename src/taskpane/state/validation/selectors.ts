import type { Finding, Severity } from "../../../domain/findings";
import type { SeverityCounts } from "./actions";
import type { ValidationState } from "./reducer";

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

export function countSeverities(findings: readonly Finding[]): SeverityCounts {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    if (f.severity === "error") errors++;
    else if (f.severity === "warning") warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}

/** The findings the severity filter lets through. */
export function visibleFindings(state: ValidationState): readonly Finding[] {
  const all = state.result?.findings ?? [];
  return state.severity === "all" ? all : all.filter((f) => f.severity === state.severity);
}

export interface SheetGroup {
  readonly sheet: string;
  readonly findings: readonly Finding[];
}

export interface RuleGroup {
  readonly rule: string;
  /** The most severe finding of the rule. */
  readonly severity: Severity;
  readonly count: number;
  readonly sheets: readonly SheetGroup[];
}

/** Row, then column order of an A1 address ("B10" after "C9"). */
function cellOrder(a: string, b: string): number {
  const pa = /^([A-Z]+)(\d+)$/.exec(a);
  const pb = /^([A-Z]+)(\d+)$/.exec(b);
  if (!pa || !pb) return a.localeCompare(b);
  const rows = Number(pa[2]) - Number(pb[2]);
  if (rows) return rows;
  return pa[1]!.length - pb[1]!.length || pa[1]!.localeCompare(pb[1]!);
}

/**
 * Findings by rule (most severe rules first, then by id), and within a rule by sheet (in the
 * order the sheets first appear), each sheet's findings in cell order.
 */
export function groupFindings(findings: readonly Finding[]): RuleGroup[] {
  const rules = new Map<string, Map<string, Finding[]>>();
  for (const f of findings) {
    let sheets = rules.get(f.rule);
    if (!sheets) rules.set(f.rule, (sheets = new Map()));
    const list = sheets.get(f.sheet);
    if (list) list.push(f);
    else sheets.set(f.sheet, [f]);
  }
  const groups: RuleGroup[] = [...rules].map(([rule, sheets]) => {
    const all = [...sheets.values()].flat();
    const severity = all.reduce<Severity>((worst, f) => (RANK[f.severity] < RANK[worst] ? f.severity : worst), "info");
    return {
      rule,
      severity,
      count: all.length,
      sheets: [...sheets].map(([sheet, list]) => ({ sheet, findings: [...list].sort((a, b) => cellOrder(a.cell, b.cell)) })),
    };
  });
  return groups.sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.rule.localeCompare(b.rule));
}

/** A stable key of a finding for React lists and selection. */
export function findingKey(f: Finding): string {
  return `${f.rule}|${f.sheet}|${f.cell}|${f.key}|${f.message}`;
}
