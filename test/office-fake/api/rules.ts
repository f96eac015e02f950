/**
 * Data validation (ExcelApi 1.8) and conditional formats (1.6) of a range. The fake keeps
 * Excel's limits that a host can trip over: one rule per cell (clear before setting a new one),
 * error messages of at most 255 characters and titles of at most 32.
 */
import { contains, intersects, subtract } from "../addresses";
import { fail } from "../errors";
import { FakeCollection, FakeObject, type Readers } from "../object";
import type { FakeContext } from "../context";
import type { ConditionalFormatState } from "../state";
import { checkColor, type RangeTarget } from "./format";
import { FakeRange } from "./range";

const OPERATORS = ["Between", "NotBetween", "EqualTo", "NotEqualTo", "GreaterThan", "LessThan", "GreaterThanOrEqualTo", "LessThanOrEqualTo"];
const RULE_KINDS = ["list", "wholeNumber", "decimal", "date", "time", "textLength", "custom"];

type Parent = { boundTarget(): RangeTarget };

function record(v: unknown, what: string): Record<string, unknown> {
  if (typeof v !== "object" || v === null || Array.isArray(v)) fail("InvalidArgument", `${what} must be an object`);
  return v as Record<string, unknown>;
}

function text(v: unknown, max: number, what: string): void {
  if (v === undefined) return;
  if (typeof v !== "string") fail("InvalidArgument", `${what} must be text`);
  if (v.length > max) fail("InvalidArgument", `${what} is ${v.length} characters; Excel allows ${max}`);
}

function checkRule(rule: unknown): void {
  const r = record(rule, "rule");
  const kinds = Object.keys(r);
  if (kinds.length !== 1 || !RULE_KINDS.includes(kinds[0]!)) fail("InvalidArgument", `a rule has exactly one of ${RULE_KINDS.join(", ")}: ${JSON.stringify(rule)}`);
  const kind = kinds[0]!;
  const body = record(r[kind], kind);
  if (kind === "list") {
    if (typeof body.source !== "string" || body.source === "") fail("InvalidArgument", "list.source must be text");
    return;
  }
  if (kind === "custom") {
    if (typeof body.formula !== "string" || !body.formula.startsWith("=")) fail("InvalidArgument", "custom.formula must be a formula");
    return;
  }
  if (typeof body.operator !== "string" || !OPERATORS.includes(body.operator)) fail("InvalidArgument", `${kind}.operator must be one of ${OPERATORS.join(", ")}`);
  if (body.formula1 === undefined) fail("InvalidArgument", `${kind}.formula1 is required`);
  if ((body.operator === "Between" || body.operator === "NotBetween") && body.formula2 === undefined) fail("InvalidArgument", `${kind} ${body.operator} needs formula2`);
  if (kind === "date" && typeof body.formula1 === "string" && !body.formula1.startsWith("=") && Number.isNaN(Date.parse(body.formula1))) fail("InvalidArgument", `date.formula1 ${body.formula1} is not an ISO date`);
}

export class FakeDataValidation extends FakeObject<RangeTarget> {
  constructor(
    context: FakeContext,
    private readonly parent: Parent,
  ) {
    super(context);
  }
  protected override bound(): RangeTarget {
    return this.parent.boundTarget();
  }
  protected readers(): Readers {
    return {
      type: () => {
        const t = this.bound();
        const dv = this.context.state.sheetById(t.sheetId).validations.find((v) => contains(v.rect, t.rect));
        return dv ? Object.keys(dv.rule)[0] : "None";
      },
    };
  }
  get type(): string {
    return this.loaded("type");
  }

  clear(): void {
    this.callLater("dataValidation.clear", [], (t) => {
      this.context.requires("1.8", "DataValidation");
      const sheet = this.context.state.sheetById(t.sheetId);
      sheet.validations = sheet.validations.flatMap((v) => subtract(v.rect, t.rect).map((rect) => ({ ...v, rect })));
    });
  }

