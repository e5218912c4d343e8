import { chartElement } from '../chart-factory';
import { layoutReachShare } from './layout';

/** `<fg-reach-share-chart>`: reach share vs population share per group. Properties: see FgChart. */
export const FgReachShareChart = chartElement({
  tag: 'fg-reach-share-chart',
  heading: 'Reach vs population share',
  fileStem: 'reach-share',
  metric: () => 'population share and reach share (representation ratio)',
  layout: (results, chart, size) => layoutReachShare(results, { policy: chart.policy, attribute: chart.attribute }, size),
});
export type FgReachShareChart = InstanceType<typeof FgReachShareChart>;
