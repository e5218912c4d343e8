/**
 * Monte-Carlo properties of the verdicts (issue 11, "Must show"), on simulated per-group counts
 * judged by the real core path. Seeded, so every run gives the same figures; each bound is the
 * nominal level plus two Monte-Carlo standard errors, 2·√(p(1 − p)/n), with n the number of
 * simulated audits (the audits are independent; the groups within one audit are not, so the
 * bounds use audits, not intervals, as the sample size).
 */
import { describe, expect, it } from 'vitest';
import type { GroupRow } from '../../src/core/results/types';
import { binomial, covers, judgeSlice, mcError, multinomial, randomPolicyReach, uniform, withMultiplicity } from './simulated-audits';

const share = (hits: number, n: number) => hits / n;

describe('under a random policy (true RR = DI = 1)', () => {
  // 2,000 people in five groups (40/30/15/10/5%, the smallest about 100 people), 400 reached
  // uniformly: 1,000 audits. MC error of a 95% coverage over 1,000 audits: ±1.4 points.
  const AUDITS = 1000;
  const u = uniform('random-policy-coverage');
  const audits = Array.from({ length: AUDITS }, () => {
    const sizes = multinomial(u, 2000, [40, 30, 15, 10, 5]);
    const reached = randomPolicyReach(u, sizes, 400);
    return {
      largest: judgeSlice(sizes, reached).groups,
      // A small named reference (the 5% group): the case that used to report "excluded, harm".
      smallReference: judgeSlice(sizes, reached, { reference: { g: 'g4' }, metric: 'disparateImpact' }).groups,
    };
  });

  const coverage = (rows: (a: (typeof audits)[number]) => GroupRow[], metric: 'representationRatio' | 'disparateImpact') => {
    let hit = 0;
    let all = 0;
    for (const a of audits)
      for (const row of rows(a)) {
        if (row.intervals[metric] === null) continue; // the reference's own DI carries no interval
        all++;
        if (covers(row.intervals[metric], 1)) hit++;
      }
    return share(hit, all);
  };

  it('the 95% Katz intervals of RR and DI cover the true value 1 between 93% and 97%', () => {
    const err = mcError(0.95, AUDITS);
    const rr = coverage((a) => a.largest, 'representationRatio');
    const di = coverage((a) => a.largest, 'disparateImpact');
    const diSmall = coverage((a) => a.smallReference, 'disparateImpact');
    for (const c of [rr, di, diSmall]) {
      expect(c).toBeGreaterThanOrEqual(Math.max(0.93, 0.95 - err));
      expect(c).toBeLessThanOrEqual(Math.min(0.97, 0.95 + err));
    }
  });

  // Per group the Katz interval's normal approximation on the log scale may be off by a few tenths
  // of a point at ~20 reached (the 5% group): allowed 0.5 points beyond the MC error.
  it('each group on its own is covered 95% ± MC error, the smallest included', () => {
    const err = mcError(0.95, AUDITS);
    for (let g = 0; g < 5; g++) {
      const c = coverage((a) => [a.largest[g] as GroupRow], 'representationRatio');
      expect(Math.abs(c - 0.95)).toBeLessThanOrEqual(err + 0.005);
    }
  });

  it('with a small named reference, audits with any false harm stay under 5% (Holm on)', () => {
    const any = audits.filter((a) => withMultiplicity(a.smallReference, 'holm').some((r) => r.harm)).length;
    expect(share(any, AUDITS)).toBeLessThanOrEqual(0.05 + mcError(0.05, AUDITS));
  });
});

describe('at the band edge (true ratio exactly 0.8 or 1.25)', () => {
  // 2,000 audits; a one-sided 2.5% error rate has MC error ±0.7 points.
  const AUDITS = 2000;
  const bound = 0.025 + mcError(0.025, AUDITS);

  it('DI = 0.8 (200 vs 500 people, SR 0.2 vs 0.25): false excluded at most 2.5% + MC error', () => {
    const u = uniform('edge-di');
    let excluded = 0;
    for (let k = 0; k < AUDITS; k++) {
      const reached = [binomial(u, 500, 0.25), binomial(u, 200, 0.2)];
      const row = judgeSlice([500, 200], reached, { metric: 'disparateImpact' }).groups[1] as GroupRow;
      if (row.verdict === 'excluded') excluded++;
    }
    expect(share(excluded, AUDITS)).toBeLessThanOrEqual(bound);
  });

  it('RR = 0.8 (a 20% group at SR 0.2, the rest at 0.2625): false excluded at most 2.5% + MC error', () => {
    const u = uniform('edge-rr-low');
    let excluded = 0;
    for (let k = 0; k < AUDITS; k++) {
      const reached = [binomial(u, 800, 0.2625), binomial(u, 200, 0.2)];
      if ((judgeSlice([800, 200], reached).groups[1] as GroupRow).verdict === 'excluded') excluded++;
    }
    expect(share(excluded, AUDITS)).toBeLessThanOrEqual(bound);
  });

  it('RR = 1.25 (a 20% group at SR 0.3, the rest at 0.225): false over-targeted at most 2.5% + MC error', () => {
    const u = uniform('edge-rr-high');
    let over = 0;
    for (let k = 0; k < AUDITS; k++) {
      const reached = [binomial(u, 800, 0.225), binomial(u, 200, 0.3)];
      if ((judgeSlice([800, 200], reached).groups[1] as GroupRow).verdict === 'over-targeted') over++;
    }
    expect(share(over, AUDITS)).toBeLessThanOrEqual(bound);
  });
});

describe('many groups at once: 28 cells, each at the band edge (DI = 0.8 against a 3,000-person reference)', () => {
  // 28 groups of 150 at SR 0.2 against a reference of 3,000 at SR 0.25: every cell is a true null
  // at the edge (the hardest null for a harm verdict). 800 audits: MC error of 5% is ±1.5 points.
  const AUDITS = 800;
  const u = uniform('many-cells');
  const sizes = [3000, ...Array.from({ length: 28 }, () => 150)];
  const audits = Array.from({ length: AUDITS }, () => {
    const reached = sizes.map((n, k) => binomial(u, n, k === 0 ? 0.25 : 0.2));
    return judgeSlice(sizes, reached, { metric: 'disparateImpact' }).groups;
  });
  const anyHarm = (method: 'holm' | 'bh' | 'none') =>
    share(audits.filter((rows) => withMultiplicity(rows, method).some((r) => r.harm)).length, AUDITS);

  it('without control most audits call some group excluded', () => {
    // Each cell fires ≤ 2.5%; across 28 correlated cells about 1 − 0.975^28 ≈ 50% of audits.
    expect(anyHarm('none')).toBeGreaterThan(0.25);
  });

  it('with Holm, audits with any false harm verdict are at most 5% + MC error', () => {
    expect(anyHarm('holm')).toBeLessThanOrEqual(0.05 + mcError(0.05, AUDITS));
  });

  it('with Benjamini–Hochberg (under this complete null FDR = family-wise error), at most 5% + MC error', () => {
    expect(anyHarm('bh')).toBeLessThanOrEqual(0.05 + mcError(0.05, AUDITS));
  });
});
