/**
 * seedrandom's Alea generator with its state in one object, so a column can take its uniforms or
 * normals in one block: a tight loop that keeps the state in local variables instead of a call
 * per draw. The numbers and their order are exactly those of seedrandom.alea(key)() one by one
 * (the same float operations), and `next`, `normal` and the blocks can be mixed on one stream.
 * alea-blocks.ts draws the blocks of several streams in one loop.
 */
import { aleaSeed } from './alea-seed';
import { zigguratBox, zigguratNormal, zigguratRest } from './ziggurat';

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Standard normal (ziggurat, see ziggurat.ts; draws use a varying number of uniforms). */
  normal(): number;
}

/** A stream that also draws in blocks. */
export interface BlockRng extends Rng {
  /**
   * The next n uniforms, as n calls of next() would give them: written to `out[0..n)`, or already
   * held in an array of the stream's own (see Predrawn). Returns the array that holds them.
   */
  uniforms(out: Float64Array, n: number): Float64Array;
  /** The next n standard normals, as n calls of normal() would give them; like `uniforms`. */
  normals(out: Float64Array, n: number): Float64Array;
}

/** One Alea stream: its state (three fractions in [0, 1) and a carry) and its draws. */
export class AleaStream implements BlockRng {
  // Initialised with doubles, so V8 stores them as doubles: fields that start undefined hold boxed
  // numbers, and every loop that carries them from one iteration to the next boxes a double per step.
  c = 0.5;
  s0 = 0.5;
  s1 = 0.5;
  s2 = 0.5;
  /** next() as a function value, for the ziggurat's slow path. */
  readonly step: () => number;

  constructor(key: string) {
    aleaSeed(key, this);
    this.step = () => this.next();
  }

  next(): number {
    const t = 2091639 * this.s0 + this.c * 2.3283064365386963e-10; // 2^-32
    this.s0 = this.s1;
    this.s1 = this.s2;
    this.c = t | 0;
    return (this.s2 = t - this.c);
  }

  normal(): number {
    return zigguratNormal(this.step);
  }

  uniforms(out: Float64Array, n: number): Float64Array {
    let c = this.c, s0 = this.s0, s1 = this.s1, s2 = this.s2;
    for (let i = 0; i < n; i++) {
      const t = 2091639 * s0 + c * 2.3283064365386963e-10;
      s0 = s1;
      s1 = s2;
      c = t | 0;
      s2 = t - c;
      out[i] = s2;
    }
    this.set(c, s0, s1, s2);
    return out;
  }

  /**
   * Normals by the ziggurat: runs of draws inside their layer's box (about 99%) in a tight loop,
   * each run ended by one draw that finishes on the slow path, out of the loop.
   */
  normals(out: Float64Array, n: number): Float64Array {
    for (let i = boxNormals(this, out, 0, n); i < n; i = boxNormals(this, out, i + 1, n)) out[i] = zigguratRest(this.step, this.s2);
    return out;
  }

  set(c: number, s0: number, s1: number, s2: number): void {
    this.c = c;
    this.s0 = s0;
    this.s1 = s1;
    this.s2 = s2;
  }
}

/**
 * Fills out[from..n) with normals while each draw's first uniform lands inside its layer's box, and
 * returns the index of the first draw that does not (that uniform is then the stream's s2), or n.
 * The slow path stays out of this loop, so V8 compiles the loop small and fast.
 */
export function boxNormals(st: AleaStream, out: Float64Array, from: number, n: number): number {
  let c = st.c, s0 = st.s0, s1 = st.s1, s2 = st.s2;
  let i = from;
  for (; i < n; i++) {
    const t = 2091639 * s0 + c * 2.3283064365386963e-10;
    s0 = s1;
    s1 = s2;
    c = t | 0;
    s2 = t - c;
    const x = zigguratBox(s2);
    if (x !== x) break;
    out[i] = x;
  }
  st.set(c, s0, s1, s2);
  return i;
}

/** The next n uniforms of any stream (in one block when it can); returns the array holding them. */
export function drawUniforms(rng: Rng, out: Float64Array, n: number): Float64Array {
  if (isBlock(rng)) return rng.uniforms(out, n);
  for (let i = 0; i < n; i++) out[i] = rng.next();
  return out;
}

/** The next n normals of any stream (in one block when it can); returns the array holding them. */
export function drawNormals(rng: Rng, out: Float64Array, n: number): Float64Array {
  if (isBlock(rng)) return rng.normals(out, n);
  for (let i = 0; i < n; i++) out[i] = rng.normal();
  return out;
}

function isBlock(rng: Rng): rng is BlockRng {
  return 'uniforms' in rng && 'normals' in rng;
}
