/**
 * Standard normal draws by the ziggurat method (Marsaglia & Tsang 2000, in Doornik's 2005 ZIGNOR
 * form, which draws the layer and the position from independent bits). Exact in distribution; one
 * uniform per draw about 99% of the time, versus a log, a square root and a sine for Box–Muller,
 * which made normals the slowest part of generating a population.
 */

/** Layers of the ziggurat. */
const LAYERS = 128;
/** Where the tail starts, and the area of each layer, for 128 layers (Doornik 2005, table 1). */
const R = 3.442619855899;
const V = 9.91256303526217e-3;

/** Right edge of each layer (X[0] is the base layer's virtual width V / f(R)); X[LAYERS] = 0. */
const X = new Float64Array(LAYERS + 1);
/** X[i + 1] / X[i]: a draw with |u| below it lies wholly inside the layer. */
const RATIO = new Float64Array(LAYERS);
{
  let f = Math.exp(-0.5 * R * R);
  X[0] = V / f;
  X[1] = R;
  X[LAYERS] = 0;
  for (let i = 2; i < LAYERS; i++) {
    X[i] = Math.sqrt(-2 * Math.log(V / X[i - 1]! + f));
    f = Math.exp(-0.5 * X[i]! * X[i]!);
  }
  for (let i = 0; i < LAYERS; i++) RATIO[i] = X[i + 1]! / X[i]!;
}

/** 2^32: a uniform from Alea is a multiple of 2^-32, so u · 2^32 is an exact 32-bit integer. */
const TWO_32 = 4294967296;
/** 2^-24: the position's scale; 25 bits give u in (−1, 1) with 2^-24 spacing. */
const TWO_M24 = 5.960464477539063e-8;

/** One standard normal from `uniform`, a source of uniforms in [0, 1) with 32 random bits each. */
export function zigguratNormal(uniform: () => number): number {
  for (;;) {
    const bits = uniform() * TWO_32;
    const layer = bits & (LAYERS - 1);
    // The other 25 bits: u in (−1, 1), symmetric about 0.
    const u = (Math.floor(bits / LAYERS) + 0.5) * TWO_M24 - 1;
    if (Math.abs(u) < RATIO[layer]!) return u * X[layer]!;
    const x = zigguratEdge(uniform, layer, u);
    if (x === x) return x;
  }
}

/**
 * The first uniform of a draw as (layer, u): the normal when it lies inside its layer's box, or
 * NaN when the draw must go on (zigguratEdge then), exactly the steps of zigguratNormal. For loops
 * that step the generator themselves (alea.ts).
 */
export function zigguratBox(uniform: number): number {
  const bits = uniform * TWO_32;
  const layer = bits & (LAYERS - 1);
  const u = (Math.floor(bits / LAYERS) + 0.5) * TWO_M24 - 1;
  return Math.abs(u) < RATIO[layer]! ? u * X[layer]! : NaN;
}

/** The rest of a draw whose first uniform fell outside its layer's box: zigguratNormal's steps from there on. */
export function zigguratRest(uniform: () => number, first: number): number {
  const bits = first * TWO_32;
  const layer = bits & (LAYERS - 1);
  const u = (Math.floor(bits / LAYERS) + 0.5) * TWO_M24 - 1;
  const x = zigguratEdge(uniform, layer, u);
  return x === x ? x : zigguratNormal(uniform);
}

/** A draw outside its layer's box: the tail, or the wedge test; NaN = rejected, draw again. */
function zigguratEdge(uniform: () => number, layer: number, u: number): number {
  if (layer === 0) return tail(uniform, u < 0);
  const x = u * X[layer]!;
  const x0 = X[layer]!;
  const x1 = X[layer + 1]!;
  const f0 = Math.exp(-0.5 * (x0 * x0 - x * x));
  const f1 = Math.exp(-0.5 * (x1 * x1 - x * x));
  return f1 + uniform() * (f0 - f1) < 1 ? x : NaN;
}

/** Marsaglia's tail method beyond R. */
function tail(uniform: () => number, negative: boolean): number {
  let x: number;
  let y: number;
  do {
    x = Math.log(1 - uniform()) / R;
    y = Math.log(1 - uniform());
  } while (-2 * y < x * x);
  return negative ? x - R : R - x;
}
