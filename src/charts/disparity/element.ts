import type { RatioMetric } from '../lookup';
import { metricName } from '../lookup';
import { chartElement } from '../chart-factory';
import { layoutDisparity } from './layout';

/**
 * `<fg-disparity-chart>`: representation ratio or disparate impact per group on a log scale.
 * Extra property: `metric` ('representationRatio' | 'disparateImpact' | '' for the audit's metric).
 */
export const FgDisparityChart = chartElement({
  tag: 'fg-disparity-chart',
  heading: 'Disparity per group',
  fileStem: 'disparity',
  extra: { metric: '' as RatioMetric | '' },
  metric: (results, chart) => metricName(chart.metric || results.metric),
  layout: (results, chart, size) =>
    layoutDisparity(results, { policy: chart.policy, attribute: chart.attribute, ...(chart.metric ? { metric: chart.metric } : {}) }, size),
});
export type FgDisparityChart = InstanceType<typeof FgDisparityChart>;
