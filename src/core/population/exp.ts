/**
 * The exponential for generation's per-person loops, with V8's `Math.exp` bits: fdlibm's e_exp.c
 * (Sun, 1993), the algorithm `Math.exp` runs (V8's base/ieee754.cc), with the same double
 * operations in the same order, so the same result bit for bit. Written in JavaScript it is
 * inlined into the loop that calls it, where `Math.exp` is a call into C that makes the loop save
 * and restore its registers at every person. Arguments outside the common range take `Math.exp`.
 */

const LN2_HI = 6.9314718036912381649e-1; // 0x3fe62e42 fee00000
const LN2_LO = 1.90821492927058770002e-10; // 0x3dea39ef 35793c76
const INV_LN2 = 1.442695040888963387; // 0x3ff71547 652b82fe
const P1 = 1.66666666666666019037e-1;
const P2 = -2.77777777770155933842e-3;
const P3 = 6.61375632143793436117e-5;
const P4 = -1.65339022054652515390e-6;
const P5 = 4.13813679705723846039e-8;

/**
 * fdlibm reduces x when its high word exceeds 0x3fd62e42: |x| ≥ the double with high word
 * 0x3fd62e43 and low word 0 (positive doubles order as their bits).
 */
const REDUCE_FROM = 0.3465735912322998; // 0x3fd62e43 00000000
/** Below 2^-28 fdlibm returns 1 + x (the polynomial would round differently). */
const TINY = 3.725290298461914e-9; // 2^-28
/** From here on fdlibm's over/underflow and subnormal scaling apply; Math.exp handles them. */
const LARGE = 708;

/** 2^k for k in [−1022, 1023], at k + POW2_BIAS. */
const POW2_BIAS = 1022;
const POW2 = new Float64Array(2046);
for (let k = -1022; k < 1024; k++) POW2[k + POW2_BIAS] = 2 ** k;

/**
 * Math.exp(x), bit for bit. fdlibm's two other reductions (|x| < 1.5·ln 2 with k = ±1, and k = 0
 * for |x| ≤ 0.5·ln 2) are the general one's own operations for those k (x − 1·ln2HI, ±ln2LO,
 * 0 − q), so one formula serves; x = 1 is fdlibm's special case (it returns the double e).
 */
export function exactExp(x: number): number {
  const ax = Math.abs(x);
  if (!(ax > TINY && ax < LARGE) || x === 1) return Math.exp(x);
  let k = 0;
  let hi = x;
  let lo = 0;
  if (ax >= REDUCE_FROM) {
    // (int)(x/ln2 ± ½): truncation towards zero, as C's cast.
    k = (INV_LN2 * x + (x < 0 ? -0.5 : 0.5)) | 0;
    hi = x - k * LN2_HI;
    lo = k * LN2_LO;
    x = hi - lo;
  }
  const t = x * x;
  const c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1 - ((x * c) / (c - 2) - x);
  return (1 - (lo - (x * c) / (2 - c) - hi)) * POW2[k + POW2_BIAS]!;
}
