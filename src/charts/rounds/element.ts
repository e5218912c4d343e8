/**
 * `<fg-rounds-ratio-chart>`, `<fg-rounds-shares-chart>` and `<fg-rounds-policies-chart>`: a market
 * campaign round by round — each group's ratio over the days, its impression share against its
 * reach share, and the group furthest behind under every policy. Properties: see FgChart
 * (`policy`, `attribute` pick the campaign and the groups).
 */
import { chartElement } from '../chart-factory';
import { layoutRoundsRatio } from './ratio-layout';
import { layoutRoundsShares } from './shares-layout';
import { layoutRoundsPolicies } from './policies-layout';

export const FgRoundsRatioChart = chartElement({
  tag: 'fg-rounds-ratio-chart',
  heading: 'Ratio over the rounds',
  fileStem: 'rounds-ratio',
  metric: () => 'reach share ÷ population share, round by round',
  layout: (results, chart, size) => layoutRoundsRatio(results, { policy: chart.policy, attribute: chart.attribute }, size),
});
export type FgRoundsRatioChart = InstanceType<typeof FgRoundsRatioChart>;

export const FgRoundsSharesChart = chartElement({
  tag: 'fg-rounds-shares-chart',
  heading: 'Impressions vs reach over the rounds',
  fileStem: 'rounds-shares',
  metric: () => 'impression share and reach share, round by round',
  layout: (results, chart, size) => layoutRoundsShares(results, { policy: chart.policy, attribute: chart.attribute }, size),
});
export type FgRoundsSharesChart = InstanceType<typeof FgRoundsSharesChart>;

export const FgRoundsPoliciesChart = chartElement({
  tag: 'fg-rounds-policies-chart',
  heading: 'One group under every policy',
  fileStem: 'rounds-policies',
  metric: () => 'reach share ÷ population share of one group, round by round, per policy',
  layout: (results, chart, size) => layoutRoundsPolicies(results, { policy: chart.policy, attribute: chart.attribute }, size),
});
export type FgRoundsPoliciesChart = InstanceType<typeof FgRoundsPoliciesChart>;
