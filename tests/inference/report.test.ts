/**
 * `results.inferred` on the BISG fixture (bisg-fixture.ts): the counts against a brute-force count
 * of the generated people, and the errors against the values worked out by hand.
 *
 * The policy reaches everyone in geography g1. By the truth, P(b | g1) = 0.25·0.2 / 0.5 = 0.1, so
 * b's representation ratio is 0.1 / 0.25 = 0.4. The assigned estimate never puts anyone in g1 in
 * b, so its ratio for b is exactly 0 (error −0.4). The posterior sums are unbiased when the
 * selection depends only on the proxies: their ratio is 0.4 up to sampling error.
 */
import { describe, expect, it } from 'vitest';
import { LocalRunner } from '../../src/core/engine/local-runner';
import { runScenario } from '../../src/core/engine/run';
import { generatePopulation } from '../../src/core/population';
import { resultsToJson } from '../../src/core/results';
import { SplitRunner } from '../policies/fixtures';
import { bisgScenario } from './bisg-fixture';

const N = 80_000; // three chunks
const s = bisgScenario(N);

describe('results.inferred', async () => {
  const { results } = await runScenario(s, new LocalRunner(s));
  const report = results.inferred![0]!;
  const chunks = generatePopulation(s);

  it('counts true × assigned pairs exactly as the generated people hold them', () => {
    const confusion = [[0, 0], [0, 0]];
    for (const c of chunks) for (let i = 0; i < c.size; i++) confusion[c.codes.race![i]!]![c.codes.race_est![i]!]!++;
    expect(report.confusion).toEqual(confusion);
    expect(report.accuracy).toBe((confusion[0]![0]! + confusion[1]![1]!) / N);
    expect(report.groups.map((g) => g.people)).toEqual([confusion[0]![0]! + confusion[0]![1]!, confusion[1]![0]! + confusion[1]![1]!]);
  });

  it('has accuracy 0.83, 20% assigned to b and 25% by posterior sums (4 standard errors)', () => {
    const se = (p: number) => 4 * Math.sqrt((p * (1 - p)) / N);
    expect(Math.abs((report.accuracy ?? 0) - 0.83)).toBeLessThan(se(0.83));
    expect(Math.abs(report.groups[1]!.assigned / N - 0.2)).toBeLessThan(se(0.2));
    // Σ posterior_b has variance at most that of a Bernoulli(0.25) per person.
    expect(Math.abs(report.groups[1]!.posterior / N - 0.25)).toBeLessThan(se(0.25));
  });

  it('reports the audit error of each estimate against the truth for the g1-only policy', () => {
    const policy = report.policies[0]!;
    const b = policy.groups[1]!;
    expect(b.reachedAssigned).toBe(0);
    expect(b.assignedRatio).toBe(0);
    // Ratio 0.4 from about N/2 reached: a binomial share 0.1 (sd 0.0015) over a share 0.25 (sd 0.0015).
    expect(Math.abs((b.ratio ?? 0) - 0.4)).toBeLessThan(0.03);
    expect(b.assignedError).toBeCloseTo(-(b.ratio ?? 0), 12);
    expect(Math.abs(b.posteriorError ?? 1)).toBeLessThan(0.03);
    expect(policy.worstAssignedError).toBeCloseTo(Math.abs(b.assignedError ?? 0), 12);
  });

  it('audits the inferred attribute like any other: its row for b under the g1-only policy reached no one', () => {
    const slice = results.policies[0]!.slices.find((x) => x.attribute === 'race_est')!;
    expect(slice.groups.map((g) => g.group)).toEqual(['a', 'b']);
    expect(slice.groups[1]!.reached).toBe(0);
    expect(results.attributes.find((a) => a.id === 'race_est')?.label).toBe('race (inferred)');
  });

  it('is identical for any split of the chunks among workers', async () => {
    for (const workers of [2, 3]) {
      const split = new SplitRunner(s, workers);
      // Fresh people on every run; no single-chunk exports here.
      const runner = Object.assign(split, { load: async () => false, mapOne: () => Promise.reject(new Error('not used')) });
      const other = await runScenario(s, runner);
      expect(resultsToJson(other.results)).toBe(resultsToJson(results));
    }
  });

  it('is absent from a scenario without inferred attributes', async () => {
    const plain = bisgScenario(2000, { derived: undefined, audit: { attributes: ['race'] } });
    expect((await runScenario(plain, new LocalRunner(plain))).results.inferred).toBeUndefined();
  });
});

describe('the people sample', () => {
  it('carries each derived attribute\'s group of every sampled person, matching the inferred column', async () => {
    const small = bisgScenario(5000);
    const { results } = await runScenario(small, new LocalRunner(small));
    const est = results.sample.categories.race_est!;
    expect(est).toHaveLength(results.sample.count);
    const surname = results.sample.categories.surname!;
    const geo = results.sample.categories.geo!;
    est.forEach((g, i) => expect(g).toBe(surname[i] === 's2' && geo[i] === 'g2' ? 'b' : 'a'));
  });
});
