/**
 * `<fg-rounds-ratio-chart>`, `<fg-rounds-shares-chart>` and `<fg-rounds-policies-chart>`: a market
 * campaign round by round — each group's ratio over the days, its impression share against its
 * reach share, and the group furthest behind under every policy. Properties: see FgChart
 * (`policy`, `attribute` pick the campaign and the groups).
 */
import type { Results } from '../../core/results/types';
import type { ChartLayout, ChartSize } from '../marks';
import { FgChart, defineChart } from '../chart-element';
import { layoutRoundsRatio } from './ratio-layout';
import { layoutRoundsShares } from './shares-layout';
import { layoutRoundsPolicies } from './policies-layout';

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

export class FgRoundsPoliciesChart extends FgChart {
  protected readonly heading = 'One group under every policy';
  protected readonly fileStem = 'rounds-policies';

  protected override exportMetric(): string {
    return 'reach share ÷ population share of one group, round by round, per policy';
  }

  protected computeLayout(results: Results, size: ChartSize): ChartLayout {
    return layoutRoundsPolicies(results, { policy: this.policy, attribute: this.attribute }, size);
  }
}

defineChart('fg-rounds-ratio-chart', FgRoundsRatioChart);
defineChart('fg-rounds-policies-chart', FgRoundsPoliciesChart);
defineChart('fg-rounds-shares-chart', FgRoundsSharesChart);
