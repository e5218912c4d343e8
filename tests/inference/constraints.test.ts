/**
 * Fairness constraints on derived attributes: demographic parity over the inferred race, and over
 * the joint attribute sex × inferred race (one quota per combination), on the BISG fixture with a
 * delivery model that reaches b and women less.
 */
import { describe, expect, it } from 'vitest';
import { LocalRunner } from '../../src/core/engine/local-runner';
import { runScenario } from '../../src/core/engine/run';
import type { Results } from '../../src/core/results';
import { bisgScenario } from './bisg-fixture';

const s = bisgScenario(40_000, {
  derived: [
    { kind: 'inferred', id: 'race_est', of: 'race', from: ['surname', 'geo'] },
    { kind: 'joint', id: 'sex_race_est', of: ['sex', 'race_est'] },
  ],
  behaviour: { conversion: { base: 0.05 }, click: { base: 0.05, effects: { race: { b: -1 }, sex: { f: -0.7 }, geo: { g2: -0.8 } } } },
  history: { size: 20_000 },
  campaign: { budget: { kind: 'reach', people: 4000 } },
  policies: [
    { id: 'delivery', type: 'delivery', features: ['surname', 'geo'] },
    { id: 'parity-est', type: 'fairness', base: 'delivery', constraint: 'demographic-parity', attribute: 'race_est' },
    { id: 'parity-joint', type: 'fairness', base: 'delivery', constraint: 'demographic-parity', attribute: 'sex_race_est' },
  ],
  audit: { attributes: ['race', 'race_est', 'sex_race_est'], intersections: [['sex', 'race_est']] },
});

function ratios(r: Results, policy: string, attribute: string): number[] {
  const slice = r.policies.find((p) => p.id === policy)!.slices.find((x) => x.attribute === attribute)!;
  return slice.groups.map((g) => g.representationRatio ?? NaN);
}

describe('constraints on derived attributes', async () => {
  const { results } = await runScenario(s, new LocalRunner(s));

  it('the delivery model under-reaches inferred b (the setting the constraints correct)', () => {
    expect(ratios(results, 'delivery', 'race_est')[1]).toBeLessThan(0.7);
  });

  it('demographic parity over the inferred attribute equalises its groups (quotas: to rounding)', () => {
    for (const rr of ratios(results, 'parity-est', 'race_est')) expect(rr).toBeCloseTo(1, 2);
  });

  it('parity over sex × inferred race equalises all four combinations, as the audit intersection shows', () => {
    const joint = ratios(results, 'parity-joint', 'sex_race_est');
    expect(joint).toHaveLength(4);
    for (const rr of joint) expect(rr).toBeCloseTo(1, 2);
    expect(ratios(results, 'parity-joint', 'sex×race_est')).toEqual(joint);
    const slice = results.policies[2]!.slices.find((x) => x.attribute === 'sex_race_est')!;
    expect(slice.groups.map((g) => g.group)).toEqual(['f|a', 'f|b', 'm|a', 'm|b']);
  });

  it('balancing the estimate leaves true b below parity: part of inferred b is truly a, and most of true b is inferred a', () => {
    const truth = ratios(results, 'parity-est', 'race')[1]!;
    expect(truth).toBeLessThan(0.95);
    expect(truth).toBeGreaterThan(ratios(results, 'delivery', 'race')[1]!);
    const error = results.inferred![0]!.policies.find((p) => p.policyId === 'parity-est')!.groups[1]!;
    expect(error.assignedError).toBeGreaterThan(0.05);
  });
});
