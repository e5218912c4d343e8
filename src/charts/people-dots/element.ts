import { chartElement } from '../chart-factory';
import { layoutPeopleDots } from './layout';

/** `<fg-people-chart>`: a sample of people as dots, grouped by `attribute`, reached ones filled. */
export const FgPeopleChart = chartElement({
  tag: 'fg-people-chart',
  heading: 'People as dots',
  fileStem: 'people',
  metric: () => 'reached or not, per person of a sample',
  layout: (results, chart, size) => layoutPeopleDots(results, { policy: chart.policy, attribute: chart.attribute }, size),
  setup(chart) {
    // A dot is a button (render.ts): a click, Enter or Space asks for that person's explanation.
    const pick = (e: Event) => {
      const target = e.composedPath()[0];
      const id = target instanceof Element ? target.getAttribute('data-person') : null;
      if (id === null) return;
      if (e instanceof KeyboardEvent) {
        if (e.key !== 'Enter' && e.key !== ' ') return;
        e.preventDefault();
      }
      chart.dispatchEvent(new CustomEvent('person-select', { detail: { person: Number(id) }, bubbles: true, composed: true }));
    };
    chart.addEventListener('click', pick);
    chart.addEventListener('keydown', pick);
  },
});
export type FgPeopleChart = InstanceType<typeof FgPeopleChart>;
