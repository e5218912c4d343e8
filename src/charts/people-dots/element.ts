import { css } from 'lit';
import type { PropertyValues } from 'lit';
import type { Results } from '../../core/results/types';
import type { ChartLayout, ChartSize } from '../marks';
import { FgChart, defineChart } from '../chart-element';
import { layoutPeopleDots } from './layout';
import { isDotKey, nextDot } from './navigation';

/**
 * `<fg-people-chart>`: a sample of people as dots, grouped by `attribute`, reached ones filled.
 *
 * Keyboard: the dots are one Tab stop (a roving tabindex); the arrow keys move between them, Home
 * and End go to the first and last; Enter or Space (or a click) opens the person inspector. Each
 * dot's name says who it is and whether they were reached, so a screen reader announces it on focus.
 *
 * @fires person-select - detail `{ person }`: the person's global index.
 */
export class FgPeopleChart extends FgChart {
  protected readonly heading = 'People as dots';
  protected readonly fileStem = 'people';
  /** The person whose dot holds the Tab stop (kept across redraws while they are in the sample). */
  private stop: number | undefined;

  static override styles = css`
    ${FgChart.styles}
    circle[data-person] { cursor: pointer; }
    circle[data-person]:focus { outline: none; }
    circle[data-person]:focus-visible { stroke: #000; stroke-width: 3px; outline: 3px solid #0072b2; outline-offset: 2px; }
  `;

  constructor() {
    super();
    this.addEventListener('click', (e) => {
      const dot = this.dotOf(e);
      if (dot) this.select(dot);
    });
    this.addEventListener('keydown', (e) => {
      const dot = this.dotOf(e);
      if (!dot) return;
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        this.select(dot);
      } else if (isDotKey(e.key)) {
        e.preventDefault();
        const dots = this.dots();
        const to = dots[nextDot(dots.map(centre), dots.indexOf(dot), e.key)];
        if (to) this.moveStop(to, true);
      }
    });
  }

  private dotOf(e: Event): SVGElement | undefined {
    const target = e.composedPath()[0];
    return target instanceof SVGElement && target.hasAttribute('data-person') ? target : undefined;
  }

  private dots(): SVGElement[] {
    return [...this.renderRoot.querySelectorAll<SVGElement>('[data-person]')];
  }

  private select(dot: SVGElement) {
    this.moveStop(dot, false);
    this.dispatchEvent(new CustomEvent('person-select', { detail: { person: Number(dot.getAttribute('data-person')) }, bubbles: true, composed: true }));
  }

  private moveStop(dot: SVGElement, focus: boolean) {
    for (const d of this.dots()) d.setAttribute('tabindex', d === dot ? '0' : '-1');
    this.stop = Number(dot.getAttribute('data-person'));
    if (focus) dot.focus();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const kept = this.stop === undefined ? undefined : this.dots().find((d) => d.getAttribute('data-person') === String(this.stop));
    if (kept) this.moveStop(kept, false);
  }

  protected override exportMetric(): string {
    return 'reached or not, per person of a sample';
  }

  protected computeLayout(results: Results, size: ChartSize): ChartLayout {
    return layoutPeopleDots(results, { policy: this.policy, attribute: this.attribute }, size);
  }
}

function centre(dot: SVGElement) {
  return { cx: Number(dot.getAttribute('cx')), cy: Number(dot.getAttribute('cy')) };
}

defineChart('fg-people-chart', FgPeopleChart);
