import { describe, expect, it } from 'vitest';
import { stream } from '../../src/core/random/stream';
import { tieWord } from '../../src/core/selection/sort-key';
import { aleaState, nextTieWords } from '../../src/core/selection/tie-words';

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
});
