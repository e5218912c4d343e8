/**
 * The people table's rows, worked out from the results' people sample without a DOM: one row per
 * sampled person (their number, audited groups, the policy's score, reached, would convert),
 * filtered, sorted and cut into pages. The sample is bounded (the audit keeps the first 600 people
 * by default), and a page is at most `PAGE_SIZE` rows, so the table never renders a population.
 */
import type { Results } from '../../core/results/types';
import { own } from '../../core/records/own';

export const PAGE_SIZE = 20;

export interface PersonRow {
  /** The person's global index (the sample is the first people by index). */
  person: number;
  /** Category labels of the audited attributes, in audit order. */
  groups: string[];
  /** The policy's score, or null when it has none (random, rules, or no eligibility). */
  score: number | null;
  reached: boolean;
  /** The synthetic ground truth: would they convert if reached. */
  converts: boolean;
}

/** A sort key: the person number, a group column (by index), the score, reached or converts. */
export type SortKey = 'person' | 'score' | 'reached' | 'converts' | `group:${number}`;
export type Show = 'all' | 'reached' | 'not-reached';

export interface PeopleQuery {
  sort: SortKey;
  descending: boolean;
  show: Show;
  page: number;
}

export const DEFAULT_QUERY: PeopleQuery = { sort: 'person', descending: false, show: 'all', page: 0 };

export function peopleRows(results: Results, policyId: string): PersonRow[] {
  const sample = results.sample;
  const selected = own(sample.selected, policyId) ?? [];
  const scores = own(sample.score, policyId) ?? [];
  const columns = results.attributes.map((a) => {
    const codes = own(sample.categories, a.id) ?? [];
    const labels = new Map(a.categories.map((c) => [c.id, c.label]));
    return (i: number) => {
      const id = codes[i] ?? '';
      return labels.get(id) ?? id;
    };
  });
  const rows: PersonRow[] = [];
  for (let i = 0; i < sample.count; i++) {
    const score = scores[i];
    rows.push({
      person: i,
      groups: columns.map((label) => label(i)),
      score: typeof score === 'number' && Number.isFinite(score) ? score : null,
      reached: Boolean(selected[i]),
      converts: Boolean(sample.converts[i]),
    });
  }
  return rows;
}

function value(row: PersonRow, key: SortKey): number | string | null {
  if (key === 'person') return row.person;
  if (key === 'score') return row.score;
  if (key === 'reached') return row.reached ? 1 : 0;
  if (key === 'converts') return row.converts ? 1 : 0;
  return row.groups[Number(key.slice(6))] ?? '';
}

/** Ascending order of two values; no score (null) sorts last whichever the direction. */
function compare(a: number | string | null, b: number | string | null, descending: boolean): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  const order = typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));
  return descending ? -order : order;
}

export interface PeoplePage {
  rows: PersonRow[];
  /** Rows that pass the filter, the page shown (clamped) and the number of pages (at least 1). */
  total: number;
  page: number;
  pages: number;
}

/** Filters, sorts (ties by person number, so the order is stable) and returns one page. */
export function peoplePage(all: readonly PersonRow[], query: PeopleQuery, pageSize = PAGE_SIZE): PeoplePage {
  const shown = all.filter((r) => query.show === 'all' || r.reached === (query.show === 'reached'));
  const sorted = [...shown].sort((a, b) => compare(value(a, query.sort), value(b, query.sort), query.descending) || a.person - b.person);
  const pages = Math.max(1, Math.ceil(sorted.length / pageSize));
  const page = Math.max(0, Math.min(pages - 1, query.page));
  return { rows: sorted.slice(page * pageSize, (page + 1) * pageSize), total: sorted.length, page, pages };
}
