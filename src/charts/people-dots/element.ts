import { chartElement } from '../chart-factory';
import { layoutPeopleDots } from './layout';
import { installRovingDots } from './roving';

/**
 * `<fg-people-chart>`: a sample of people as dots, grouped by `attribute`, reached ones filled.
 * The dots are one Tab stop with the arrow keys between them (roving.ts); a click, Enter or Space
 * fires `person-select` (detail `{ person }`) for the person inspector.
 */
export const FgPeopleChart = chartElement({
  tag: 'fg-people-chart',
  heading: 'People as dots',
  fileStem: 'people',
  metric: () => 'reached or not, per person of a sample',
  layout: (results, chart, size) => layoutPeopleDots(results, { policy: chart.policy, attribute: chart.attribute }, size),
  setup: installRovingDots,
});
export type FgPeopleChart = InstanceType<typeof FgPeopleChart>;
