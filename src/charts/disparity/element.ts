import type { Results } from '../../core/results/types';
import type { ChartLayout, ChartSize } from '../marks';
import type { RatioMetric } from '../lookup';
import { metricName } from '../lookup';
import { FgChart, defineChart } from '../chart-element';
import { layoutDisparity } from './layout';

/**
 * `<fg-disparity-chart>`: representation ratio or disparate impact per group on a log scale.
 * Extra property: `metric` ('representationRatio' | 'disparateImpact' | '' for the audit's metric).
 */
export class FgDisparityChart extends FgChart {
  static override properties = { ...FgChart.properties, metric: { type: String } };
  declare metric: RatioMetric | '';
  protected readonly heading = 'Disparity per group';
  protected readonly fileStem = 'disparity';

  constructor() {
    super();
    this.metric = '';
  }

  protected override exportMetric(results: Results): string {
    return metricName(this.metric || results.metric);
  }

  protected computeLayout(results: Results, size: ChartSize): ChartLayout {
    return layoutDisparity(results, { policy: this.policy, attribute: this.attribute, ...(this.metric ? { metric: this.metric } : {}) }, size);
  }
}

defineChart('fg-disparity-chart', FgDisparityChart);
