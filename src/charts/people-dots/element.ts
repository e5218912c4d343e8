import type { Results } from '../../core/results/types';
import type { ChartLayout, ChartSize } from '../marks';
import { FgChart, defineChart } from '../chart-element';
import { layoutPeopleDots } from './layout';

/** `<fg-people-chart>`: a sample of people as dots, grouped by `attribute`, reached ones filled. */
export class FgPeopleChart extends FgChart {
  protected readonly heading = 'People as dots';
  protected readonly fileStem = 'people';

  protected override exportMetric(): string {
    return 'reached or not, per person of a sample';
  }

  protected computeLayout(results: Results, size: ChartSize): ChartLayout {
    return layoutPeopleDots(results, { policy: this.policy, attribute: this.attribute }, size);
  }
}

defineChart('fg-people-chart', FgPeopleChart);