  set rule(v: Record<string, unknown>) {
    this.setLater("rule", v, (t) => {
      this.context.requires("1.8", "DataValidation");
      checkRule(v);
      const sheet = this.context.state.sheetById(t.sheetId);
      if (sheet.validations.some((x) => intersects(x.rect, t.rect))) fail("InvalidOperation", "the range already has data validation: clear() it before setting a rule");
      sheet.validations.push({ rect: t.rect, rule: v as Record<string, Record<string, unknown>>, ignoreBlanks: true });
    });
  }

  private update(prop: "errorAlert" | "prompt" | "ignoreBlanks", v: unknown, check: () => void): void {
    this.setLater(prop, v, (t) => {
      this.context.requires("1.8", "DataValidation");
      check();
      const targets = this.context.state.sheetById(t.sheetId).validations.filter((x) => contains(t.rect, x.rect));
      if (!targets.length) fail("InvalidOperation", `set the rule before ${prop}`);
      for (const x of targets) {
        if (prop === "ignoreBlanks") x.ignoreBlanks = v as boolean;
        else x[prop] = { ...(v as Record<string, unknown>) };
      }
    });
  }

  set errorAlert(v: { message?: string; showAlert?: boolean; style?: string; title?: string }) {
    this.update("errorAlert", v, () => {
      record(v, "errorAlert");
      text(v.message, 255, "errorAlert.message");
      text(v.title, 32, "errorAlert.title");
      if (v.style !== undefined && !["Stop", "Warning", "Information"].includes(v.style)) fail("InvalidArgument", `errorAlert.style ${v.style}`);
    });
  }

  set prompt(v: { message?: string; showPrompt?: boolean; title?: string }) {
    this.update("prompt", v, () => {
      record(v, "prompt");
      text(v.message, 255, "prompt.message");
      text(v.title, 32, "prompt.title");
    });
  }

  set ignoreBlanks(v: boolean) {
    this.update("ignoreBlanks", v, () => {
      if (typeof v !== "boolean") fail("InvalidArgument", "ignoreBlanks must be true or false");
    });
  }
}

// ------------------------------------------------------------------ conditional formats

interface CfTarget {
  readonly sheetId: number;
  readonly cf: ConditionalFormatState;
}

class CfFormatPart extends FakeObject<CfTarget> {
  constructor(
    context: FakeContext,
    private readonly parent: { boundTarget(): CfTarget },
    private readonly apply: (cf: ConditionalFormatState, value: unknown) => void,
  ) {
    super(context);
  }
  protected override bound(): CfTarget {
    return this.parent.boundTarget();
  }
  protected readers(): Readers {
    return {};
  }
  protected put(prop: string, value: unknown): void {
    this.setLater(prop, value, (t) => this.apply(t.cf, value));
  }
}

class CfFont extends CfFormatPart {
  set color(v: string) {
    this.put("color", v);
  }
  set bold(v: boolean) {
    this.put("bold", v);
  }
}
class CfFill extends CfFormatPart {
  set color(v: string) {
    this.put("color", v);
  }
}

class CfFormat extends CfFormatPart {
  readonly font = new CfFont(this.context, this, (cf, v) => {
    if (typeof v === "boolean") cf.format.bold = v;
    else {
      checkColor(v, "font.color");
      cf.format.fontColor = v as string;
    }
  });
  readonly fill = new CfFill(this.context, this, (cf, v) => {
    checkColor(v, "fill.color");
    cf.format.fill = v as string;
  });
}

/** cellValue or custom of a conditional format; using the one that does not match its type fails. */
class CfKind extends FakeObject<CfTarget> {
  readonly format = new CfFormat(this.context, this, () => undefined);
  constructor(
    context: FakeContext,
    private readonly parent: { boundTarget(): CfTarget },
    private readonly kind: ConditionalFormatState["type"],
  ) {
    super(context);
  }
  protected override bound(): CfTarget {
    const t = this.parent.boundTarget();
    if (t.cf.type !== this.kind) fail("InvalidOperation", `a ${t.cf.type} conditional format has no ${this.kind === "CellValue" ? "cellValue" : "custom"} part`);
    return t;
  }
  protected readers(): Readers {
    return { rule: () => this.bound().cf.rule };
  }
}

