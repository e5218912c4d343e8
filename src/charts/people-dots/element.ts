import type { Results } from '../../core/results/types';
import type { ChartLayout, ChartSize } from '../marks';
import { FgChart, defineChart } from '../chart-element';
import { layoutPeopleDots } from './layout';

/** `<fg-people-chart>`: a sample of people as dots, grouped by `attribute`, reached ones filled. */
export class FgPeopleChart extends FgChart {
  protected readonly heading = 'People as dots';
  protected readonly fileStem = 'people';

  constructor() {
    super();
    // A dot is a button (render.ts): a click, Enter or Space asks for that person's explanation.
    const pick = (e: Event) => {
      const target = e.composedPath()[0];
      const id = target instanceof Element ? target.getAttribute('data-person') : null;
      if (id === null) return;
      if (e instanceof KeyboardEvent) {
        if (e.key !== 'Enter' && e.key !== ' ') return;
        e.preventDefault();
      }
      this.dispatchEvent(new CustomEvent('person-select', { detail: { person: Number(id) }, bubbles: true, composed: true }));
    };
    this.addEventListener('click', pick);
    this.addEventListener('keydown', pick);
  }

  protected override exportMetric(): string {
    return 'reached or not, per person of a sample';
  }

  protected computeLayout(results: Results, size: ChartSize): ChartLayout {
    return layoutPeopleDots(results, { policy: this.policy, attribute: this.attribute }, size);
  }
}

defineChart('fg-people-chart', FgPeopleChart);
