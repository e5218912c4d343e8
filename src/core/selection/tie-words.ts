/**
 * The selection's tie-break draws, one per person, run in a tight loop. They are exactly the
 * numbers stream(seed, ...parts).next() gives (seedrandom's Alea, same float operations), taken
 * from the generator's state so a chunk's draws cost a few arithmetic steps each, not a call.
 */
import seedrandom from 'seedrandom';
import type { Seed } from '../random/stream';
import { streamKey } from '../random/stream';

/** Alea's state: three fractions in [0, 1) and a carry. */
export interface AleaState {
  c: number;
  s0: number;
  s1: number;
  s2: number;
}

/** The state of stream(seed, ...parts) before its first draw. */
export function aleaState(seed: Seed, parts: readonly (string | number)[]): AleaState {
  return seedrandom.alea(streamKey(seed, parts), { state: true }).state();
}

/** 2^32: scales an Alea uniform (a multiple of 2^-32) to an exact 32-bit integer. */
export const TWO_32 = 4294967296;

/** The next `n` uniforms of the stream as tie words (tieWord(u)), advancing `state`; for tests and slow paths. */
export function nextTieWords(state: AleaState, n: number): Uint32Array {
  const out = new Uint32Array(n);
  let { c, s0, s1, s2 } = state;
  for (let i = 0; i < n; i++) {
    const t = 2091639 * s0 + c * 2.3283064365386963e-10; // 2^-32
    s0 = s1;
    s1 = s2;
    c = t | 0;
    s2 = t - c;
    out[i] = Math.floor(s2 * TWO_32) >>> 0;
  }
  Object.assign(state, { c, s0, s1, s2 });
  return out;
}
