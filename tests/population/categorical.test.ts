import { describe, expect, it } from 'vitest';
import { generateFlat, scenarioWith } from './scenario-builder';
import { proportionSe } from './sample-stats';

/** Tolerance of every check in this file: 4 standard errors of the estimated proportion. */
const SE_TOLERANCE = 4;
const N = 200_000;

const scenario = scenarioWith({
  size: N,
  attributes: [
    { id: 'eth', type: 'categorical', categories: [{ id: 'a' }, { id: 'b' }, { id: 'c' }], weights: [70, 18, 12] },
    // A zero weight in the middle and at the end: those categories must never be drawn.
    { id: 'sex', type: 'categorical', categories: [{ id: 'f' }, { id: 'z' }, { id: 'm' }, { id: 'never' }], weights: [1, 0, 1, 0] },
    { id: 'hood', type: 'categorical', categories: [{ id: 'n' }, { id: 's' }, { id: 'e' }], given: ['eth'],
      table: { a: [6, 3, 1], b: [1, 3, 6], c: [2, 2, 6] } },
    { id: 'dev', type: 'categorical', categories: [{ id: 'ios' }, { id: 'android' }], given: ['hood', 'sex'],
      table: { 'n|f': [9, 1], 'n|z': [1, 1], 'n|m': [7, 3], 'n|never': [1, 1], 's|f': [5, 5], 's|z': [1, 1], 's|m': [3, 7],
        's|never': [1, 1], 'e|f': [1, 9], 'e|z': [1, 1], 'e|m': [2, 8], 'e|never': [1, 1] } },
  ],
});
const pop = generateFlat(scenario);

function share(codes: Float64Array, code: number, where: (i: number) => boolean = () => true): { p: number; n: number } {
  let n = 0;
  let hits = 0;
  for (let i = 0; i < codes.length; i++) {
    if (!where(i)) continue;
    n++;
    if (codes[i] === code) hits++;
  }
  return { p: hits / n, n };
}

function expectShare(observed: { p: number; n: number }, expected: number) {
  expect(Math.abs(observed.p - expected)).toBeLessThan(SE_TOLERANCE * proportionSe(expected, observed.n) + 1e-12);
}

describe('generatePopulation: categorical attributes', () => {
  it('draws unconditional categories in proportion to their weights (within 4 SE)', () => {
    const eth = pop.codes('eth');
    expectShare(share(eth, 0), 0.7);
    expectShare(share(eth, 1), 0.18);
    expectShare(share(eth, 2), 0.12);
  });

  it('never draws a category whose weight is zero, and splits the rest evenly', () => {
    const sex = pop.codes('sex');
    expect(share(sex, 1).p).toBe(0);
    expect(share(sex, 3).p).toBe(0);
    expectShare(share(sex, 0), 0.5);
  });

  it('draws a conditional attribute from the table row of each parent category (within 4 SE)', () => {
    const eth = pop.codes('eth');
    const hood = pop.codes('hood');
    const table = [[0.6, 0.3, 0.1], [0.1, 0.3, 0.6], [0.2, 0.2, 0.6]];
    table.forEach((row, parent) =>
      row.forEach((p, code) => expectShare(share(hood, code, (i) => eth[i] === parent), p)));
  });

  it('reads a two-parent table key "hood|sex" in the order of given (within 4 SE)', () => {
    const hood = pop.codes('hood');
    const sex = pop.codes('sex');
    const dev = pop.codes('dev');
    const iosShare: Record<string, number> = { 'n|f': 0.9, 'n|m': 0.7, 's|f': 0.5, 's|m': 0.3, 'e|f': 0.1, 'e|m': 0.2 };
    const hoods = ['n', 's', 'e'];
    const sexes = ['f', 'z', 'm'];
    for (const [key, p] of Object.entries(iosShare)) {
      const [h, s] = key.split('|');
      const where = (i: number) => hood[i] === hoods.indexOf(h!) && sex[i] === sexes.indexOf(s!);
      expectShare(share(dev, 0, where), p);
    }
  });

  it('gives the conditional attribute the marginal implied by the table (within 4 SE)', () => {
    // P(hood = s) = 0.7·0.3 + 0.18·0.3 + 0.12·0.2 = 0.288
    expectShare(share(pop.codes('hood'), 1), 0.288);
  });
});
