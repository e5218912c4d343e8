/**
 * Monte-Carlo through the whole engine: the default scenario's random policy (no eligibility rule,
 * so every group's true RR and DI are exactly 1) on 2,000 people, 400 reached, over 400 seeds —
 * the setting where the old induced intervals covered 89–90%. Every judged row of every slice
 * (4 attributes and gender × age) is checked; MC error of a 95% coverage over 400 independent
 * runs: ±2·√(0.95·0.05/400) = ±2.2 points.
 */
import { describe, expect, it } from 'vitest';
import { LocalRunner } from '../../src/core/engine/local-runner';
import { runScenario } from '../../src/core/engine/run';
import { replicateSeed } from '../../src/core/random/stream';
import { defaultScenario } from '../engine/fixtures';
import { covers, mcError } from './simulated-audits';

const RUNS = 400;

describe('the random policy through the engine', () => {
  it('the Katz intervals of RR and DI cover the true value 1 at 95% ± MC error, and no run names a harm', { timeout: 120_000 }, async () => {
    const base = defaultScenario(2000);
    const scenario = { ...base, seed: 'random-coverage', policies: base.policies.filter((p) => p.type === 'random') };
    const hits = { representationRatio: [0, 0], disparateImpact: [0, 0] };
    let harmed = 0;
    for (let r = 0; r < RUNS; r++) {
      const s = { ...scenario, seed: replicateSeed(scenario.seed, r) };
      const { results } = await runScenario(s, new LocalRunner(s), { replicates: 1 });
      const rows = results.policies[0]!.slices.flatMap((x) => x.groups).filter((g) => g.verdict !== 'too-small');
      if (rows.some((g) => g.harm)) harmed++;
      for (const metric of ['representationRatio', 'disparateImpact'] as const)
        for (const g of rows) {
          const interval = g.intervals[metric];
          if (interval === null) continue; // the reference's own DI
          hits[metric][1]!++;
          if (covers(interval, 1)) hits[metric][0]!++;
        }
    }
    const err = mcError(0.95, RUNS);
    for (const [hit, all] of Object.values(hits)) {
      expect(hit! / all!).toBeGreaterThanOrEqual(Math.max(0.93, 0.95 - err));
      expect(hit! / all!).toBeLessThanOrEqual(Math.min(0.97, 0.95 + err));
    }
    // Holm is on by default: the share of runs with any harm verdict stays under 5% + MC error.
    expect(harmed / RUNS).toBeLessThanOrEqual(0.05 + mcError(0.05, RUNS));
  });
});