class CellValueCf extends CfKind {
  get rule(): Record<string, unknown> {
    return this.loaded("rule");
  }
  set rule(v: { formula1: string; formula2?: string; operator: string }) {
    this.setLater("rule", v, (t) => {
      const r = record(v, "cellValue.rule");
      if (typeof r.formula1 !== "string" || !OPERATORS.includes(String(r.operator))) fail("InvalidArgument", `cellValue.rule ${JSON.stringify(v)}`);
      t.cf.rule = { ...r };
    });
  }
}

class CustomRule extends FakeObject<CfTarget> {
  constructor(
    context: FakeContext,
    private readonly parent: { boundTarget(): CfTarget },
  ) {
    super(context);
  }
  protected override bound(): CfTarget {
    return this.parent.boundTarget();
  }
  protected readers(): Readers {
    return { formula: () => String(this.bound().cf.rule?.formula ?? "") };
  }
  get formula(): string {
    return this.loaded("formula");
  }
  set formula(v: string) {
    this.setLater("formula", v, (t) => {
      if (typeof v !== "string" || !v.startsWith("=")) fail("InvalidArgument", `custom.rule.formula must start with "=": ${JSON.stringify(v)}`);
      t.cf.rule = { formula: v };
    });
  }
}

class CustomCf extends CfKind {
  readonly rule = new CustomRule(this.context, this);
}

export class FakeConditionalFormat extends FakeObject<CfTarget> {
  readonly cellValue = new CellValueCf(this.context, this, "CellValue");
  readonly custom = new CustomCf(this.context, this, "Custom");

  protected readers(): Readers {
    return { id: () => this.bound().cf.id, type: () => this.bound().cf.type };
  }
  get id(): string {
    return this.loaded("id");
  }
  get type(): string {
    return this.loaded("type");
  }
  getRange(): FakeRange {
    return this.make(new FakeRange(this.context), "getRange", [], (t) => ({ sheetId: t.sheetId, rect: t.cf.rect }));
  }
  delete(): void {
    this.callLater("delete", [], (t) => {
      const sheet = this.context.state.sheetById(t.sheetId);
      sheet.conditionalFormats = sheet.conditionalFormats.filter((x) => x.id !== t.cf.id);
    });
  }
}

export class FakeConditionalFormatCollection extends FakeCollection<RangeTarget, FakeConditionalFormat> {
  constructor(
    context: FakeContext,
    private readonly parent: Parent,
  ) {
    super(context);
  }
  protected override bound(): RangeTarget {
    return this.parent.boundTarget();
  }
  protected enumerate(t: RangeTarget): FakeConditionalFormat[] {
    this.context.requires("1.6", "ConditionalFormats");
    return this.context.state
      .sheetById(t.sheetId)
      .conditionalFormats.filter((cf) => intersects(cf.rect, t.rect))
      .map((cf) => new FakeConditionalFormat(this.context, { sheetId: t.sheetId, cf }));
  }

  add(type: "CellValue" | "Custom"): FakeConditionalFormat {
    return this.make(new FakeConditionalFormat(this.context), "add", [type], (t) => {
      this.context.requires("1.6", "ConditionalFormats");
      if (type !== "CellValue" && type !== "Custom") fail("NotModelled", `conditional format type ${type}`);
      const cf: ConditionalFormatState = { id: `cf${this.context.state.newId()}`, rect: t.rect, type, rule: null, format: {} };
      this.context.state.sheetById(t.sheetId).conditionalFormats.push(cf);
      return { sheetId: t.sheetId, cf };
    });
  }

  clearAll(): void {
    this.callLater("clearAll", [], (t) => {
      this.context.requires("1.6", "ConditionalFormats");
      const sheet = this.context.state.sheetById(t.sheetId);
      sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !intersects(cf.rect, t.rect));
    });
  }
}
