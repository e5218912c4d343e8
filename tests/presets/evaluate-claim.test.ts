import { describe, expect, it } from 'vitest';
import { describeOutcome, evaluateClaim } from '../../src/core/presets';
import type { GroupRow, PolicyResult, Results } from '../../src/core/results/types';
import type { Claim } from '../../src/core/scenario';

/** Results with one policy, one audited attribute and two groups; only the fields claims read. */
function results(): Results {
  const row = (group: string, representationRatio: number | null, tpr: number | null) =>
    ({ attribute: 'gender', group, representationRatio, tpr }) as unknown as GroupRow;
  const policy = {
    id: 'delivery',
    totals: { reached: 100, costPerConversion: 12.5, precision: null },
    slices: [{ attribute: 'gender', kind: 'attribute', mixDistance: 0.2, groups: [row('f', 0.6, null), row('m', 1.4, 0.3)] }],
  } as unknown as PolicyResult;
  return { policies: [policy] } as unknown as Results;
}

const claim = (c: Partial<Claim>): Claim => ({ text: 't', policy: 'delivery', metric: 'representationRatio', ...c });

describe('evaluateClaim', () => {
  it('reads a group metric and holds when it lies within [min, max]', () => {
    const o = evaluateClaim(claim({ attribute: 'gender', group: 'f', max: 0.8 }), results());
    expect(o).toMatchObject({ value: 0.6, holds: true });
  });

  it('does not hold when the group metric is outside the bounds', () => {
    expect(evaluateClaim(claim({ attribute: 'gender', group: 'm', max: 1.25 }), results()).holds).toBe(false);
    expect(evaluateClaim(claim({ attribute: 'gender', group: 'f', min: 0.61 }), results()).holds).toBe(false);
  });

  it('treats the bounds as inclusive', () => {
    expect(evaluateClaim(claim({ attribute: 'gender', group: 'f', min: 0.6, max: 0.6 }), results()).holds).toBe(true);
  });

  it('reads a policy total when the claim names no attribute', () => {
    expect(evaluateClaim(claim({ metric: 'costPerConversion', min: 10, max: 15 }), results())).toMatchObject({ value: 12.5, holds: true });
  });

  it('reads the mix distance of a whole slice', () => {
    expect(evaluateClaim(claim({ attribute: 'gender', metric: 'mixDistance', max: 0.1 }), results())).toMatchObject({ value: 0.2, holds: false });
  });

  it('never holds on an undefined (null) value', () => {
    const o = evaluateClaim(claim({ attribute: 'gender', group: 'f', metric: 'tpr', max: 1 }), results());
    expect(o).toMatchObject({ value: null, holds: false });
    expect(o.problem).toBeUndefined();
  });

  it.each([
    [{ policy: 'lookalike' }, /no results for policy "lookalike"/],
    [{ attribute: 'age', group: 'x' }, /"age" is not audited/],
    [{ attribute: 'gender', group: 'x' }, /no group "x"/],
    [{ attribute: 'gender', group: 'f', metric: 'nonsense' }, /unknown group metric/],
    [{ metric: 'toString' }, /unknown policy total/],
  ] as const)('reports a claim it cannot read (%o) as a problem, not as holding', (c, message) => {
    const o = evaluateClaim(claim({ ...c, min: 0 }), results());
    expect(o.holds).toBe(false);
    expect(o.problem).toMatch(message);
  });
});

describe('describeOutcome', () => {
  it('states the value and the wanted range', () => {
    const o = evaluateClaim(claim({ attribute: 'gender', group: 'm', min: 0.8, max: 1.25 }), results());
    expect(describeOutcome(o)).toBe('does not hold: 1.4 (wanted ≥ 0.8 and ≤ 1.25)');
  });
});
