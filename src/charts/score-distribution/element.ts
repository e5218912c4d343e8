import type { Results } from '../../core/results/types';
import type { ChartLayout, ChartSize } from '../marks';
import { FgChart, defineChart } from '../chart-element';
import { layoutScoreDistribution } from './layout';

/** `<fg-score-distribution-chart>`: a policy's score distribution per group, with its thresholds. */
export class FgScoreDistributionChart extends FgChart {
  protected readonly heading = 'Score distributions';
  protected readonly fileStem = 'scores';

  protected override exportMetric(): string {
    return 'the policy’s score, per group, with the reach threshold';
  }

  protected computeLayout(results: Results, size: ChartSize): ChartLayout {
    return layoutScoreDistribution(results, { policy: this.policy, attribute: this.attribute }, size);
  }
}

defineChart('fg-score-distribution-chart', FgScoreDistributionChart);
