import type { Results } from '../../core/results/types';
import type { ChartLayout, ChartSize } from '../marks';
import type { RatioMetric } from '../lookup';
import { FgChart, defineChart } from '../chart-element';
import { layoutPolicyComparison } from './layout';
import type { ComparisonAxis } from './layout';

/**
 * `<fg-policy-comparison-chart>`: every policy's conversions (or cost per conversion) against its
 * worst group's ratio. Extra properties: `x` ('conversions' | 'costPerConversion'), `metric`.
 * `policy` is not used (all policies are drawn).
 */
export class FgPolicyComparisonChart extends FgChart {
  static override properties = { ...FgChart.properties, x: { type: String }, metric: { type: String } };
  declare x: ComparisonAxis;
  declare metric: RatioMetric | '';
  protected readonly heading = 'Policy comparison';
  protected readonly fileStem = 'policy-comparison';

  constructor() {
    super();
    this.x = 'conversions';
    this.metric = '';
  }

  protected override exportPolicy(): string {
    return 'every policy';
  }

  protected override exportMetric(results: Results): string {
    return `${this.x === 'costPerConversion' ? 'cost per expected conversion' : 'expected conversions'} against the worst group’s ${results.metric === 'disparateImpact' ? 'disparate impact' : 'representation ratio'}`;
  }

  protected computeLayout(results: Results, size: ChartSize): ChartLayout {
    return layoutPolicyComparison(results, { attribute: this.attribute, x: this.x, ...(this.metric ? { metric: this.metric } : {}) }, size);
  }
}

defineChart('fg-policy-comparison-chart', FgPolicyComparisonChart);
