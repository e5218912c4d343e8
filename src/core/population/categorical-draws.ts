/**
 * Categorical columns drawn and picked in one loop, four at a time. Each column's stream is an
 * Alea chain whose every step waits for the one before (alea-blocks.ts), so a loop stepping one
 * stream idles most of the time; stepping four side by side and picking each person's category
 * straight from the fresh uniform fills that idle time and never writes the uniforms to memory.
 * Every column gets exactly the uniforms and the categories of sampleCategorical: the same stream
 * numbers in the same order, the same guide and cumulative tables, the same comparisons.
 *
 * A column with no parent or one parent is picked here (its row is the parent's code, or 0); a
 * parent may be a column of the same group picked earlier in the step, as the person's code is
 * written before the next column reads it. A column with several parents reads a row column built
 * from finished columns, so it is drawn on its own (sampleCategorical) and ends the group.
 */
import { AleaStream } from '../random/alea';
import type { CategoricalSampler } from './categorical-sampler';
import { GUIDE_BUCKETS, GUIDE_SCAN, sampleCategorical } from './categorical-sampler';
import { column } from './group-terms';
import type { Rng } from '../random/stream';

/** The streams of a chunk's categorical columns: live ones for the groups, drawn blocks for the rest. */
export interface CategoricalStreams {
  categorical(id: string): AleaStream;
  attribute(id: string): Rng;
}

/** One column of a group: its stream, its parent's codes (zeros without one), its tables, its codes. */
interface Lane {
  readonly stream: AleaStream;
  readonly parent: Uint8Array;
  readonly guide: Uint8Array;
  readonly cumulative: Float64Array;
  readonly k: number;
  readonly out: Uint8Array;
}

/** Whether the sampler is picked in a group of four (see the module comment). */
export function pickedInGroups(s: CategoricalSampler): boolean {
  return s.parents.length <= 1;
}

/**
 * Draws every categorical column of a chunk (or of a slice of one), in order, into its column in
 * `codes` (each sampler's column must be there, of n entries). `rows` and `draws` are scratch
 * space of at least n for the columns drawn on their own.
 */
export function drawCategoricals(
  samplers: readonly CategoricalSampler[],
  streams: CategoricalStreams,
  n: number,
  codes: Record<string, Uint8Array>,
  rows: Uint16Array,
  draws: Float64Array,
): void {
  const space = padding(n);
  let group: Lane[] = [];
  const flush = () => {
    if (group.length === 0) return;
    while (group.length < 4) group.push(space.lane);
    if (group.every((lane) => lane.parent === space.zeros)) pick4Unconditional(group[0]!, group[1]!, group[2]!, group[3]!, n);
    else pick4(group[0]!, group[1]!, group[2]!, group[3]!, n);
    group = [];
  };
  for (const s of samplers) {
    const out = column(codes, s.id);
    if (!pickedInGroups(s)) {
      flush();
      sampleCategorical(s, streams.attribute(s.id), n, codes, out, rows, draws);
      continue;
    }
    const parent = s.parents.length === 1 ? column(codes, s.parents[0]!) : space.zeros;
    if (s.buckets !== GUIDE_BUCKETS) throw new Error(`population: column ${s.id} has ${s.buckets} guide buckets, not ${GUIDE_BUCKETS}`);
    group.push({ stream: streams.categorical(s.id), parent, guide: s.guide, cumulative: s.cumulative, k: s.k, out });
    if (group.length === 4) flush();
  }
  flush();
}

/**
 * Four lanes, person by person: step each lane's stream (Alea's step, as alea.ts) and pick from
 * the uniform as pickByRow does (the guide's entry for the row and bucket, and the rare scan past
 * a cut when the entry says its bucket holds one).
 */
function pick4(a: Lane, b: Lane, c: Lane, d: Lane, n: number): void {
  const pa = a.parent, ga = a.guide, ca = a.cumulative, ka = a.k, A = a.out;
  const pb = b.parent, gb = b.guide, cb = b.cumulative, kb = b.k, B = b.out;
  const pc = c.parent, gc = c.guide, cc = c.cumulative, kc = c.k, C = c.out;
  const pd = d.parent, gd = d.guide, cd = d.cumulative, kd = d.k, D = d.out;
  const p = a.stream, q = b.stream, r = c.stream, s = d.stream;
  let a0 = p.s0, a1 = p.s1, a2 = p.s2, ac = p.c;
  let b0 = q.s0, b1 = q.s1, b2 = q.s2, bc = q.c;
  let c0 = r.s0, c1 = r.s1, c2 = r.s2, rc = r.c;
  let d0 = s.s0, d1 = s.s1, d2 = s.s2, dc = s.c;
  for (let i = 0; i < n; i++) {
    const ta = 2091639 * a0 + ac * 2.3283064365386963e-10;
    const tb = 2091639 * b0 + bc * 2.3283064365386963e-10;
    const tc = 2091639 * c0 + rc * 2.3283064365386963e-10;
    const td = 2091639 * d0 + dc * 2.3283064365386963e-10;
    a0 = a1; a1 = a2; ac = ta | 0; a2 = ta - ac;
    b0 = b1; b1 = b2; bc = tb | 0; b2 = tb - bc;
    c0 = c1; c1 = c2; rc = tc | 0; c2 = tc - rc;
    d0 = d1; d1 = d2; dc = td | 0; d2 = td - dc;
    const ra = pa[i]!;
    let ja = ga[ra * GUIDE_BUCKETS + ((a2 * GUIDE_BUCKETS) | 0)]!;
    if (ja >= GUIDE_SCAN) for (ja -= GUIDE_SCAN; a2 >= ca[ra * ka + ja]!; ) ja++;
    A[i] = ja;
    const rb = pb[i]!;
    let jb = gb[rb * GUIDE_BUCKETS + ((b2 * GUIDE_BUCKETS) | 0)]!;
    if (jb >= GUIDE_SCAN) for (jb -= GUIDE_SCAN; b2 >= cb[rb * kb + jb]!; ) jb++;
    B[i] = jb;
    const rr = pc[i]!;
    let jc = gc[rr * GUIDE_BUCKETS + ((c2 * GUIDE_BUCKETS) | 0)]!;
    if (jc >= GUIDE_SCAN) for (jc -= GUIDE_SCAN; c2 >= cc[rr * kc + jc]!; ) jc++;
    C[i] = jc;
    const rd = pd[i]!;
    let jd = gd[rd * GUIDE_BUCKETS + ((d2 * GUIDE_BUCKETS) | 0)]!;
    if (jd >= GUIDE_SCAN) for (jd -= GUIDE_SCAN; d2 >= cd[rd * kd + jd]!; ) jd++;
    D[i] = jd;
  }
  p.set(ac, a0, a1, a2);
  q.set(bc, b0, b1, b2);
  r.set(rc, c0, c1, c2);
  s.set(dc, d0, d1, d2);
}

