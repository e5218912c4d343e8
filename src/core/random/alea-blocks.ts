/**
 * Blocks of draws from several streams at once. One Alea stream is a chain of dependent steps (each
 * draw waits for the carry of the one before), so a loop over one stream waits on that chain; four
 * streams stepped side by side in one loop fill four blocks in about the time of one and a half.
 * Every stream still gives exactly its own numbers in its own order (alea.ts).
 */
import type { BlockRng } from './alea';
import { AleaStream } from './alea';
import { zigguratBox, zigguratRest } from './ziggurat';

export type DrawKind = 'uniforms' | 'normals';

/** A stream's next block of draws, made ahead of time: it answers one block read of that length. */
export class Predrawn implements BlockRng {
  constructor(
    private readonly block: Float64Array,
    private readonly kind: DrawKind,
  ) {}

  next(): number {
    throw new Error('random: a predrawn block gives its draws as one block only');
  }

  normal(): number {
    return this.next();
  }

  uniforms(_out: Float64Array, n: number): Float64Array {
    return this.take('uniforms', n);
  }

  normals(_out: Float64Array, n: number): Float64Array {
    return this.take('normals', n);
  }

  private take(kind: DrawKind, n: number): Float64Array {
    if (kind !== this.kind || n !== this.block.length) throw new Error(`random: asked for ${n} ${kind} of a block of ${this.block.length} ${this.kind}`);
    return this.block;
  }
}

export interface DrawRequest {
  readonly stream: AleaStream;
  readonly kind: DrawKind;
}

/**
 * The next n draws of each requested stream, uniforms four streams and normals three or two streams
 * at a time, into `pool` (grown as needed, one array per request, reused from call to call).
 */
export function predraw(requests: readonly DrawRequest[], n: number, pool: Float64Array[]): Predrawn[] {
  const blocks = requests.map((_, k) => {
    let b = pool[k];
    if (!b || b.length < n) b = pool[k] = new Float64Array(n);
    return b.subarray(0, n);
  });
  for (const kind of ['uniforms', 'normals'] as const) {
    const at = requests.flatMap((r, k) => (r.kind === kind ? [k] : []));
    const widths = kind === 'uniforms' ? fours(at.length) : normalWidths(at.length);
    for (let j = 0, w = 0; j < at.length; j += widths[w++]!) {
      const group = at.slice(j, j + widths[w]!);
      const s = group.map((k) => (requests[k] as DrawRequest).stream);
      const o = group.map((k) => blocks[k] as Float64Array);
      if (kind === 'normals') {
        // A lone stream of normals takes the two-stream loop beside the spare stream, as uniforms
        // do below: no one-stream loop to compile as well, in about the same time.
        if (s.length === 3) normals3(s[0]!, s[1]!, s[2]!, o[0]!, o[1]!, o[2]!, n);
        else if (s.length === 1) normals2(s[0]!, spareNormals, o[0]!, spareBlock(n), n);
        else normals2(s[0]!, s[1]!, o[0]!, o[1]!, n);
        continue;
      }
      if (group.length === 1) {
        s[0]!.uniforms(o[0]!, n);
        continue;
      }
      // Two or three streams of uniforms take the four-stream loop beside a spare stream nobody
      // reads: a step of four streams takes about as long as one of two (each waits on its chain).
      while (s.length < 4) {
        s.push(spare);
        o.push(spareBlock(n));
      }
      uniforms4(s[0]!, s[1]!, s[2]!, s[3]!, o[0]!, o[1]!, o[2]!, o[3]!, n);
    }
  }
  return requests.map((r, k) => new Predrawn(blocks[k] as Float64Array, r.kind));
}

function fours(count: number): number[] {
  return Array.from({ length: Math.ceil(count / 4) }, () => 4);
}

/**
 * Streams of normals go three or two to a loop (threes first): a loop of normals waits on the
 * chains of its streams' steps, and three chains side by side take little longer than two (five
 * streams, 1M people each: 24 ns a person as 3 + 2, 30 as 2 + 2 + 2 with a spare, 25 all five in
 * one loop, which leaves its tight loop too often). A lone stream goes with the spare stream.
 */
function normalWidths(count: number): number[] {
  if (count <= 2) return count === 0 ? [] : [2];
  if (count === 4) return [2, 2];
  const rest = count % 3;
  const threes = Math.floor(count / 3) - (rest === 1 ? 1 : 0);
  return [...new Array<number>(threes).fill(3), ...(rest === 1 ? [2, 2] : rest === 2 ? [2] : [])];
}

/** The streams (and the block) that pad a group of uniforms to four or of normals to two: what they draw is never read. */
const spare = new AleaStream('spare');
const spareNormals = new AleaStream('spare normals');
let spareBlocks: Float64Array = new Float64Array(0);

function spareBlock(n: number): Float64Array {
  if (spareBlocks.length < n) spareBlocks = new Float64Array(n);
  return spareBlocks.subarray(0, n);
}

