// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import '../../src/ui/inspector/register';
import type { FgPeopleTable } from '../../src/ui/people/people-table';
import { DEFAULT_QUERY, peoplePage, peopleRows } from '../../src/ui/people/people-rows';
import type { PersonRow } from '../../src/ui/people/people-rows';
import { fixture } from '../charts/fixture';

/** The chart fixture's 8 sampled people, with scores for `delivery` (person 5 has none). */
function results() {
  const r = fixture();
  r.sample.score = { delivery: [0.3, 0.9, 0.1, 0.8, 0.7, null, 0.2, 0.4] };
  return r;
}

describe('peopleRows', () => {
  it('gives each sampled person their groups, score, reach and truth', () => {
    const rows = peopleRows(results(), 'delivery');
    expect(rows).toHaveLength(8);
    expect(rows[1]).toEqual({ person: 1, groups: ['Women', 'Old'], score: 0.9, reached: true, converts: true });
    expect(rows[5]).toEqual({ person: 5, groups: ['Men', 'Old'], score: null, reached: false, converts: false });
    expect(rows[6]!.groups).toEqual(['Non-binary', 'Young']);
  });
});

describe('peoplePage', () => {
  const rows = peopleRows(results(), 'delivery');

  it('sorts by score, highest first, with no score last', () => {
    const page = peoplePage(rows, { ...DEFAULT_QUERY, sort: 'score', descending: true });
    expect(page.rows.map((r) => r.person)).toEqual([1, 3, 4, 7, 0, 6, 2, 5]);
    const up = peoplePage(rows, { ...DEFAULT_QUERY, sort: 'score', descending: false });
    expect(up.rows.map((r) => r.person)).toEqual([2, 6, 0, 7, 4, 3, 1, 5]);
  });

  it('filters by reached and sorts a group column by label, ties by person number', () => {
    const reached = peoplePage(rows, { ...DEFAULT_QUERY, show: 'reached', sort: 'group:0' });
    expect(reached.rows.map((r) => r.person)).toEqual([3, 4, 1]);
    expect(peoplePage(rows, { ...DEFAULT_QUERY, show: 'not-reached' }).total).toBe(5);
  });

  it('cuts pages of the given size and clamps the page number', () => {
    const second = peoplePage(rows, { ...DEFAULT_QUERY, page: 1 }, 3);
    expect(second).toMatchObject({ total: 8, page: 1, pages: 3 });
    expect(second.rows.map((r) => r.person)).toEqual([3, 4, 5]);
    expect(peoplePage(rows, { ...DEFAULT_QUERY, page: 9 }, 3).page).toBe(2);
    expect(peoplePage([], DEFAULT_QUERY)).toMatchObject({ total: 0, page: 0, pages: 1, rows: [] });
  });

  it('pages partition the filtered rows: every person once, none beyond the page size', () => {
    const row = fc.record({ person: fc.nat(), groups: fc.constant<string[]>([]), score: fc.option(fc.double({ noNaN: true }), { nil: null }), reached: fc.boolean(), converts: fc.boolean() });
    fc.assert(
      fc.property(fc.uniqueArray(row, { selector: (r) => r.person, maxLength: 60 }), fc.integer({ min: 1, max: 9 }), fc.constantFrom('all', 'reached', 'not-reached' as const), fc.constantFrom('person', 'score', 'reached' as const), (all: PersonRow[], size, show, sort) => {
        const first = peoplePage(all, { ...DEFAULT_QUERY, show, sort }, size);
        const seen = Array.from({ length: first.pages }, (_, page) => peoplePage(all, { ...DEFAULT_QUERY, show, sort, page }, size).rows).flat();
        expect(seen.every((r, i, a) => a.indexOf(r) === i)).toBe(true);
        expect(seen).toHaveLength(all.filter((r) => show === 'all' || r.reached === (show === 'reached')).length);
      }),
    );
  });
});

describe('<fg-people-table>', () => {
  async function mount() {
    const element = document.createElement('fg-people-table') as FgPeopleTable;
    element.results = results();
    element.policy = 'delivery';
    document.body.append(element);
    await element.updateComplete;
    const picked: number[] = [];
    element.addEventListener('person-select', (e) => picked.push((e as CustomEvent<{ person: number }>).detail.person));
    return { element, picked, rows: () => [...element.shadowRoot!.querySelectorAll<HTMLElement>('tbody tr')] };
  }

  it('a click on a row, or Enter on it, asks for that person', async () => {
    const { element, picked, rows } = await mount();
    rows()[3]!.click();
    rows()[6]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    expect(picked).toEqual([3, 6]);
    element.remove();
  });

  it('is one Tab stop; Down moves it to the next row', async () => {
    const { element, rows } = await mount();
    const stops = () => rows().filter((r) => r.tabIndex === 0).map((r) => r.dataset.person);
    expect(stops()).toEqual(['0']);
    rows()[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    await element.updateComplete;
    expect(stops()).toEqual(['1']);
    element.remove();
  });

  it('sorting by a header orders the rows and says so in aria-sort', async () => {
    const { element, rows } = await mount();
    element.shadowRoot!.querySelector<HTMLButtonElement>('button[data-sort="score"]')!.click();
    await element.updateComplete;
    expect(rows().map((r) => r.dataset.person)).toEqual(['1', '3', '4', '7', '0', '6', '2', '5']);
    expect(element.shadowRoot!.querySelector('button[data-sort="score"]')!.parentElement!.getAttribute('aria-sort')).toBe('descending');
    element.remove();
  });
});
