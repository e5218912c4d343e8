import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addTally, emptyTally, grownSeed, observedMasks } from '../../src/core/learning/observed';

describe('observedMasks', () => {
  it('marks the reached as observed and the unreached history as history-only, worked by hand', () => {
    const impressions = new Uint16Array([0, 2, 1, 0, 0, 3]);
    const outcome = new Uint8Array([0, 1, 0, 0, 0, 1]);
    const history = new Uint8Array([1, 1, 0, 0, 1, 0]);
    const m = observedMasks(impressions, outcome, history);
    expect([...m.observed]).toEqual([0, 1, 1, 0, 0, 1]);
    expect([...m.historyOnly]).toEqual([1, 0, 0, 0, 1, 0]);
    expect(m.tally).toEqual({ observed: 3, positives: 2, historyOnly: 2 });
  });

  it('without a history, only the reached are training rows', () => {
    expect(observedMasks([0, 1], [0, 0]).tally).toEqual({ observed: 1, positives: 0, historyOnly: 0 });
  });

  it('tallies of any split into chunks add up to the tally of the whole', () => {
    const person = fc.record({ impressions: fc.nat(4), outcome: fc.nat(1), history: fc.nat(1) });
    fc.assert(
      fc.property(fc.array(person, { maxLength: 60 }), fc.array(fc.nat(60), { maxLength: 5 }), (people, cuts) => {
        const col = (k: 'impressions' | 'outcome' | 'history') => people.map((p) => (k === 'outcome' && p.impressions === 0 ? 0 : p[k]));
        const whole = observedMasks(col('impressions'), col('outcome'), col('history')).tally;
        const edges = [0, ...cuts.map((c) => Math.min(c, people.length)).sort((a, b) => a - b), people.length];
        let sum = emptyTally();
        for (let k = 0; k + 1 < edges.length; k++) {
          const part = (c: number[]) => c.slice(edges[k], edges[k + 1]);
          sum = addTally(sum, observedMasks(part(col('impressions')), part(col('outcome')), part(col('history'))).tally);
        }
        expect(sum).toEqual(whole);
      }),
    );
  });
});

describe('grownSeed', () => {
  it('adds every reached person with a positive outcome to the seed audience, worked by hand', () => {
    const seed = new Uint8Array([1, 0, 0, 1, 0]);
    const outcome = new Uint8Array([0, 1, 0, 1, 1]);
    const grown = grownSeed(seed, outcome);
    expect([...grown.mask]).toEqual([1, 1, 0, 1, 1]);
    expect(grown.joined).toBe(2);
  });
});
