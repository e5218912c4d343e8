import { chartElement } from '../chart-factory';
import { layoutIntersectionHeatmap } from './layout';

/**
 * `<fg-intersection-chart>`: representation ratio per intersection cell. Extra property:
 * `intersection` (slice name such as `gender×age`; '' for the first). `attribute` is not used.
 */
export const FgIntersectionHeatmapChart = chartElement({
  tag: 'fg-intersection-chart',
  heading: 'Intersections',
  fileStem: 'intersections',
  extra: { intersection: '' },
  metric: () => 'representation ratio',
  layout: (results, chart, size) => layoutIntersectionHeatmap(results, { policy: chart.policy, intersection: chart.intersection }, size),
});
export type FgIntersectionHeatmapChart = InstanceType<typeof FgIntersectionHeatmapChart>;
