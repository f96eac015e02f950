/** Charts of a worksheet: add from a range, then name, title, position, series and axis titles. */
import { a1 } from "../../../src/domain/a1";
import { formatAddress } from "../addresses";
import { fail } from "../errors";
import { FakeCollection, FakeObject, type Readers } from "../object";
import type { FakeContext } from "../context";
import type { ChartSeriesState, ChartState } from "../state";
import { FakeRange, rangeArg, type RangeTarget } from "./range";

const TYPES = ["Line", "LineMarkers", "ColumnClustered", "ColumnStacked", "BarClustered", "Pie", "XYScatter", "Area"];

interface ChartTarget {
  readonly sheetId: number;
  readonly chart: ChartState;
}

function addressOf(context: FakeContext, t: RangeTarget): string {
  return formatAddress(context.state.sheetById(t.sheetId).name, t.rect);
}

abstract class ChartPart<T> extends FakeObject<T> {
  protected readers(): Readers {
    return {};
  }
}

class FakeChartTitle extends ChartPart<ChartTarget> {
  constructor(
    context: FakeContext,
    private readonly parent: { boundTarget(): ChartTarget },
    private readonly apply: (c: ChartState, text: string) => void,
  ) {
    super(context);
  }
  protected override bound(): ChartTarget {
    return this.parent.boundTarget();
  }
  set text(v: string) {
    this.setLater("text", v, (t) => {
      if (typeof v !== "string" || v.length > 255) fail("InvalidArgument", "a chart title is text of at most 255 characters");
      this.apply(t.chart, v);
    });
  }
}

class FakeChartAxis extends ChartPart<ChartTarget> {
  readonly title: FakeChartTitle;
  constructor(
    context: FakeContext,
    private readonly parent: { boundTarget(): ChartTarget },
    private readonly which: "category" | "value",
  ) {
    super(context);
    this.title = new FakeChartTitle(context, this, (c, text) => (which === "category" ? (c.categoryTitle = text) : (c.valueTitle = text)));
  }
  protected override bound(): ChartTarget {
    return this.parent.boundTarget();
  }
  set numberFormat(v: string) {
    this.setLater("numberFormat", v, (t) => {
      this.context.requires("1.8", "ChartAxis.numberFormat");
      if (this.which !== "value" || typeof v !== "string") fail("InvalidArgument", "numberFormat of the value axis is text");
      t.chart.valueNumberFormat = v;
    });
  }
}

class FakeChartAxes extends ChartPart<ChartTarget> {
  readonly categoryAxis = new FakeChartAxis(this.context, this, "category");
  readonly valueAxis = new FakeChartAxis(this.context, this, "value");
  constructor(
    context: FakeContext,
    private readonly parent: { boundTarget(): ChartTarget },
  ) {
    super(context);
  }
  protected override bound(): ChartTarget {
    return this.parent.boundTarget();
  }
}

interface SeriesTarget extends ChartTarget {
  readonly series: ChartSeriesState;
}

export class FakeChartSeries extends ChartPart<SeriesTarget> {
  set name(v: string) {
    this.setLater("name", v, (t) => {
      if (typeof v !== "string") fail("InvalidArgument", "a series name is text");
      t.series.name = v;
    });
  }
  setValues(source: FakeRange): void {
    this.callLater("setValues", [source], (t) => {
      this.context.requires("1.7", "ChartSeries.setValues");
      t.series.values = addressOf(this.context, rangeArg(this.context, source, null));
    });
  }
  setXAxisValues(source: FakeRange): void {
    this.callLater("setXAxisValues", [source], (t) => {
      this.context.requires("1.7", "ChartSeries.setXAxisValues");
      t.series.xValues = addressOf(this.context, rangeArg(this.context, source, null));
    });
  }
  delete(): void {
    this.callLater("delete", [], (t) => {
      this.context.requires("1.7", "ChartSeries.delete");
      t.chart.series = t.chart.series.filter((s) => s !== t.series);
    });
  }
}

