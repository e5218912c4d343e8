/**
 * Every candidate gets a 96-bit sort key of three unsigned 32-bit words, larger = earlier in the
 * ranking: (score, tie-break uniform, −global index). Keys are unique (the index part is), so a
 * position in the ranking is always one exact person, and a prefix of the key's 12 bytes names a
 * bin that can be counted in every chunk and refined a byte at a time.
 */
const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/** Bytes in a key; one byte is refined per histogram round. */
export const KEY_BYTES = 12;
/** 2^32: scales a seedrandom Alea uniform (a multiple of 2^-32) to an exact 32-bit integer. */
const TWO_32 = 4294967296;

/** Maps a float32 score to a uint32 whose unsigned order is the score's numeric order. */
export function scoreWord(score: number): number {
  // -0 and +0 must tie, as they do numerically.
  f32[0] = score === 0 ? 0 : score;
  const bits = u32[0] as number;
  return bits & 0x80000000 ? ~bits >>> 0 : (bits | 0x80000000) >>> 0;
}

/** The float32 score a scoreWord came from. */
export function wordScore(word: number): number {
  u32[0] = word & 0x80000000 ? (word & 0x7fffffff) >>> 0 : ~word >>> 0;
  return f32[0] as number;
}

export function tieWord(uniform: number): number {
  return Math.floor(uniform * TWO_32) >>> 0;
}

/** Lower global index ranks first, so the word is the index's complement. */
export function indexWord(globalIndex: number): number {
  return (0xffffffff - globalIndex) >>> 0;
}

export type SortKey = readonly [number, number, number];

/** Byte `b` (0 = most significant) of the key (w0, w1, w2). */
export function keyByte(w0: number, w1: number, w2: number, b: number): number {
  const w = b < 4 ? w0 : b < 8 ? w1 : w2;
  return (w >>> (24 - 8 * (b & 3))) & 255;
}

/** Compares keys: negative if a ranks after b (a is smaller), positive if before. */
export function compareKeys(a: SortKey, b: SortKey): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** Word masks and values that test whether a key starts with the given bytes. */
export interface PrefixTest {
  readonly mask: readonly [number, number, number];
  readonly value: readonly [number, number, number];
}

export function prefixTest(prefix: readonly number[]): PrefixTest {
  const mask = [0, 0, 0];
  const value = [0, 0, 0];
  prefix.forEach((byte, b) => {
    const w = b >> 2;
    const shift = 24 - 8 * (b & 3);
    mask[w] = ((mask[w] as number) | (255 << shift)) >>> 0;
    value[w] = ((value[w] as number) | (byte << shift)) >>> 0;
  });
  return { mask: mask as [number, number, number], value: value as [number, number, number] };
}
