/**
 * Uniforms addressed by index instead of drawn in sequence: u(i) for person i of a chunk, from one
 * stream key. A loop may then read u(i) only for the people who need it, and a person's number
 * still never depends on anyone else's. The key's stream gives a 32-bit base; each index is mixed
 * in with the murmur3 finaliser (a bijection on 32 bits), so u has 32-bit resolution.
 */
import { stream } from './stream';
import type { Seed } from './stream';

const TWO_32 = 4_294_967_296;

export function keyedUniform(seed: Seed, ...parts: (string | number)[]): (index: number) => number {
  const base = Math.floor(stream(seed, ...parts).next() * TWO_32) >>> 0;
  return (index: number) => {
    let h = (base ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    h ^= h >>> 16;
    return (h >>> 0) / TWO_32;
  };
}
