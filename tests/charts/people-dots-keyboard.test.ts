// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import '../../src/charts';
import type { FgPeopleChart } from '../../src/charts/people-dots/element';
import { nextDot } from '../../src/charts/people-dots/navigation';
import { fixture } from './fixture';

/** A 3-wide grid of 7 dots: rows y=0 (0,1,2), y=10 (3,4,5), then a group label and y=30 (6). */
const GRID = [
  { cx: 0, cy: 0 }, { cx: 10, cy: 0 }, { cx: 20, cy: 0 },
  { cx: 0, cy: 10 }, { cx: 10, cy: 10 }, { cx: 20, cy: 10 },
  { cx: 20, cy: 30 },
];

describe('nextDot', () => {
  it('steps through reading order with Left and Right, stopping at the ends', () => {
    expect(nextDot(GRID, 2, 'ArrowRight')).toBe(3);
    expect(nextDot(GRID, 3, 'ArrowLeft')).toBe(2);
    expect(nextDot(GRID, 0, 'ArrowLeft')).toBe(0);
    expect(nextDot(GRID, 6, 'ArrowRight')).toBe(6);
  });

  it('goes to the nearest row below or above, to the dot closest in x', () => {
    expect(nextDot(GRID, 1, 'ArrowDown')).toBe(4);
    expect(nextDot(GRID, 4, 'ArrowUp')).toBe(1);
    // The next group's row has one dot, at x=20: down from x=0 lands on it.
    expect(nextDot(GRID, 3, 'ArrowDown')).toBe(6);
    expect(nextDot(GRID, 6, 'ArrowUp')).toBe(5);
    expect(nextDot(GRID, 6, 'ArrowDown')).toBe(6);
    expect(nextDot(GRID, 0, 'ArrowUp')).toBe(0);
  });

  it('Home and End go to the first and last dot; no dots gives -1', () => {
    expect(nextDot(GRID, 4, 'Home')).toBe(0);
    expect(nextDot(GRID, 4, 'End')).toBe(6);
    expect(nextDot([], 0, 'End')).toBe(-1);
  });
});

describe('<fg-people-chart> keyboard', () => {
  async function mount() {
    const element = document.createElement('fg-people-chart') as FgPeopleChart;
    element.results = fixture();
    element.policy = 'delivery';
    element.attribute = 'gender';
    document.body.append(element);
    await element.updateComplete;
    return element;
  }
  const stops = (e: FgPeopleChart) => [...e.shadowRoot!.querySelectorAll('[data-person]')].filter((d) => d.getAttribute('tabindex') === '0');

  it('the dots are one Tab stop; an arrow key moves it and Enter selects that person', async () => {
    const element = await mount();
    const dots = [...element.shadowRoot!.querySelectorAll<SVGElement>('[data-person]')];
    expect(dots).toHaveLength(8);
    expect(stops(element)).toEqual([dots[0]]);
    const picked: number[] = [];
    element.addEventListener('person-select', (e) => picked.push((e as CustomEvent<{ person: number }>).detail.person));
    dots[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    expect(stops(element)).toEqual([dots[1]]);
    dots[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    expect(picked).toEqual([Number(dots[1]!.getAttribute('data-person'))]);
    // The name a screen reader announces on focus: who, their group, reached or not.
    expect(dots[1]!.getAttribute('aria-label')).toMatch(/^Person \d+, (Women|Men|Non-binary), (reached|not reached): explain$/);
    element.remove();
  });

  it('keeps the Tab stop on the same person across a redraw', async () => {
    const element = await mount();
    const dots = [...element.shadowRoot!.querySelectorAll<SVGElement>('[data-person]')];
    dots[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }));
    const person = dots[7]!.getAttribute('data-person');
    element.width = 500;
    await element.updateComplete;
    // The stop is put back once the update has finished (a microtask after it).
    await new Promise((resolve) => setTimeout(resolve));
    expect(stops(element).map((d) => d.getAttribute('data-person'))).toEqual([person]);
    element.remove();
  });
});
