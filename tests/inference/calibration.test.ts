/**
 * The posterior is the true conditional of the generative model: among generated people in each
 * combination of proxies, the share truly in each group matches the posterior for that
 * combination. Here the proxies depend on each other too (geography given race and surname), so
 * the closed-set product of tables is exercised beyond BISG's independence. Monte Carlo: 120,000
 * people; each cell's share is checked within 4 standard errors (a cell's chance of a false
 * alarm is about 6e-5).
 */
import { describe, expect, it } from 'vitest';
import { posteriorOf, posteriorPlan } from '../../src/core/inference/posterior';
import { generatePopulation } from '../../src/core/population';
import { mustParseScenario } from '../../src/core/scenario';

const s = mustParseScenario({
  format: 'fairground.scenario',
  version: 1,
  name: 'calibration',
  seed: 'calibration',
  population: {
    size: 120_000,
    attributes: [
      { id: 'race', type: 'categorical', categories: [{ id: 'a' }, { id: 'b' }, { id: 'c' }], weights: [5, 3, 2] },
      { id: 'surname', type: 'categorical', categories: [{ id: 's1' }, { id: 's2' }], given: ['race'], table: { a: [4, 1], b: [1, 1], c: [1, 4] } },
      {
        id: 'geo', type: 'categorical', categories: [{ id: 'g1' }, { id: 'g2' }, { id: 'g3' }], given: ['race', 'surname'],
        table: { 'a|s1': [6, 3, 1], 'a|s2': [3, 3, 4], 'b|s1': [1, 6, 3], 'b|s2': [2, 2, 6], 'c|s1': [1, 1, 8], 'c|s2': [5, 4, 1] },
      },
    ],
  },
  derived: [{ kind: 'inferred', id: 'est', of: 'race', from: ['surname', 'geo'] }],
  behaviour: { conversion: { base: 0.05 } },
  history: { size: 100 },
  campaign: { budget: { kind: 'reach', people: 100 } },
  policies: [{ id: 'random', type: 'random' }],
});

describe('posterior calibration', () => {
  it('matches the share truly in each group among people with the same proxies (4 standard errors)', () => {
    const spec = s.derived![0]!;
    if (spec.kind !== 'inferred') throw new Error('fixture');
    const plan = posteriorPlan(s, spec);
    const counts = new Map<string, { n: number; byRace: number[]; posterior: number[] }>();
    const out = new Float64Array(3);
    for (const c of generatePopulation(s))
      for (let i = 0; i < c.size; i++) {
        const key = `${c.codes.surname![i]}|${c.codes.geo![i]}`;
        let cell = counts.get(key);
        if (!cell) {
          posteriorOf(plan, c.codes, i, out);
          cell = { n: 0, byRace: [0, 0, 0], posterior: Array.from(out) };
          counts.set(key, cell);
        }
        cell.n++;
        cell.byRace[c.codes.race![i]!]!++;
      }
    expect(counts.size).toBe(6);
    for (const [key, cell] of counts)
      cell.posterior.forEach((p, t) => {
        const se = Math.sqrt((p * (1 - p)) / cell.n);
        expect(Math.abs(cell.byRace[t]! / cell.n - p), `cell ${key}, race ${t}`).toBeLessThan(4 * se + 1e-12);
      });
  });
});
