/**
 * `<fg-sweep-frontier-chart>` and `<fg-sweep-metric-chart>`: the sweep charts in the same frame as
 * every other chart (the finding as a heading, the SVG, notes, SVG export and a data table).
 * Properties: `data` (SweepChartData | null), `parameter` (index of the parameter the lines
 * follow), `large`, `width`, `height`; the frontier's `x` ('conversions' | 'costPerConversion')
 * and the metric chart's `metric`.
 */
import { LitElement, html } from 'lit';
import { FgChart, LARGE_TEXT_SCALE, defineChart } from '../chart-element';
import type { ChartLayout, ChartSize } from '../marks';
import { DEFAULT_FONT_SIZE } from '../marks';
import { renderChart } from '../render';
import { renderChartEmpty, renderChartFigure } from '../chart-figure';
import { exportSvg } from '../export';
import type { SweepChartData } from './series';
import { layoutSweepFrontier } from './frontier-layout';
import type { FrontierAxis } from './frontier-layout';
import { layoutSweepMetric } from './metric-layout';
import type { SweepMetric } from './metric-layout';

abstract class FgSweepChart extends LitElement {
  static override properties = { data: { attribute: false }, parameter: { type: Number }, large: { type: Boolean, reflect: true }, width: { type: Number }, height: { type: Number } };
  static override styles = FgChart.styles;
  declare data: SweepChartData | null;
  declare parameter: number;
  declare large: boolean;
  declare width: number;
  declare height: number;
  protected abstract readonly heading: string;
  protected abstract readonly fileStem: string;
  protected abstract computeLayout(data: SweepChartData, size: ChartSize): ChartLayout;
  private layout: ChartLayout | null = null;
  private svg: SVGSVGElement | null = null;

  constructor() {
    super();
    this.data = null;
    this.parameter = 0;
    this.large = false;
    this.width = 640;
    this.height = 380;
  }

  protected override willUpdate(): void {
    const fontSize = DEFAULT_FONT_SIZE * (this.large ? LARGE_TEXT_SCALE : 1);
    this.layout = this.data ? this.computeLayout(this.data, { width: this.width, height: this.height, fontSize }) : null;
  }

  protected override render() {
    const layout = this.layout;
    if (!layout) return renderChartEmpty(this.heading, 'Run a sweep to see this chart.');
    return renderChartFigure(layout, this.heading, html`
      <button type="button" @click=${() => this.svg && exportSvg(this.svg, `${this.fileStem}.svg`)}>Export SVG<span class="sr-only"> of ${this.heading}</span></button>
    `);
  }

  protected override updated(): void {
    const host = this.renderRoot.querySelector('.plot');
    this.svg = host && this.layout ? renderChart(host, this.layout) : null;
  }

  get svgElement(): SVGSVGElement | null {
    return this.svg;
  }
}

export class FgSweepFrontierChart extends FgSweepChart {
  static override properties = { ...FgSweepChart.properties, x: { type: String } };
  declare x: FrontierAxis;
  protected readonly heading = 'Sweep frontier';
  protected readonly fileStem = 'sweep-frontier';
  constructor() {
    super();
    this.x = 'conversions';
  }
  protected computeLayout(data: SweepChartData, size: ChartSize): ChartLayout {
    return layoutSweepFrontier(data, { x: this.x, parameter: this.parameter }, size);
  }
}

export class FgSweepMetricChart extends FgSweepChart {
  static override properties = { ...FgSweepChart.properties, metric: { type: String } };
  declare metric: SweepMetric;
  protected readonly heading = 'Metric across the sweep';
  protected readonly fileStem = 'sweep-metric';
  constructor() {
    super();
    this.metric = 'expectedConversions';
  }
  protected computeLayout(data: SweepChartData, size: ChartSize): ChartLayout {
    return layoutSweepMetric(data, { metric: this.metric, parameter: this.parameter }, size);
  }
}

defineChart('fg-sweep-frontier-chart', FgSweepFrontierChart);
defineChart('fg-sweep-metric-chart', FgSweepMetricChart);
