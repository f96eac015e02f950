/**
 * Validation health: error, warning and info counts by register, and the rule found most on
 * each, from the findings of validation. A project's report counts only the findings on that
 * project's rows; findings on headers or on registers without a Project ID belong to the
 * workbook, not to a project, and appear in the portfolio's report only.
 */
import type { Finding } from "../findings";
import { REGISTERS } from "../registers/catalogue";
import { rowViews } from "../registers/records";
import type { RegisterKey } from "../registers/types";
import type { HealthLine, ReportScope } from "./model";
import { inScope, type Registers } from "./rows";

/** "sheet\u0000row" (1-based) of every row of the scope, over the registers that have a Project ID. */
function scopeRowKeys(registers: Registers, scope: ReportScope): Set<string> {
  const out = new Set<string>();
  for (const data of registers.values()) {
    if (!data.columns.some((c) => c.key === "projectId")) continue;
    for (const r of rowViews(data)) if (inScope(r, scope)) out.add(`${data.sheet.toLowerCase()}\u0000${r.row + 1}`);
  }
  return out;
}

/** Registers to list: every register the workbook has or a finding names, in catalogue order; history registers only when they have findings. */
function listed(registers: Registers, findings: readonly Finding[], scope: ReportScope): RegisterKey[] {
  const named = new Set<RegisterKey>(findings.map((f) => f.register));
  return REGISTERS.filter((def) => {
    if (named.has(def.key)) return true;
    if (def.generated || !registers.has(def.key)) return false;
    return scope.kind === "portfolio" || def.columns.some((c) => c.key === "projectId");
  }).map((def) => def.key);
}

export function healthLines(registers: Registers, findings: readonly Finding[], scope: ReportScope): HealthLine[] {
  const rows = scope.kind === "project" ? scopeRowKeys(registers, scope) : null;
  const mine = rows ? findings.filter((f) => rows.has(`${f.sheet.toLowerCase()}\u0000${f.row}`)) : findings;
  return listed(registers, mine, scope).map((key): HealthLine => {
    const of = mine.filter((f) => f.register === key);
    const byRule = new Map<string, number>();
    for (const f of of) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
    let topRule: HealthLine["topRule"] = null;
    for (const [rule, count] of byRule) if (!topRule || count > topRule.count || (count === topRule.count && rule < topRule.rule)) topRule = { rule, count };
    return {
      register: key,
      title: REGISTERS.find((d) => d.key === key)!.title,
      errors: of.filter((f) => f.severity === "error").length,
      warnings: of.filter((f) => f.severity === "warning").length,
      infos: of.filter((f) => f.severity === "info").length,
      topRule,
    };
  });
}
