import type { Results } from '../../core/results/types';
import type { ChartLayout, ChartSize } from '../marks';
import { FgChart, defineChart } from '../chart-element';
import { layoutIntersectionHeatmap } from './layout';

/**
 * `<fg-intersection-chart>`: representation ratio per intersection cell. Extra property:
 * `intersection` (slice name such as `gender×age`; '' for the first). `attribute` is not used.
 */
export class FgIntersectionHeatmapChart extends FgChart {
  static override properties = { ...FgChart.properties, intersection: { type: String } };
  declare intersection: string;
  protected readonly heading = 'Intersections';
  protected readonly fileStem = 'intersections';

  constructor() {
    super();
    this.intersection = '';
  }

  protected override exportMetric(): string {
    return 'representation ratio';
  }

  protected computeLayout(results: Results, size: ChartSize): ChartLayout {
    return layoutIntersectionHeatmap(results, { policy: this.policy, intersection: this.intersection }, size);
  }
}

defineChart('fg-intersection-chart', FgIntersectionHeatmapChart);
