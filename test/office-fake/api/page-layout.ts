/** Worksheet.pageLayout (ExcelApi 1.9): orientation, paper, fit to pages, margins, print area and titles, headers and footers. */
import { MAX_COLS, formatAddress } from "../addresses";
import { fail } from "../errors";
import { FakeObject, type Readers } from "../object";
import type { FakeContext } from "../context";
import { FakeRange, rangeArg } from "./range";

const PAPER = ["A3", "A4", "A5", "Letter", "Legal", "Tabloid", "Executive"];
const SECTIONS = ["leftHeader", "centerHeader", "rightHeader", "leftFooter", "centerFooter", "rightFooter"] as const;

abstract class LayoutPart extends FakeObject<number> {
  constructor(
    context: FakeContext,
    private readonly parent: { boundTarget(): number },
  ) {
    super(context);
  }
  protected override bound(): number {
    return this.parent.boundTarget();
  }
  protected readers(): Readers {
    return {};
  }
  protected put(prop: string, value: unknown, check: () => void): void {
    this.setLater(prop, value, (id) => {
      this.context.requires("1.9", `pageLayout.${prop}`);
      check();
      this.context.state.sheetById(id).pageLayout[prop] = value;
    });
  }
}

class FakeHeaderFooter extends LayoutPart {
  constructor(context: FakeContext, parent: { boundTarget(): number }) {
    super(context, parent);
    for (const s of SECTIONS) {
      Object.defineProperty(this, s, {
        set: (v: unknown) => {
          this.put(s, v, () => {
            if (typeof v !== "string" || v.length > 255) fail("InvalidArgument", `${s} is text of at most 255 characters`);
          });
        },
      });
    }
  }
}

class FakeHeadersFooters extends LayoutPart {
  readonly defaultForAllPages = new FakeHeaderFooter(this.context, this);
}

export class FakePageLayout extends LayoutPart {
  readonly headersFooters = new FakeHeadersFooters(this.context, this);

  set orientation(v: string) {
    this.put("orientation", v, () => {
      if (v !== "Portrait" && v !== "Landscape") fail("InvalidArgument", `orientation ${v}`);
    });
  }
  set paperSize(v: string) {
    this.put("paperSize", v, () => {
      if (!PAPER.includes(v)) fail("InvalidArgument", `paperSize ${v}`);
    });
  }
  set zoom(v: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number }) {
    this.put("zoom", v, () => {
      const ok = typeof v === "object" && v !== null && Object.values(v).every((x) => Number.isInteger(x) && (x as number) >= 0);
      if (!ok || (v.scale !== undefined && (v.horizontalFitToPages !== undefined || v.verticalFitToPages !== undefined))) fail("InvalidArgument", `zoom ${JSON.stringify(v)}: a scale or pages to fit, whole numbers`);
    });
  }
  private margin(name: string, v: number): void {
    this.put(name, v, () => {
      if (typeof v !== "number" || v < 0 || v > 1000) fail("InvalidArgument", `${name} is in points`);
    });
  }
  set leftMargin(v: number) {
    this.margin("leftMargin", v);
  }
  set rightMargin(v: number) {
    this.margin("rightMargin", v);
  }
  set topMargin(v: number) {
    this.margin("topMargin", v);
  }
  set bottomMargin(v: number) {
    this.margin("bottomMargin", v);
  }
  set headerMargin(v: number) {
    this.margin("headerMargin", v);
  }
  set footerMargin(v: number) {
    this.margin("footerMargin", v);
  }

  setPrintArea(area: FakeRange | string): void {
    this.callLater("setPrintArea", [area], (id) => {
      this.context.requires("1.9", "pageLayout.setPrintArea");
      const t = rangeArg(this.context, area, id);
      this.context.state.sheetById(id).pageLayout.printArea = formatAddress(this.context.state.sheetById(id).name, t.rect);
    });
  }
  setPrintTitleRows(rows: FakeRange | string): void {
    this.callLater("setPrintTitleRows", [rows], (id) => {
      this.context.requires("1.9", "pageLayout.setPrintTitleRows");
      const t = rangeArg(this.context, rows, id);
      if (t.rect.left !== 0 || t.rect.right !== MAX_COLS - 1) fail("InvalidArgument", "print title rows are whole rows, e.g. $1:$4");
      this.context.state.sheetById(id).pageLayout.printTitleRows = formatAddress(this.context.state.sheetById(id).name, t.rect);
    });
  }
}
