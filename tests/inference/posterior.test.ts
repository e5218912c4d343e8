/** The BISG posterior and the inferred column against the hand-worked fixture (bisg-fixture.ts). */
import { describe, expect, it } from 'vitest';
import { generatePopulation } from '../../src/core/population';
import { mostProbable, posteriorOf, posteriorPlan } from '../../src/core/inference/posterior';
import { bisgScenario, POSTERIOR_A } from './bisg-fixture';

describe('posteriorOf', () => {
  const s = bisgScenario(10);
  const spec = s.derived![0]!;
  if (spec.kind !== 'inferred') throw new Error('fixture');
  const plan = posteriorPlan(s, spec);

  it('gives P(race | surname, geo) of every cell as worked out by hand', () => {
    const out = new Float64Array(2);
    for (const sc of [0, 1])
      for (const gc of [0, 1]) {
        // race and sex are unobserved: their codes must not matter.
        for (const race of [0, 1]) {
          posteriorOf(plan, { surname: Uint8Array.of(sc), geo: Uint8Array.of(gc), race: Uint8Array.of(race), sex: Uint8Array.of(0) }, 0, out);
          expect(out[0]).toBeCloseTo(POSTERIOR_A[sc]![gc]!, 12);
          expect(out[1]).toBeCloseTo(1 - POSTERIOR_A[sc]![gc]!, 12);
        }
      }
  });

  it('mostProbable breaks a tie towards the first category', () => {
    expect(mostProbable(Float64Array.of(0.5, 0.5), 2)).toBe(0);
    expect(mostProbable(Float64Array.of(0.3, 0.7), 2)).toBe(1);
  });
});

describe('the inferred column (assign: map)', () => {
  it('is b exactly for surname s2 in geography g2, and a everywhere else', () => {
    const chunks = generatePopulation(bisgScenario(5000));
    let checked = 0;
    for (const c of chunks)
      for (let i = 0; i < c.size; i++) {
        const expected = c.codes.surname![i] === 1 && c.codes.geo![i] === 1 ? 1 : 0;
        expect(c.codes.race_est![i]).toBe(expected);
        checked++;
      }
    expect(checked).toBe(5000);
  });

  it('leaves every generated column of the people unchanged', () => {
    const withInference = generatePopulation(bisgScenario(3000))[0]!;
    const without = generatePopulation(bisgScenario(3000, { derived: undefined, audit: { attributes: ['race'] } }))[0]!;
    for (const id of ['race', 'sex', 'surname', 'geo']) expect(withInference.codes[id]).toEqual(without.codes[id]);
    expect(withInference.converts).toEqual(without.converts);
    expect(withInference.price).toEqual(without.price);
    expect(Object.keys(without.codes)).not.toContain('race_est');
  });
});

describe('assign: sample', () => {
  it('draws b with the posterior probability in each cell (Monte Carlo, 4 standard errors)', () => {
    const s = bisgScenario(60_000, { derived: [{ kind: 'inferred', id: 'race_est', of: 'race', from: ['surname', 'geo'], assign: 'sample' }] });
    const n = [[0, 0], [0, 0]];
    const b = [[0, 0], [0, 0]];
    for (const c of generatePopulation(s))
      for (let i = 0; i < c.size; i++) {
        const sc = c.codes.surname![i]!;
        const gc = c.codes.geo![i]!;
        n[sc]![gc]!++;
        b[sc]![gc]! += c.codes.race_est![i]!;
      }
    for (const sc of [0, 1])
      for (const gc of [0, 1]) {
        const p = 1 - POSTERIOR_A[sc]![gc]!;
        const count = n[sc]![gc]!;
        const se = Math.sqrt((p * (1 - p)) / count);
        expect(Math.abs(b[sc]![gc]! / count - p)).toBeLessThan(4 * se);
      }
  });
});
