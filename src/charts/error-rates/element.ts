import { chartElement } from '../chart-factory';
import { layoutErrorRates } from './layout';

/** `<fg-error-rates-chart>`: TPR, FPR and precision per group, with the equal-opportunity and equalised-odds differences. */
export const FgErrorRatesChart = chartElement({
  tag: 'fg-error-rates-chart',
  heading: 'Error rates per group',
  fileStem: 'error-rates',
  metric: () => 'TPR, FPR and precision, with equal-opportunity and equalised-odds differences',
  layout: (results, chart, size) => layoutErrorRates(results, { policy: chart.policy, attribute: chart.attribute }, size),
});
export type FgErrorRatesChart = InstanceType<typeof FgErrorRatesChart>;
