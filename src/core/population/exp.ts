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

/** 2^(j/256), j = 0..255. */
const STEPS = 256;
const STEP_POW2 = new Float64Array(STEPS);
for (let j = 0; j < STEPS; j++) STEP_POW2[j] = 2 ** (j / STEPS);
const STEPS_PER_LN = STEPS / Math.LN2;
const LN2_PER_STEP = Math.LN2 / STEPS;
/** Adding and subtracting 1.5·2^52 rounds a double below 2^51 to the nearest integer. */
const ROUND = 6755399441055744;

/**
 * e^x within a relative 2^-40 for |x| < 700, cheaper than exactExp (a table of 2^(j/256), a
 * degree-3 polynomial in Estrin's form, no division): the polynomial's remainder is below 1.5e-13
 * (|r| ≤ ln 2/512), the reduction's error below 1e-13 (tests/population/exp.test.ts measures the
 * whole). Only for decisions that check their margin (logistic-column.ts); outside |x| < 700 it
 * means nothing. Estrin's form (1 + r) + r²·(½ + r/6) waits on three roundings in a row where
 * Horner's waits on six, and the loops that call it wait on it.
 */
export function nearExp(x: number): number {
  const kd = x * STEPS_PER_LN + ROUND - ROUND;
  const k = kd | 0;
  const r = x - kd * LN2_PER_STEP;
  const p = 1 + r + r * r * (0.5 + r * (1 / 6));
  return p * STEP_POW2[k & (STEPS - 1)]! * POW2[(k >> 8) + POW2_BIAS]!;
}

/**
 * How far (relative) a value computed with nearExp may lie from the one exactExp gives: nearExp's
 * 2^-40, plus a few roundings of 2^-53, with room to spare.
 */
export const NEAR_MARGIN = 2 ** -36;
/**
 * Where nearExp may stand in for exactExp in a decision: its own |x| < 700, less enough that a
 * value of e^-x times NEAR_MARGIN stays a normal double (e^-680 · 2^-36 ≈ 2^-1017).
 */
export const NEAR_RANGE = 680;

/**
 * Math.fround(v') for every v' within a relative NEAR_MARGIN of m, or NaN when they differ (m lies
 * that close to a point where Float32 rounding changes) or m is NaN. Rounding is monotonic, so
 * when both ends of the interval round alike so does all of it. A column stored as Float32 that
 * computes m with nearExp keeps this value when it is not NaN (all but about 1 person in 2,800) and
 * computes the exact value otherwise: the same Float32 either way.
 */
export function settledF32(m: number): number {
  const lo = Math.fround(m * (1 - NEAR_MARGIN));
  return lo === Math.fround(m * (1 + NEAR_MARGIN)) ? lo : NaN;
}

// exactExp runs at load over [-5, 5), its slow path included (0 and 1 take Math.exp): the loops
// that inline it (log-normals, prices, observations, the rare exact probability) are then compiled
// from feedback that has seen every path. Without this, once the logistic columns stopped calling
// it for every person, those loops ran 10–15% slower (measured per stage, 1M people, one thread).
{
  let s = 0;
  for (let i = 0; i < 2000; i++) s += exactExp((i % 200) / 20 - 5);
  if (s !== s) throw new Error('population: exactExp warm-up gave NaN');
}
