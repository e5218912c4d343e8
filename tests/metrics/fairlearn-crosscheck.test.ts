/**
 * Cross-check against Fairlearn's and Aequitas' documented definitions, re-implemented here from
 * the per-person export rows (people.csv) — independently of the audit's count arrays.
 *
 * Fairlearn (fairlearn/metrics/_fairness_metrics.py, _base_metrics.py): selection_rate = mean of
 * y_pred; true_positive_rate = P(ŷ=1 | y=1); false_positive_rate = P(ŷ=1 | y=0);
 * demographic_parity_difference = max − min of group selection rates; demographic_parity_ratio =
 * min / max; equalized_odds_difference = max of the TPR and FPR (max − min) gaps.
 * Aequitas (Bias.get_disparity_major_group): disparity = group metric / the largest group's, with
 * pprev = predicted positives / group size (our selection rate).
 */
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { stream } from '../../src/core/random/stream';
import { peopleCsvHeader, peopleCsvLines } from '../../src/core/results/people-csv';
import type { GroupRow } from '../../src/core/results/types';
import { chunkOf, smallScenario, type Person } from './fixtures';
import { resultsOf } from './audit-of';

/** 3000 people whose selection depends on gender, age and the label, drawn from a seeded stream. */
function population(): Person[] {
  const rng = stream('fairlearn-crosscheck', 'people');
  return Array.from({ length: 3000 }, () => {
    const gender = (rng.next() < 0.5 ? 0 : rng.next() < 0.9 ? 1 : 2) as 0 | 1 | 2;
    const age = (rng.next() < 0.4 ? 0 : 1) as 0 | 1;
    const converts = (rng.next() < 0.1 + 0.1 * age ? 1 : 0) as 0 | 1;
    const p = 0.1 + 0.15 * gender + 0.1 * converts;
    const pick = (): 0 | 1 => (rng.next() < p ? 1 : 0);
    return { gender, age, converts, prob: 0.2, price: 1 + rng.next(), eligible: 1, selected: [pick(), pick()], score: [rng.next(), NaN] };
  });
}

interface Row {
  gender: string;
  age: string;
  selected: number;
  score: number;
  label_value: number;
}

function exportRows(people: Person[], policy: number, cuts: number[]): Row[] {
  const scenario = smallScenario(people.length);
  const bounds = [0, ...cuts, people.length];
  let text = peopleCsvHeader(scenario);
  bounds.slice(0, -1).forEach((start, k) => {
    const group = people.slice(start, bounds[k + 1]);
    const chunk = chunkOf(group, start, k);
    text += peopleCsvLines(scenario, chunk, Uint8Array.from(group, (p) => p.selected[policy] ?? 0), undefined);
  });
  const parsed = Papa.parse<Row>(text, { header: true, dynamicTyping: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** Fairlearn's per-group metrics from y_true, y_pred and a sensitive feature. */
function byGroup(rows: Row[], feature: (r: Row) => string) {
  const groups = new Map<string, Row[]>();
  for (const r of rows) groups.set(feature(r), [...(groups.get(feature(r)) ?? []), r]);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  return new Map(
    [...groups].map(([g, rs]) => [
      g,
      {
        n: rs.length,
        selection_rate: mean(rs.map((r) => r.selected)),
        true_positive_rate: mean(rs.filter((r) => r.label_value === 1).map((r) => r.selected)),
        false_positive_rate: mean(rs.filter((r) => r.label_value === 0).map((r) => r.selected)),
      },
    ]),
  );
}

const spread = (xs: number[]) => Math.max(...xs) - Math.min(...xs);

describe('audit vs Fairlearn/Aequitas formulas on the people.csv export', () => {
  const people = population();
  const results = resultsOf(smallScenario(people.length), people, [1000, 2200]);

  for (const [policy, id] of [[0, 'a'], [1, 'b']] as const) {
    it(`policy ${id}: per-group rates, parity difference/ratio and equalised odds match, by gender and gender×age`, () => {
      const rows = exportRows(people, policy, [700, 1500, 2900]);
      expect(rows.length).toBe(3000);
      const p = results.policies[policy]!;
      for (const [key, feature] of [
        ['gender', (r: Row) => r.gender],
        ['gender×age', (r: Row) => `${r.gender}|${r.age}`],
      ] as const) {
        const fl = byGroup(rows, feature);
        const ours = p.slices.find((s) => s.attribute === key)!.groups.filter((g) => g.n > 0);
        expect(ours.map((g) => g.group).sort()).toEqual([...fl.keys()].sort());
        for (const g of ours) {
          const f = fl.get(g.group)!;
          expect(g.n).toBe(f.n);
          expect(g.selectionRate).toBeCloseTo(f.selection_rate, 12);
          expect(g.tpr).toBeCloseTo(f.true_positive_rate, 12);
          expect(g.fpr).toBeCloseTo(f.false_positive_rate, 12);
        }
        const col = (m: 'selectionRate' | 'tpr' | 'fpr') => ours.map((g) => g[m] as number);
        const flCol = (m: 'selection_rate' | 'true_positive_rate' | 'false_positive_rate') => [...fl.values()].map((f) => f[m]);
        // demographic_parity_difference / ratio and equalized_odds_difference (worst_case)
        expect(spread(col('selectionRate'))).toBeCloseTo(spread(flCol('selection_rate')), 12);
        expect(Math.min(...col('selectionRate')) / Math.max(...col('selectionRate'))).toBeCloseTo(
          Math.min(...flCol('selection_rate')) / Math.max(...flCol('selection_rate')),
          12,
        );
        expect(Math.max(spread(col('tpr')), spread(col('fpr')))).toBeCloseTo(
          Math.max(spread(flCol('true_positive_rate')), spread(flCol('false_positive_rate'))),
          12,
        );
      }
    });
  }

  it('disparate impact equals Aequitas pprev_disparity against the largest group', () => {
    const rows = exportRows(people, 0, []);
    const fl = byGroup(rows, (r) => r.gender);
    const major = [...fl.entries()].sort((x, y) => y[1].n - x[1].n)[0]!;
    const gender = results.policies[0]!.slices.find((s) => s.attribute === 'gender')!;
    expect(gender.reference).toBe(major[0]);
    for (const g of gender.groups as GroupRow[]) {
      expect(g.disparateImpact).toBeCloseTo(fl.get(g.group)!.selection_rate / major[1].selection_rate, 12);
      expect(g.equalOpportunityDifference).toBeCloseTo(fl.get(g.group)!.true_positive_rate - major[1].true_positive_rate, 12);
    }
  });
});
