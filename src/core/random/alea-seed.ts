/**
 * The seeding of seedrandom's Alea (Baagoe's Mash hash of the key), with the same float operations
 * in the same order, so a stream starts in exactly the state seedrandom.alea(key) gives; without
 * the closures and objects seedrandom makes for each generator (a chunk seeds 16 streams).
 * tests/random/alea-blocks.test.ts checks it against seedrandom itself.
 */

/** Mash's running value n after hashing `data` from `n`, and the hash of this step. */
function mash(n: number, data: string): { n: number; hash: number } {
  for (let i = 0; i < data.length; i++) {
    n += data.charCodeAt(i);
    let h = 0.02519603282416938 * n;
    n = h >>> 0;
    h -= n;
    h *= n;
    n = h >>> 0;
    h -= n;
    n += h * 0x100000000; // 2^32
  }
  return { n, hash: (n >>> 0) * 2.3283064365386963e-10 }; // 2^-32
}

// Every seeding starts with three hashes of ' ', which do not depend on the key: worked out once.
const first = mash(0xefc8249d, ' ');
const second = mash(first.n, ' ');
const third = mash(second.n, ' ');

export interface AleaState {
  c: number;
  s0: number;
  s1: number;
  s2: number;
}

/** The state seedrandom.alea(key) starts in: each fraction less three successive hashes of the key, mod 1. */
export function aleaSeed(key: string, out: AleaState): void {
  let at = third.n;
  let s0 = first.hash;
  let s1 = second.hash;
  let s2 = third.hash;
  let m = mash(at, key);
  at = m.n;
  s0 -= m.hash;
  if (s0 < 0) s0 += 1;
  m = mash(at, key);
  at = m.n;
  s1 -= m.hash;
  if (s1 < 0) s1 += 1;
  m = mash(at, key);
  s2 -= m.hash;
  if (s2 < 0) s2 += 1;
  out.c = 1;
  out.s0 = s0;
  out.s1 = s1;
  out.s2 = s2;
}