/**
 * pick4 for four lanes without a parent (every row is 0): the same steps and picks, without
 * reading a column of zeros for each lane at every person.
 */
function pick4Unconditional(a: Lane, b: Lane, c: Lane, d: Lane, n: number): void {
  const ga = a.guide, ca = a.cumulative, A = a.out;
  const gb = b.guide, cb = b.cumulative, B = b.out;
  const gc = c.guide, cc = c.cumulative, C = c.out;
  const gd = d.guide, cd = d.cumulative, D = d.out;
  const p = a.stream, q = b.stream, r = c.stream, s = d.stream;
  let a0 = p.s0, a1 = p.s1, a2 = p.s2, ac = p.c;
  let b0 = q.s0, b1 = q.s1, b2 = q.s2, bc = q.c;
  let c0 = r.s0, c1 = r.s1, c2 = r.s2, rc = r.c;
  let d0 = s.s0, d1 = s.s1, d2 = s.s2, dc = s.c;
  for (let i = 0; i < n; i++) {
    const ta = 2091639 * a0 + ac * 2.3283064365386963e-10;
    const tb = 2091639 * b0 + bc * 2.3283064365386963e-10;
    const tc = 2091639 * c0 + rc * 2.3283064365386963e-10;
    const td = 2091639 * d0 + dc * 2.3283064365386963e-10;
    a0 = a1; a1 = a2; ac = ta | 0; a2 = ta - ac;
    b0 = b1; b1 = b2; bc = tb | 0; b2 = tb - bc;
    c0 = c1; c1 = c2; rc = tc | 0; c2 = tc - rc;
    d0 = d1; d1 = d2; dc = td | 0; d2 = td - dc;
    let ja = ga[(a2 * GUIDE_BUCKETS) | 0]!;
    if (ja >= GUIDE_SCAN) for (ja -= GUIDE_SCAN; a2 >= ca[ja]!; ) ja++;
    A[i] = ja;
    let jb = gb[(b2 * GUIDE_BUCKETS) | 0]!;
    if (jb >= GUIDE_SCAN) for (jb -= GUIDE_SCAN; b2 >= cb[jb]!; ) jb++;
    B[i] = jb;
    let jc = gc[(c2 * GUIDE_BUCKETS) | 0]!;
    if (jc >= GUIDE_SCAN) for (jc -= GUIDE_SCAN; c2 >= cc[jc]!; ) jc++;
    C[i] = jc;
    let jd = gd[(d2 * GUIDE_BUCKETS) | 0]!;
    if (jd >= GUIDE_SCAN) for (jd -= GUIDE_SCAN; d2 >= cd[jd]!; ) jd++;
    D[i] = jd;
  }
  p.set(ac, a0, a1, a2);
  q.set(bc, b0, b1, b2);
  r.set(rc, c0, c1, c2);
  s.set(dc, d0, d1, d2);
}

interface Padding {
  /** n zeros, never written: the row of every person in a column without a parent. */
  readonly zeros: Uint8Array;
  /** A one-category column that pads a group to four; what it draws and writes is never read. */
  readonly lane: Lane;
}

let shared: Padding = paddingOf(0);

/** Generation is synchronous, so one set per thread serves every call. */
function padding(n: number): Padding {
  if (shared.zeros.length < n) shared = paddingOf(n);
  return shared;
}

function paddingOf(n: number): Padding {
  const zeros = new Uint8Array(n);
  const lane = { stream: new AleaStream('spare'), parent: zeros, guide: new Uint8Array(GUIDE_BUCKETS), cumulative: Float64Array.of(2), k: 1, out: new Uint8Array(n) };
  return { zeros, lane };
}

// Short groups at load give the code after pick4's loop type feedback before the loop is compiled
// on stack (see the same warm-up in random/alea-blocks.ts).
{
  const lane = padding(64).lane;
  for (let k = 0; k < 2; k++) {
    pick4(lane, lane, lane, lane, 64);
    pick4Unconditional(lane, lane, lane, lane, 64);
  }
}
