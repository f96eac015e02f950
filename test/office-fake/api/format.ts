/**
 * Range.format and its parts (font, fill, borders). The fake checks the values as Excel's
 * enums and units would, and records them per range so that tests can look at them.
 */
import type { RangeRef } from "../../../src/domain/a1";
import { fail } from "../errors";
import { FakeObject, type Readers } from "../object";
import type { FakeContext } from "../context";

export interface RangeTarget {
  readonly sheetId: number;
  readonly rect: RangeRef;
}

/** What a RangeAreas stands for: rectangles of one sheet. */
export interface AreasTarget {
  readonly sheetId: number;
  readonly rects: readonly RangeRef[];
}

type FormatTarget = RangeTarget | AreasTarget;

/** A RangeAreas' format sets each of its areas as if it were a range of its own. */
function rectsOf(t: FormatTarget): readonly RangeRef[] {
  return "rects" in t ? t.rects : [t.rect];
}

const H_ALIGN = ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"];
const V_ALIGN = ["Top", "Center", "Bottom", "Justify", "Distributed"];
const BORDER_INDEX = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal", "DiagonalDown", "DiagonalUp"];
const BORDER_STYLE = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"];
const BORDER_WEIGHT = ["Hairline", "Thin", "Medium", "Thick"];

export function checkColor(v: unknown, what: string): void {
  if (typeof v !== "string" || !/^#[0-9A-Fa-f]{6}$/.test(v)) fail("InvalidArgument", `${what} must be "#RRGGBB", not ${JSON.stringify(v)}`);
}

function oneOf(v: unknown, allowed: readonly string[], what: string): void {
  if (typeof v !== "string" || !allowed.includes(v)) fail("InvalidArgument", `${what} must be one of ${allowed.join(", ")}, not ${JSON.stringify(v)}`);
}

function bool(v: unknown, what: string): void {
  if (typeof v !== "boolean") fail("InvalidArgument", `${what} must be true or false`);
}

/** A part of Range.format: resolves through its parent range and records what is set. */
abstract class FormatPart extends FakeObject<FormatTarget> {
  constructor(
    context: FakeContext,
    private readonly parent: { boundTarget(): FormatTarget },
    private readonly prefix: string,
  ) {
    super(context);
  }
  protected override bound(): FormatTarget {
    return this.parent.boundTarget();
  }
  protected readers(): Readers {
    return {};
  }
  protected record(prop: string, value: unknown, check: (v: unknown) => void, also?: (t: RangeTarget) => void): void {
    this.setLater(`${this.prefix}${prop}`, value, (t) => {
      check(value);
      const sheet = this.context.state.sheetById(t.sheetId);
      for (const rect of rectsOf(t)) {
        sheet.styles.push({ rect, property: `${this.prefix}${prop}`, value });
        also?.({ sheetId: t.sheetId, rect });
      }
    });
  }
}

export class FakeRangeFont extends FormatPart {
  set bold(v: boolean) {
    this.record("bold", v, (x) => bool(x, "font.bold"));
  }
  set italic(v: boolean) {
    this.record("italic", v, (x) => bool(x, "font.italic"));
  }
  set size(v: number) {
    this.record("size", v, (x) => {
      if (typeof x !== "number" || x < 1 || x > 409) fail("InvalidArgument", "font.size must be 1–409 points");
    });
  }
  set color(v: string) {
    this.record("color", v, (x) => checkColor(x, "font.color"));
  }
}

export class FakeRangeFill extends FormatPart {
  set color(v: string) {
    this.record("color", v, (x) => checkColor(x, "fill.color"));
  }
}

export class FakeRangeBorder extends FormatPart {
  set style(v: string) {
    this.record("style", v, (x) => oneOf(x, BORDER_STYLE, "border.style"));
  }
  set color(v: string) {
    this.record("color", v, (x) => checkColor(x, "border.color"));
  }
  set weight(v: string) {
    this.record("weight", v, (x) => oneOf(x, BORDER_WEIGHT, "border.weight"));
  }
}

export class FakeRangeBorderCollection extends FormatPart {
  getItem(index: string): FakeRangeBorder {
    oneOf(index, BORDER_INDEX, "border index");
    return new FakeRangeBorder(this.context, this, `borders.${index}.`);
  }
}

export class FakeRangeFormat extends FormatPart {
  readonly font = new FakeRangeFont(this.context, this, "font.");
  readonly fill = new FakeRangeFill(this.context, this, "fill.");
  readonly borders = new FakeRangeBorderCollection(this.context, this, "borders.");

  set wrapText(v: boolean) {
    this.record("wrapText", v, (x) => bool(x, "wrapText"));
  }
  set horizontalAlignment(v: string) {
    this.record("horizontalAlignment", v, (x) => oneOf(x, H_ALIGN, "horizontalAlignment"));
  }
  set verticalAlignment(v: string) {
    this.record("verticalAlignment", v, (x) => oneOf(x, V_ALIGN, "verticalAlignment"));
  }
  /** Points. */
  set columnWidth(v: number) {
    this.record(
      "columnWidth",
      v,
      (x) => {
        if (typeof x !== "number" || x < 0 || x > 1800) fail("InvalidArgument", "columnWidth is in points, 0–1800");
      },
      (t) => {
        const sheet = this.context.state.sheetById(t.sheetId);
        for (let c = t.rect.left; c <= t.rect.right; c++) sheet.columnWidths.set(c, v);
      },
    );
  }
  /** Points. */
  set rowHeight(v: number) {
    this.record(
      "rowHeight",
      v,
      (x) => {
        if (typeof x !== "number" || x < 0 || x > 409) fail("InvalidArgument", "rowHeight is in points, 0–409");
      },
      (t) => {
        const sheet = this.context.state.sheetById(t.sheetId);
        for (let r = t.rect.top; r <= t.rect.bottom; r++) sheet.rowHeights.set(r, v);
      },
    );
  }
}
