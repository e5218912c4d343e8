/**
 * The people dots as one Tab stop (a roving tabindex): the arrow keys move between dots (see
 * navigation.ts), Home and End go to the first and last; Enter or Space (or a click) fires
 * `person-select` with the person's global index. Each dot's name says who it is and whether they
 * were reached (render.ts), so a screen reader announces it on focus. The Tab stop stays on the same
 * person across redraws while they are in the sample.
 */
import type { ReactiveControllerHost } from 'lit';
import { isDotKey, nextDot } from './navigation';

type Chart = HTMLElement & ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment };

export function installRovingDots(chart: Chart): void {
  let stop: string | null = null;
  const dots = () => [...chart.renderRoot.querySelectorAll<SVGElement>('[data-person]')];
  const dotOf = (e: Event) => {
    const target = e.composedPath()[0];
    return target instanceof SVGElement && target.hasAttribute('data-person') ? target : undefined;
  };
  const moveStop = (dot: SVGElement, focus: boolean) => {
    for (const d of dots()) d.setAttribute('tabindex', d === dot ? '0' : '-1');
    stop = dot.getAttribute('data-person');
    if (focus) dot.focus();
  };
  const select = (dot: SVGElement) => {
    moveStop(dot, false);
    chart.dispatchEvent(new CustomEvent('person-select', { detail: { person: Number(dot.getAttribute('data-person')) }, bubbles: true, composed: true }));
  };
  chart.addEventListener('click', (e) => {
    const dot = dotOf(e);
    if (dot) select(dot);
  });
  chart.addEventListener('keydown', (e) => {
    const dot = dotOf(e);
    if (!dot) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      select(dot);
    } else if (isDotKey(e.key)) {
      e.preventDefault();
      const all = dots();
      const centres = all.map((d) => ({ cx: Number(d.getAttribute('cx')), cy: Number(d.getAttribute('cy')) }));
      const to = all[nextDot(centres, all.indexOf(dot), e.key)];
      if (to) moveStop(to, true);
    }
  });
  // The chart draws its SVG in `updated`, after controllers' `hostUpdated`: wait for the update to finish.
  chart.addController({
    hostUpdated: () =>
      void chart.updateComplete.then(() => {
        const kept = stop === null ? undefined : dots().find((d) => d.getAttribute('data-person') === stop);
        if (kept) moveStop(kept, false);
      }),
  });
}
