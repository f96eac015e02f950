/** Data validation (ExcelApi 1.8), colour rules (1.6) and defined names. */
import { parseRange } from "../../../domain/a1";
import type { PlanOp } from "../../../plan/plan";
import { jsonBytes } from "../budget";
import { formulaText } from "../cells";
import type { ApplyEnv } from "./env";

type Op<K extends PlanOp["kind"]> = Extract<PlanOp, { kind: K }>;

/** Excel keeps at most 255 characters of a validation message and 32 of its title. */
const MESSAGE_MAX = 255;
const TITLE = "PMO Workbench";

function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

function validationRule(op: Op<"dataValidation">): Excel.DataValidationRule {
  const r = op.rule;
  switch (r.type) {
    case "list":
      return { list: { inCellDropDown: true, source: r.source } };
    case "whole":
      return { wholeNumber: { formula1: r.min, formula2: r.max, operator: "Between" } };
    case "decimal":
      return { decimal: { formula1: r.min, formula2: r.max, operator: "Between" } };
    case "date":
      // Any real date: later than 1900-01-01, as the file host writes it.
      return { date: { formula1: "1900-01-01", operator: "GreaterThan" } };
  }
}

export async function dataValidation(env: ApplyEnv, op: Op<"dataValidation">): Promise<void> {
  if (!env.features.api18) return env.skip(op, "data validation needs ExcelApi 1.8");
  const rule = validationRule(op);
  await env.batch.reserve(5, jsonBytes(rule) + jsonBytes(op.error ?? "") + jsonBytes(op.prompt ?? ""));
  const dv = env.worksheet(op.sheet).getRange(op.range).dataValidation;
  // One rule per cell: clearing first replaces what an earlier run put there.
  dv.clear();
  dv.rule = rule;
  dv.ignoreBlanks = true;
  if (op.error) dv.errorAlert = { showAlert: true, style: "Stop", title: TITLE, message: clip(op.error, MESSAGE_MAX) };
  if (op.prompt) dv.prompt = { showPrompt: true, title: TITLE, message: clip(op.prompt, MESSAGE_MAX) };
}

export type RuleShape = { readonly type: "cellValue"; readonly operator: string; readonly formula: string } | { readonly type: "custom"; readonly formula: string };

/** Identity of a colour rule, to find the one an earlier run added. */
export function conditionalRuleKey(r: RuleShape): string {
  return r.type === "cellValue" ? `CellValue|${r.operator}|${r.formula}` : `Custom|${r.formula}`;
}

function ruleShape(op: Op<"conditionalFormat">): RuleShape {
  return op.rule.type === "equals"
    ? { type: "cellValue", operator: "EqualTo", formula: `="${op.rule.text.replace(/"/g, '""')}"` }
    : { type: "custom", formula: formulaText(op.rule.formula) };
}

export async function conditionalFormat(env: ApplyEnv, op: Op<"conditionalFormat">): Promise<void> {
  if (!env.features.conditionalFormats) return env.skip(op, "colour rules need ExcelApi 1.6");
  const shape = ruleShape(op);
  const key = conditionalRuleKey(shape);
  const target = parseRange(op.range);
  // The same rule over part of this range (an earlier run, fewer rows) is replaced, not stacked.
  const sheet = env.model.sheet(op.sheet);
  if (sheet) {
    const old = sheet.conditionalFormats.filter((c) => c.key === key && c.rect.top >= target.top && c.rect.bottom <= target.bottom && c.rect.left >= target.left && c.rect.right <= target.right);
    for (const c of old) {
      await env.batch.reserve(1);
      c.item.delete();
    }
    sheet.conditionalFormats.splice(0, sheet.conditionalFormats.length, ...sheet.conditionalFormats.filter((c) => !old.includes(c)));
  }
  await env.batch.reserve(6, jsonBytes(shape));
  const range = env.worksheet(op.sheet).getRange(op.range);
  if (shape.type === "cellValue") {
    const cf = range.conditionalFormats.add("CellValue");
    cf.cellValue.rule = { formula1: shape.formula, operator: "EqualTo" };
    if (op.style.fill) cf.cellValue.format.fill.color = op.style.fill;
    if (op.style.fontColor) cf.cellValue.format.font.color = op.style.fontColor;
    if (op.style.bold) cf.cellValue.format.font.bold = true;
  } else {
    const cf = range.conditionalFormats.add("Custom");
    cf.custom.rule.formula = shape.formula;
    if (op.style.fill) cf.custom.format.fill.color = op.style.fill;
    if (op.style.fontColor) cf.custom.format.font.color = op.style.fontColor;
    if (op.style.bold) cf.custom.format.font.bold = true;
  }
}

export async function namedRange(env: ApplyEnv, op: Op<"namedRange">): Promise<void> {
  const names = env.context.workbook.names;
  const lower = op.name.toLowerCase();
  await env.batch.reserve(2, jsonBytes(op.ref) + jsonBytes(op.comment ?? ""));
  // A name is replaced, not duplicated (Excel refuses to add a name twice).
  if (env.model.names.has(lower)) names.getItem(op.name).delete();
  names.add(op.name, formulaText(op.ref), op.comment);
  env.model.names.add(lower);
}
