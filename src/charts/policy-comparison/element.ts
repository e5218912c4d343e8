import type { RatioMetric } from '../lookup';
import { chartElement } from '../chart-factory';
import { layoutPolicyComparison } from './layout';
import type { ComparisonAxis } from './layout';

/**
 * `<fg-policy-comparison-chart>`: every policy's conversions (or cost per conversion) against its
 * worst group's ratio. Extra properties: `x` ('conversions' | 'costPerConversion'), `metric`.
 * `policy` is not used (all policies are drawn).
 */
export const FgPolicyComparisonChart = chartElement({
  tag: 'fg-policy-comparison-chart',
  heading: 'Policy comparison',
  fileStem: 'policy-comparison',
  extra: { x: 'conversions' as ComparisonAxis, metric: '' as RatioMetric | '' },
  exportPolicy: 'every policy',
  metric: (results, chart) =>
    `${chart.x === 'costPerConversion' ? 'cost per expected conversion' : 'expected conversions'} against the worst group’s ${results.metric === 'disparateImpact' ? 'disparate impact' : 'representation ratio'}`,
  layout: (results, chart, size) =>
    layoutPolicyComparison(results, { attribute: chart.attribute, x: chart.x, ...(chart.metric ? { metric: chart.metric } : {}) }, size),
});
export type FgPolicyComparisonChart = InstanceType<typeof FgPolicyComparisonChart>;
