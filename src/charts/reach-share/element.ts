import type { Results } from '../../core/results/types';
import type { ChartLayout, ChartSize } from '../marks';
import { FgChart, defineChart } from '../chart-element';
import { layoutReachShare } from './layout';

/** `<fg-reach-share-chart>`: reach share vs population share per group. Properties: see FgChart. */
export class FgReachShareChart extends FgChart {
  protected readonly heading = 'Reach vs population share';
  protected readonly fileStem = 'reach-share';

  protected override exportMetric(): string {
    return 'population share and reach share (representation ratio)';
  }

  protected computeLayout(results: Results, size: ChartSize): ChartLayout {
    return layoutReachShare(results, { policy: this.policy, attribute: this.attribute }, size);
  }
}

defineChart('fg-reach-share-chart', FgReachShareChart);
