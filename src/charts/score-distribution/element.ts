import { chartElement } from '../chart-factory';
import { layoutScoreDistribution } from './layout';

/** `<fg-score-distribution-chart>`: a policy's score distribution per group, with its thresholds. */
export const FgScoreDistributionChart = chartElement({
  tag: 'fg-score-distribution-chart',
  heading: 'Score distributions',
  fileStem: 'scores',
  metric: () => 'the policy’s score, per group, with the reach threshold',
  layout: (results, chart, size) => layoutScoreDistribution(results, { policy: chart.policy, attribute: chart.attribute }, size),
});
export type FgScoreDistributionChart = InstanceType<typeof FgScoreDistributionChart>;