class FakeChartSeriesCollection extends ChartPart<ChartTarget> {
  constructor(
    context: FakeContext,
    private readonly parent: { boundTarget(): ChartTarget },
  ) {
    super(context);
  }
  protected override bound(): ChartTarget {
    return this.parent.boundTarget();
  }
  getItemAt(index: number): FakeChartSeries {
    return this.make(new FakeChartSeries(this.context), "getItemAt", [index], (t) => {
      const series = t.chart.series[index];
      return series ? { ...t, series } : null;
    });
  }
  add(name?: string): FakeChartSeries {
    return this.make(new FakeChartSeries(this.context), "add", [name ?? null], (t) => {
      this.context.requires("1.7", "ChartSeriesCollection.add");
      const series: ChartSeriesState = { name: name ?? `Series${t.chart.series.length + 1}`, values: null, xValues: null };
      t.chart.series.push(series);
      return { ...t, series };
    });
  }
}

export class FakeChart extends FakeObject<ChartTarget> {
  readonly title = new FakeChartTitle(this.context, this, (c, text) => (c.title = text));
  readonly axes = new FakeChartAxes(this.context, this);
  readonly series = new FakeChartSeriesCollection(this.context, this);

  protected readers(): Readers {
    return { name: () => this.bound().chart.name };
  }
  get name(): string {
    return this.loaded("name");
  }
  set name(v: string) {
    this.setLater("name", v, (t) => {
      const sheet = this.context.state.sheetById(t.sheetId);
      if (typeof v !== "string" || !v) fail("InvalidArgument", "a chart name is text");
      if (sheet.charts.some((c) => c !== t.chart && c.name.toLowerCase() === v.toLowerCase())) fail("ItemAlreadyExists", `a chart named ${v} is already on the sheet`);
      t.chart.name = v;
    });
  }
  setPosition(start: FakeRange | string, end?: FakeRange | string): void {
    this.callLater("setPosition", [start, end ?? null], (t) => {
      const s = rangeArg(this.context, start, t.sheetId).rect;
      t.chart.from = a1(s.top, s.left);
      if (end !== undefined) {
        const e = rangeArg(this.context, end, t.sheetId).rect;
        if (e.bottom < s.top || e.right < s.left) fail("InvalidArgument", "a chart's end cell is above or left of its start");
        t.chart.to = a1(e.bottom, e.right);
      }
    });
  }
  delete(): void {
    this.callLater("delete", [], (t) => {
      const sheet = this.context.state.sheetById(t.sheetId);
      sheet.charts = sheet.charts.filter((c) => c !== t.chart);
    });
  }
}

export class FakeChartCollection extends FakeCollection<number, FakeChart> {
  constructor(
    context: FakeContext,
    private readonly parent: { boundTarget(): number },
  ) {
    super(context);
  }
  protected override bound(): number {
    return this.parent.boundTarget();
  }
  protected enumerate(sheetId: number): FakeChart[] {
    return this.context.state.sheetById(sheetId).charts.map((chart) => new FakeChart(this.context, { sheetId, chart }));
  }
  getItem(name: string): FakeChart {
    return this.make(new FakeChart(this.context), "getItem", [name], (sheetId) => {
      const chart = this.context.state.sheetById(sheetId).charts.find((c) => c.name.toLowerCase() === name.toLowerCase());
      return chart ? { sheetId, chart } : null;
    });
  }
  /** One series per column of `source` (seriesBy "Columns"), named Series1, Series2 … */
  add(type: string, source: FakeRange, seriesBy: "Auto" | "Columns" | "Rows" = "Auto"): FakeChart {
    return this.make(new FakeChart(this.context), "add", [type, source, seriesBy], (sheetId) => {
      if (!TYPES.includes(type)) fail("InvalidArgument", `chart type ${type}`);
      if (seriesBy === "Rows") fail("NotModelled", "series by rows");
      const src = rangeArg(this.context, source, null);
      const sheet = this.context.state.sheetById(sheetId);
      const series: ChartSeriesState[] = [];
      for (let c = src.rect.left; c <= src.rect.right; c++) series.push({ name: `Series${series.length + 1}`, values: addressOf(this.context, { sheetId: src.sheetId, rect: { ...src.rect, left: c, right: c } }), xValues: null });
      const chart: ChartState = { id: this.context.state.newId(), name: `Chart ${sheet.charts.length + 1}`, type, title: "", from: null, to: null, series, categoryTitle: "", valueTitle: "", valueNumberFormat: "" };
      sheet.charts.push(chart);
      return { sheetId, chart };
    });
  }
}
