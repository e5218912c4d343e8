/**
 * Monte-Carlo: with replicates, a learned policy's verdict interval covers the across-seed mean.
 *
 * 600 in-process runs of the default scenario's propensity policy on 1,000 people (seeds
 * replicateSeed(seed, r): a new population, history and model fit each), audited by gender and
 * age on the representation ratio (the default verdict metric). The across-seed mean of each
 * group's RR is estimated by the mean over all 600 runs (its own error is ~1/30 of a block's
 * half-width); the runs are cut into 120 blocks of R = 5 replicates, each aggregated by
 * `aggregateReplicates`, whose verdict interval (the Student-t interval for the mean) should cover
 * that mean 95% of the time. MC error: the 120 blocks are independent, so ±2·√(0.95·0.05/120) =
 * ±4.0 points on the coverage pooled over the judged groups (the groups of one block are
 * correlated, so the pooled figure is no more precise than one group's).
 */
import { describe, expect, it } from 'vitest';
import { LocalRunner } from '../../src/core/engine/local-runner';
import { runScenario } from '../../src/core/engine/run';
import { aggregateReplicates } from '../../src/core/metrics/replicates';
import { replicateSeed } from '../../src/core/random/stream';
import type { Results } from '../../src/core/results/types';
import { verdictBasis } from '../../src/core/results/verdict-basis';
import type { Scenario } from '../../src/core/scenario';
import { defaultScenario } from '../engine/fixtures';
import { covers, mcError } from './simulated-audits';

const RUNS = 600;
const R = 5;

function learnedScenario(): Scenario {
  const base = defaultScenario(1000);
  return {
    ...base,
    seed: 'replicate-coverage',
    policies: base.policies.filter((p) => p.id === 'propensity'),
    audit: { ...base.audit, attributes: ['gender', 'age'], intersections: [], minGroupSize: 30 },
  };
}

async function runs(scenario: Scenario): Promise<Results[]> {
  const out: Results[] = [];
  for (let r = 0; r < RUNS; r++) {
    const s = { ...scenario, seed: replicateSeed(scenario.seed, r) };
    out.push((await runScenario(s, new LocalRunner(s), { replicates: 1 })).results);
  }
  return out;
}

/** Rows of policy 0, keyed by slice and group. */
function rowsOf(r: Results) {
  return r.policies[0]!.slices.flatMap((s) => s.groups.map((g) => ({ key: `${s.attribute}=${g.group}`, row: g })));
}

describe('replicate intervals of a learned policy', () => {
  it('the t-interval over R = 5 replicates covers the across-seed mean 95% ± MC error', { timeout: 120_000 }, async () => {
    const all = await runs(learnedScenario());
    const mean = new Map<string, number>();
    for (const { key } of rowsOf(all[0]!)) {
      const values = all.map((r) => rowsOf(r).find((x) => x.key === key)?.row.representationRatio).filter((v): v is number => typeof v === 'number');
      mean.set(key, values.reduce((a, b) => a + b, 0) / values.length);
    }
    const tally = { hit: 0, all: 0, otherKind: 0 };
    for (let b = 0; b < RUNS / R; b++) {
      const block = aggregateReplicates(all.slice(b * R, (b + 1) * R));
      expect(block.metric).toBe('representationRatio');
      for (const { key, row } of rowsOf(block)) {
        if (row.verdict === 'too-small') continue; // not judged (Non-binary: about 20 people)
        const basis = verdictBasis(row, 'representationRatio');
        const truth = mean.get(key);
        if (truth === undefined || basis.interval === null) continue;
        if (basis.kind !== 'replicates' || basis.count !== R) tally.otherKind++;
        tally.all++;
        if (covers(basis.interval, truth)) tally.hit++;
      }
    }
    // Every judged row reads its verdict interval from the replicates.
    expect(tally.otherKind).toBe(0);
    expect(tally.all).toBeGreaterThan(600);
    const coverage = tally.hit / tally.all;
    const err = mcError(0.95, RUNS / R);
    expect(coverage).toBeGreaterThanOrEqual(0.95 - err);
    expect(coverage).toBeLessThanOrEqual(Math.min(1, 0.95 + err));
  });
});
