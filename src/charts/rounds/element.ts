/**
 * `<fg-rounds-ratio-chart>` and `<fg-rounds-shares-chart>`: a market campaign round by round —
 * each group's ratio over the days, and its impression share against its reach share. Properties:
 * see FgChart (`policy`, `attribute` pick the campaign and the groups).
 */
import type { Results } from '../../core/results/types';
import type { ChartLayout, ChartSize } from '../marks';
import { FgChart, defineChart } from '../chart-element';
import { layoutRoundsRatio } from './ratio-layout';
import { layoutRoundsShares } from './shares-layout';

export class FgRoundsRatioChart extends FgChart {
  protected readonly heading = 'Ratio over the rounds';
  protected readonly fileStem = 'rounds-ratio';

  protected override exportMetric(): string {
    return 'reach share ÷ population share, round by round';
  }

  protected computeLayout(results: Results, size: ChartSize): ChartLayout {
    return layoutRoundsRatio(results, { policy: this.policy, attribute: this.attribute }, size);
  }
}

export class FgRoundsSharesChart extends FgChart {
  protected readonly heading = 'Impressions vs reach over the rounds';
  protected readonly fileStem = 'rounds-shares';

  protected override exportMetric(): string {
    return 'impression share and reach share, round by round';
  }

  protected computeLayout(results: Results, size: ChartSize): ChartLayout {
    return layoutRoundsShares(results, { policy: this.policy, attribute: this.attribute }, size);
  }
}

defineChart('fg-rounds-ratio-chart', FgRoundsRatioChart);
defineChart('fg-rounds-shares-chart', FgRoundsSharesChart);
