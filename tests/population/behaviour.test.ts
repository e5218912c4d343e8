import { describe, expect, it } from 'vitest';
import { generateFlat, scenarioWith } from './scenario-builder';
import { logOdds, mean, proportionSe } from './sample-stats';

/** Every statistical check: |observed − expected| < 4 standard errors. */
const SE_TOLERANCE = 4;
const N = 300_000;

const attributes = [
  { id: 'g', type: 'categorical', categories: [{ id: 'a' }, { id: 'b' }], weights: [1, 1] },
  { id: 'skill', type: 'numeric', distribution: { kind: 'normal', mean: 50, sd: 10 } },
  { id: 'wealth', type: 'numeric', distribution: { kind: 'lognormal', mu: 1, sigma: 0.5 } },
];
const scenario = scenarioWith({ size: N, attributes }, {
  conversion: { base: 0.2, effects: { g: { b: Math.LN2 } } },
  click: { base: 0.3, effects: { skill: 0.5 } },
  price: { base: 4, multipliers: { g: { b: 1.35 } }, noise: 0.3 },
  consent: { base: 0.7, effects: { g: { b: -0.7 } } },
  observation: { noise: 0.1, extra: { g: { b: 0.4 } } },
});
const pop = generateFlat(scenario);
const g = pop.codes('g');
const inA = (i: number) => g[i] === 0;
const inB = (i: number) => g[i] === 1;

function expectWithin(observed: number, expected: number, se: number) {
  expect(Math.abs(observed - expected)).toBeLessThan(SE_TOLERANCE * se);
}

describe('generatePopulation: behaviour', () => {
  it('a categorical conversion effect of ln 2 doubles the odds of converting (log-odds within 4 SE)', () => {
    const converts = pop.column((c) => c.converts);
    const a = logOdds(converts, inA);
    const b = logOdds(converts, inB);
    expectWithin(a.rate, 0.2, proportionSe(0.2, a.n));
    expectWithin(b.logOdds - a.logOdds, Math.LN2, Math.hypot(a.se, b.se));
  });

  it('a numeric click coefficient of 0.5 adds 0.5 to the log-odds per base SD (within 4 SE)', () => {
    const clicks = pop.column((c) => c.clicks);
    const skill = pop.values('skill');
    // People near z = +1 and z = −1 (skill 60 and 40, ±1): the log-odds differ by 2 × 0.5.
    const high = logOdds(clicks, (i) => Math.abs(skill[i]! - 60) < 1);
    const low = logOdds(clicks, (i) => Math.abs(skill[i]! - 40) < 1);
    expectWithin(high.logOdds - low.logOdds, 1, Math.hypot(high.se, low.se));
  });

  it('stores each person the probability their outcome was drawn with (mean p ≈ outcome rate, within 4 SE)', () => {
    const p = mean(pop.column((c) => c.conversionProb));
    const y = mean(pop.column((c) => c.converts));
    expectWithin(y.mean, p.mean, y.se);
  });

  it('price: mean-one noise keeps group a at the base price and group b at base × 1.35 (within 4 SE)', () => {
    const price = pop.column((c) => c.price);
    const a = mean(price, inA);
    const b = mean(price, inB);
    expectWithin(a.mean, 4, a.se);
    const ratio = b.mean / a.mean;
    expectWithin(ratio, 1.35, ratio * Math.hypot(a.se / a.mean, b.se / b.mean));
    expect(price.every((x) => x > 0)).toBe(true);
  });

  it('price noise 0.3 gives ln price an SD of 0.3 within a group (within 4 SE)', () => {
    const lnPrice = mean(pop.column((c) => c.price).map(Math.log), inA);
    expectWithin(lnPrice.sd, 0.3, 0.3 / Math.sqrt(2 * lnPrice.n));
  });

  it('consent: base 0.7, and an effect of −0.7 lowers group b\'s log-odds by 0.7 (within 4 SE)', () => {
    const consent = pop.column((c) => c.consent);
    const a = logOdds(consent, inA);
    const b = logOdds(consent, inB);
    expectWithin(a.rate, 0.7, proportionSe(0.7, a.n));
    expectWithin(b.logOdds - a.logOdds, -0.7, Math.hypot(a.se, b.se));
  });

  it('consent base 1 means everyone consents', () => {
    const everyone = generateFlat(scenarioWith({ size: 1000, attributes }, { consent: { base: 1, effects: { g: { b: -5 } } } }));
    expect(everyone.column((c) => c.consent).every((x) => x === 1)).toBe(true);
  });

  it('observation noise: SD of observed − true is 0.1 base SDs in group a and 0.5 in group b (within 4 SE)', () => {
    const truth = pop.values('skill');
    const seen = pop.observed('skill');
    const error = truth.map((x, i) => seen[i]! - x);
    const a = mean(error, inA);
    const b = mean(error, inB);
    // Base SD of skill is 10; SE of a normal sample SD ≈ sd / √(2n). Float32 storage adds < 1e-5.
    expectWithin(a.sd, 1, 1 / Math.sqrt(2 * a.n));
    expectWithin(b.sd, 5, 5 / Math.sqrt(2 * b.n));
    expectWithin(a.mean, 0, a.se);
  });

  it('observation noise on a lognormal is multiplicative: SD of ln(observed / true) = s · σ (within 4 SE)', () => {
    const truth = pop.values('wealth');
    const seen = pop.observed('wealth');
    const logError = truth.map((x, i) => Math.log(seen[i]! / x));
    const b = mean(logError, inB);
    expectWithin(b.sd, 0.5 * 0.5, 0.25 / Math.sqrt(2 * b.n));
    expect(seen.every((x) => x > 0)).toBe(true);
  });

  it('without observation noise a model sees the true value (rounded to Float32)', () => {
    const clean = generateFlat(scenarioWith({ size: 1000, attributes }));
    const truth = clean.values('skill');
    expect(clean.observed('skill').every((x, i) => x === Math.fround(truth[i]!))).toBe(true);
  });
});
