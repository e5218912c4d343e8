/**
 * The selection's tie-break draws, one per person, run in a tight loop. They are exactly the
 * numbers stream(seed, ...parts).next() gives (seedrandom's Alea, same float operations), taken
 * from the generator's state so a chunk's draws cost a few arithmetic steps each, not a call.
 */
import { aleaSeed } from '../random/alea-seed';
import type { AleaState } from '../random/alea-seed';
import type { Seed } from '../random/stream';
import { streamKey } from '../random/stream';

export type { AleaState } from '../random/alea-seed';

/** The state of stream(seed, ...parts) before its first draw. */
export function aleaState(seed: Seed, parts: readonly (string | number)[]): AleaState {
  // The seeding every stream uses (random/alea-seed.ts), without building a seedrandom generator.
  const state: AleaState = { c: 0, s0: 0, s1: 0, s2: 0 };
  aleaSeed(streamKey(seed, parts), state);
  return state;
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

/*
 * Jumping ahead. Alea is a lag-3 multiply-with-carry generator (a = 2091639, base b = 2^32, in
 * exact float arithmetic): x_n = (a·x_{n−3} + c) mod b, c = ⌊(a·x_{n−3} + c) / b⌋. Its state as
 * one number S = c·b³ + x_{n−1}·b² + x_{n−2}·b + x_{n−3} (s2, s1, s0 as 32-bit integers) obeys
 * b·S' = S + x_{n−3}·(a·b³ − 1), so S' = S·b⁻¹ mod m with m = a·b³ − 1 and b⁻¹ ≡ a·b² (mod m);
 * d steps multiply S by (a·b²)^d mod m (every state reached from a seed is below m).
 */
const A = 2091639n;
const B = 4294967296n;
const M = A * B * B * B - 1n;
const jumps = new Map<number, bigint>();

function jumpFactor(steps: number): bigint {
  let factor = jumps.get(steps);
  if (factor !== undefined) return factor;
  factor = 1n;
  let base = (A * B * B) % M;
  for (let e = BigInt(steps); e > 0n; e >>= 1n) {
    if (e & 1n) factor = (factor * base) % M;
    base = (base * base) % M;
  }
  jumps.set(steps, factor);
  return factor;
}

/** The state `steps` draws after `state` (the stream as nextTieWords would have stepped it). */
export function aleaJump(state: AleaState, steps: number): AleaState {
  const word = (s: number) => BigInt(Math.floor(s * TWO_32));
  const S = BigInt(state.c) * B * B * B + word(state.s2) * B * B + word(state.s1) * B + word(state.s0);
  const T = (S * jumpFactor(steps)) % M;
  const part = (shift: bigint) => Number((T >> shift) % B) / TWO_32;
  return { c: Number(T >> 96n), s0: part(0n), s1: part(32n), s2: part(64n) };
}

/**
 * Fills `out` with the stream's next out.length draws as tie words (tieWord(u), exactly
 * u·2^32), as nextTieWords would, without advancing `state`. One stream's steps form a chain
 * of dependent float operations, each waiting for the last: the four quarters of `out` are drawn
 * side by side instead, each from its starting state (aleaJump), so four chains run at once.
 */
export function tieWordsInto(state: AleaState, out: Uint32Array): void {
  const n = out.length;
  // Quarters of fewer than four people would overlap: few draws are taken one by one.
  if (n < 16) return out.set(nextTieWords({ ...state }, n));
  const quarter = Math.ceil(n / 4);
  const q1 = aleaJump(state, quarter);
  const q2 = aleaJump(q1, quarter);
  const q3 = aleaJump(q2, quarter);
  const { c: c0, s0: a0, s1: b0, s2: d0 } = state;
  drawFourChains(out, quarter, n - 3 * quarter, c0, a0, b0, d0, q1.c, q1.s0, q1.s1, q1.s2, q2.c, q2.s0, q2.s1, q2.s2, q3.c, q3.s0, q3.s1, q3.s2);
}

/**
 * The loop of tieWordsInto, alone in its function with the four chains' states (c, s0, s1, s2) as
 * plain numbers: V8 compiles just this loop, not the BigInt jumps before it. The last quarter
 * (`last` draws) is the shorter one when out.length is not a multiple of 4.
 */
function drawFourChains(
  out: Uint32Array,
  quarter: number,
  last: number,
  c0: number,
  a0: number,
  b0: number,
  d0: number,
  c1: number,
  a1: number,
  b1: number,
  d1: number,
  c2: number,
  a2: number,
  b2: number,
  d2: number,
  c3: number,
  a3: number,
  b3: number,
  d3: number,
): void {
  for (let i = 0; i < quarter; i++) {
    // One Alea step per chain (nextTieWords' loop body, four times over).
    const t0 = 2091639 * a0 + c0 * 2.3283064365386963e-10; // 2^-32
    const t1 = 2091639 * a1 + c1 * 2.3283064365386963e-10;
    const t2 = 2091639 * a2 + c2 * 2.3283064365386963e-10;
    const t3 = 2091639 * a3 + c3 * 2.3283064365386963e-10;
    a0 = b0;
    a1 = b1;
    a2 = b2;
    a3 = b3;
    b0 = d0;
    b1 = d1;
    b2 = d2;
    b3 = d3;
    c0 = t0 | 0;
    c1 = t1 | 0;
    c2 = t2 | 0;
    c3 = t3 | 0;
    d0 = t0 - c0;
    d1 = t1 - c1;
    d2 = t2 - c2;
    d3 = t3 - c3;
    out[i] = d0 * TWO_32;
    out[i + quarter] = d1 * TWO_32;
    out[i + 2 * quarter] = d2 * TWO_32;
    if (i < last) out[i + 3 * quarter] = d3 * TWO_32;
  }
}