function uniforms4(p: AleaStream, q: AleaStream, r: AleaStream, u: AleaStream, A: Float64Array, B: Float64Array, C: Float64Array, D: Float64Array, n: number): void {
  let a0 = p.s0, a1 = p.s1, a2 = p.s2, ac = p.c;
  let b0 = q.s0, b1 = q.s1, b2 = q.s2, bc = q.c;
  let c0 = r.s0, c1 = r.s1, c2 = r.s2, cc = r.c;
  let d0 = u.s0, d1 = u.s1, d2 = u.s2, dc = u.c;
  for (let i = 0; i < n; i++) {
    const ta = 2091639 * a0 + ac * 2.3283064365386963e-10;
    const tb = 2091639 * b0 + bc * 2.3283064365386963e-10;
    const tc = 2091639 * c0 + cc * 2.3283064365386963e-10;
    const td = 2091639 * d0 + dc * 2.3283064365386963e-10;
    a0 = a1; a1 = a2; ac = ta | 0; a2 = ta - ac; A[i] = a2;
    b0 = b1; b1 = b2; bc = tb | 0; b2 = tb - bc; B[i] = b2;
    c0 = c1; c1 = c2; cc = tc | 0; c2 = tc - cc; C[i] = c2;
    d0 = d1; d1 = d2; dc = td | 0; d2 = td - dc; D[i] = d2;
  }
  p.set(ac, a0, a1, a2);
  q.set(bc, b0, b1, b2);
  r.set(cc, c0, c1, c2);
  u.set(dc, d0, d1, d2);
}

/**
 * Two streams' normals side by side: runs of iterations where both draws land inside their
 * layer's box (boxNormals2), each run ended by an iteration where one or both finish on their own
 * stream's slow path, here, out of the tight loop.
 */
function normals2(p: AleaStream, q: AleaStream, A: Float64Array, B: Float64Array, n: number): void {
  for (let i = boxNormals2(p, q, A, B, 0, n); i < n; i = boxNormals2(p, q, A, B, i + 1, n)) {
    if (A[i] !== A[i]) A[i] = zigguratRest(p.step, p.s2);
    if (B[i] !== B[i]) B[i] = zigguratRest(q.step, q.s2);
  }
}

/** normals2 for three streams. */
function normals3(p: AleaStream, q: AleaStream, r: AleaStream, A: Float64Array, B: Float64Array, C: Float64Array, n: number): void {
  for (let i = boxNormals3(p, q, r, A, B, C, 0, n); i < n; i = boxNormals3(p, q, r, A, B, C, i + 1, n)) {
    if (A[i] !== A[i]) A[i] = zigguratRest(p.step, p.s2);
    if (B[i] !== B[i]) B[i] = zigguratRest(q.step, q.s2);
    if (C[i] !== C[i]) C[i] = zigguratRest(r.step, r.s2);
  }
}

/** boxNormals2 for three streams. */
function boxNormals3(p: AleaStream, q: AleaStream, r: AleaStream, A: Float64Array, B: Float64Array, C: Float64Array, from: number, n: number): number {
  let a0 = p.s0, a1 = p.s1, a2 = p.s2, ac = p.c;
  let b0 = q.s0, b1 = q.s1, b2 = q.s2, bc = q.c;
  let c0 = r.s0, c1 = r.s1, c2 = r.s2, cc = r.c;
  let i = from;
  for (; i < n; i++) {
    const ta = 2091639 * a0 + ac * 2.3283064365386963e-10;
    const tb = 2091639 * b0 + bc * 2.3283064365386963e-10;
    const tc = 2091639 * c0 + cc * 2.3283064365386963e-10;
    a0 = a1; a1 = a2; ac = ta | 0; a2 = ta - ac;
    b0 = b1; b1 = b2; bc = tb | 0; b2 = tb - bc;
    c0 = c1; c1 = c2; cc = tc | 0; c2 = tc - cc;
    const x = zigguratBox(a2);
    const y = zigguratBox(b2);
    const z = zigguratBox(c2);
    A[i] = x;
    B[i] = y;
    C[i] = z;
    if (x !== x || y !== y || z !== z) break;
  }
  p.set(ac, a0, a1, a2);
  q.set(bc, b0, b1, b2);
  r.set(cc, c0, c1, c2);
  return i;
}

/** As boxNormals (alea.ts) for two streams; the draw that ends the run is NaN in its block. */
function boxNormals2(p: AleaStream, q: AleaStream, A: Float64Array, B: Float64Array, from: number, n: number): number {
  let a0 = p.s0, a1 = p.s1, a2 = p.s2, ac = p.c;
  let b0 = q.s0, b1 = q.s1, b2 = q.s2, bc = q.c;
  let i = from;
  for (; i < n; i++) {
    const ta = 2091639 * a0 + ac * 2.3283064365386963e-10;
    const tb = 2091639 * b0 + bc * 2.3283064365386963e-10;
    a0 = a1; a1 = a2; ac = ta | 0; a2 = ta - ac;
    b0 = b1; b1 = b2; bc = tb | 0; b2 = tb - bc;
    const x = zigguratBox(a2);
    const y = zigguratBox(b2);
    A[i] = x;
    B[i] = y;
    if (x !== x || y !== y) break;
  }
  p.set(ac, a0, a1, a2);
  q.set(bc, b0, b1, b2);
  return i;
}

// V8 compiles a loop that gets hot while it runs (on-stack replacement), from the type feedback
// gathered so far; the state write-back after a block's loop has then never run, has none, and the
// compiled code bails out there at the end of every block. Short blocks drawn at load run it first
// (twice: V8 records feedback only once a function has run a little).
{
  const s = new AleaStream('warm-up');
  const e = new Float64Array(64);
  for (let k = 0; k < 2; k++) {
    uniforms4(s, s, s, s, e, e, e, e, e.length);
    s.uniforms(e, e.length);
  }
}
