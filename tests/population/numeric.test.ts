import { describe, expect, it } from 'vitest';
import { standardisation } from '../../src/core/population';
import { generateFlat, scenarioWith } from './scenario-builder';
import { mean } from './sample-stats';

/** Every check: |observed − expected| < 4 standard errors (SE from the sample itself). */
const SE_TOLERANCE = 4;
const N = 200_000;

const group = { id: 'g', type: 'categorical', categories: [{ id: 'a' }, { id: 'b' }], weights: [1, 1] };
const scenario = scenarioWith({
  size: N,
  attributes: [
    group,
    { id: 'height', type: 'numeric', distribution: { kind: 'normal', mean: 170, sd: 10 }, shift: { g: { b: -12 } } },
    { id: 'income', type: 'numeric', distribution: { kind: 'lognormal', mu: 3.4, sigma: 0.45 }, shift: { g: { b: -0.3 } } },
    { id: 'score', type: 'numeric', distribution: { kind: 'uniform', min: 2, max: 5 } },
    { id: 'shiftedScore', type: 'numeric', distribution: { kind: 'uniform', min: 0, max: 1 }, shift: { g: { b: 10 } } },
    { id: 'share', type: 'numeric', distribution: { kind: 'beta', alpha: 2, beta: 5 } },
    { id: 'skewedShare', type: 'numeric', distribution: { kind: 'beta', alpha: 0.5, beta: 0.5 }, shift: { g: { b: 1.5 } } },
  ],
});
const pop = generateFlat(scenario);
const g = pop.codes('g');
const inA = (i: number) => g[i] === 0;
const inB = (i: number) => g[i] === 1;

function expectNear(observed: { mean: number; se: number }, expected: number) {
  expect(Math.abs(observed.mean - expected)).toBeLessThan(SE_TOLERANCE * observed.se);
}

function differenceOfMeans(xs: Float64Array, transform: (x: number) => number = (x) => x) {
  const t = xs.map(transform);
  const a = mean(t, inB);
  const b = mean(t, inA);
  return { mean: a.mean - b.mean, se: Math.hypot(a.se, b.se) };
}

describe('generatePopulation: numeric attributes', () => {
  it('draws a normal with its mean and SD in the unshifted group (within 4 SE)', () => {
    const h = mean(pop.values('height'), inA);
    expectNear(h, 170);
    // SE of a sample SD from a normal ≈ sd / √(2n).
    expect(Math.abs(h.sd - 10)).toBeLessThan(SE_TOLERANCE * (10 / Math.sqrt(2 * h.n)));
  });

  it('moves a normal mean by its shift: group b is 12 lower (within 4 SE)', () => {
    expectNear(differenceOfMeans(pop.values('height')), -12);
  });

  it('moves a lognormal log-mean by its shift: mean ln x differs by −0.3 (within 4 SE)', () => {
    const values = pop.values('income');
    expectNear(mean(values.map(Math.log), inA), 3.4);
    expectNear(differenceOfMeans(values, Math.log), -0.3);
    expect(values.every((x) => x > 0)).toBe(true);
  });

  it('keeps a uniform within [min, max] with mean (min + max) / 2 (within 4 SE)', () => {
    const s = pop.values('score');
    expect(s.every((x) => x >= 2 && x < 5)).toBe(true);
    expectNear(mean(s), 3.5);
  });

  it('adds a uniform shift to the value: group b lies in [10, 11]', () => {
    const s = pop.values('shiftedScore');
    expect(s.every((x, i) => (inB(i) ? x >= 10 && x < 11 : x >= 0 && x < 1))).toBe(true);
  });

  it('draws a beta in [0, 1] with mean α / (α + β) = 2/7 (within 4 SE)', () => {
    const s = pop.values('share');
    expect(s.every((x) => x >= 0 && x <= 1)).toBe(true);
    expectNear(mean(s), 2 / 7);
  });

  it('shifts the logit of a beta draw: mean logit differs by 1.5 (within 4 SE)', () => {
    const s = pop.values('skewedShare');
    expect(s.every((x) => x >= 0 && x <= 1)).toBe(true);
    // Beta(½, ½) is symmetric: its mean is ½ and its mean logit 0 in the unshifted group.
    expectNear(mean(s, inA), 0.5);
    const logit = (x: number) => Math.log(x / (1 - x));
    const finite = s.every((x) => x > 0 && x < 1);
    expect(finite).toBe(true);
    expectNear(differenceOfMeans(s, logit), 1.5);
  });
});

describe('standardisation', () => {
  it('returns the base mean and SD on the scale behaviour reads', () => {
    expect(standardisation({ distribution: { kind: 'normal', mean: 170, sd: 10 } })).toEqual({ mean: 170, sd: 10, log: false });
    expect(standardisation({ distribution: { kind: 'lognormal', mu: 3.4, sigma: 0.45 } })).toEqual({ mean: 3.4, sd: 0.45, log: true });
    const u = standardisation({ distribution: { kind: 'uniform', min: 2, max: 5 } });
    expect(u.mean).toBe(3.5);
    expect(u.sd).toBeCloseTo(3 / Math.sqrt(12), 12);
    // Beta(2, 5): mean 2/7, variance 2·5 / (7²·8) = 10/392.
    const b = standardisation({ distribution: { kind: 'beta', alpha: 2, beta: 5 } });
    expect(b.mean).toBeCloseTo(2 / 7, 12);
    expect(b.sd).toBeCloseTo(Math.sqrt(10 / 392), 12);
  });
});
