/**
 * One factory for the chart elements: a chart is its tag, heading, file stem, what it measures
 * (for exports) and its layout; the shell (FgChart) does the rest. Extra string properties are
 * given with their defaults and become reactive properties of the element.
 */
import type { Results } from '../core/results/types';
import type { ChartLayout, ChartSize } from './marks';
import { FgChart, defineChart } from './chart-element';

/** A chart element with its extra string properties. */
export type ChartElement<Extra extends object> = FgChart & Extra;

export interface ChartSpec<Extra extends object> {
  tag: string;
  /** The chart's name, shown above the finding and used in export file names. */
  heading: string;
  fileStem: string;
  /** Extra string properties beyond FgChart's (policy, attribute, …), with their defaults. */
  extra?: Extra;
  /** What the chart measures, for its exports (default: the audit's verdict metric). */
  metric?: (results: Results, chart: ChartElement<Extra>) => string;
  /** Which policy the exports name (default: the chart's policy). */
  exportPolicy?: string;
  layout(results: Results, chart: ChartElement<Extra>, size: ChartSize): ChartLayout;
  /** Runs once per element, in its constructor (event listeners). */
  setup?(chart: ChartElement<Extra>): void;
}

/** Defines the chart element `spec.tag` (once) and returns its class. */
export function chartElement<Extra extends object = Record<never, never>>(spec: ChartSpec<Extra>): new () => ChartElement<Extra> {
  const extraProperties = Object.fromEntries(Object.keys(spec.extra ?? {}).map((name) => [name, { type: String }]));
  class Chart extends FgChart {
    static override properties = { ...FgChart.properties, ...extraProperties };
    protected readonly heading = spec.heading;
    protected readonly fileStem = spec.fileStem;

    constructor() {
      super();
      Object.assign(this, spec.extra);
      spec.setup?.(this.self);
    }

    /** This element with its extra properties (set in the constructor above). */
    private get self(): ChartElement<Extra> {
      return this as unknown as ChartElement<Extra>;
    }

    protected override exportMetric(results: Results): string {
      return spec.metric ? spec.metric(results, this.self) : super.exportMetric(results);
    }

    protected override exportPolicy(results: Results): string {
      return spec.exportPolicy ?? super.exportPolicy(results);
    }

    protected computeLayout(results: Results, size: ChartSize): ChartLayout {
      return spec.layout(results, this.self, size);
    }
  }
  defineChart(spec.tag, Chart);
  return Chart as unknown as new () => ChartElement<Extra>;
}
