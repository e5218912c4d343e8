import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stream } from '../../src/core/random/stream';
import { tieWord } from '../../src/core/selection/sort-key';
import { aleaJump, aleaState, nextTieWords, tieWordsInto } from '../../src/core/selection/tie-words';

describe('tie words', () => {
  it('nextTieWords gives tieWord of exactly the draws of stream(seed, ...parts).next(), in order', () => {
    for (const [seed, parts] of [
      ['selection-test', ['chunk', 0, 'tie', 'x']],
      [42, ['chunk', 30, 'tie', 'history']],
    ] as const) {
      const state = aleaState(seed, parts);
      const words = [...nextTieWords(state, 50_000), ...nextTieWords(state, 1_000)];
      const rng = stream(seed, ...parts);
      const expected = Array.from({ length: words.length }, () => tieWord(rng.next()));
      expect(words).toEqual(expected);
    }
  });

  it('aleaJump by d is exactly d steps of the stream, from any state a seed reaches', () => {
    fc.assert(
      fc.property(fc.string(), fc.nat(5_000), fc.nat(70_000), (seed, before, d) => {
        const state = aleaState(seed, ['tie']);
        nextTieWords(state, before);
        const jumped = aleaJump(state, d);
        nextTieWords(state, d);
        expect(jumped).toEqual(state);
      }),
      { numRuns: 60 },
    );
  });

  it('tieWordsInto (four quarters drawn side by side) equals nextTieWords for every length, and leaves the state as it was', () => {
    const lengths = fc.oneof(fc.nat(40), fc.integer({ min: 40, max: 40_000 }), fc.constantFrom(32_768, 16_960, 15, 16, 17));
    fc.assert(
      fc.property(fc.string(), lengths, (seed, n) => {
        const state = aleaState(seed, ['chunk', 3, 'tie', 'p']);
        const copy = { ...state };
        const out = new Uint32Array(n);
        tieWordsInto(state, out);
        expect(state).toEqual(copy);
        expect(Array.from(out)).toEqual(Array.from(nextTieWords({ ...state }, n)));
      }),
      { numRuns: 80 },
    );
  });

  it('tieWordsInto × 2^−32 is bit for bit the stream’s block of uniforms (the history’s and the samples’ draws)', () => {
    const lengths = fc.oneof(fc.nat(40), fc.integer({ min: 40, max: 40_000 }), fc.constantFrom(32_768, 16_960));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.integer()), fc.nat(400), lengths, (seed, chunk, n) => {
        const words = new Uint32Array(n);
        tieWordsInto(aleaState(seed, ['chunk', chunk, 'sample', 'lookalike']), words);
        const u = stream(seed, 'chunk', chunk, 'sample', 'lookalike').uniforms(new Float64Array(n), n);
        let differ = -1;
        for (let i = 0; i < n && differ < 0; i++) if (!Object.is((words[i] as number) * 2.3283064365386963e-10, u[i])) differ = i;
        expect(differ).toBe(-1);
      }),
      { numRuns: 40 },
    );
  });
});
