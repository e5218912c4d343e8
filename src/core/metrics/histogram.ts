/**
 * Score histograms per group of each audited attribute. Two passes: `chunkScoreRange` finds each
 * policy's [min, max] over candidates (finite scores), the coordinator merges them with
 * `mergeScoreRanges`, then `chunkHistograms` counts scores into `bins` equal bins over that range.
 * Layout: `[((policy * attrCells) + attrCell) * bins + bin]`, where attrCells are the cells of the
 * plan's attribute slices (not intersections), numbered from 0.
 */
import type { AuditPlan } from './plan';
import { personCells } from './counts';
import type { PersonCells } from './counts';
import { addJointBins, jointAttributeCells } from './joint-cells';

/** [min0, max0, min1, max1, …]; +Infinity/−Infinity for a policy with no finite score. */
export function chunkScoreRange(scores: readonly Float32Array[]): Float64Array {
  const out = new Float64Array(scores.length * 2);
  for (let p = 0; p < scores.length; p++) scoreRangeInto(scores[p] as Float32Array, out, 2 * p);
  return out;
}

/**
 * One policy's [min, max] into out[at], out[at + 1], two scores a step (i and j = i + 1, or i
 * again at an odd end). The range is kept in locals and written after the loop: writing it inside
 * the loop, at each new extreme, made every score four times slower to scan (a store and a reload
 * of the range at each step). The warm-up below runs the code after the loop before the loop is
 * ever compiled on stack, which V8 would otherwise compile without it and bail out of there at
 * every later chunk and policy.
 */
function scoreRangeInto(s: Float32Array, out: Float64Array, at: number): void {
  let lo = Infinity;
  let hi = -Infinity;
  const n = s.length;
  for (let i = 0; i < n; i += 2) {
    const v = s[i] as number;
    const w = s[i + 1 < n ? i + 1 : i] as number;
    // NaN compares false: non-candidates are skipped.
    if (v < lo) lo = v;
    if (v > hi) hi = v;
    if (w < lo) lo = w;
    if (w > hi) hi = w;
  }
  out[at] = lo;
  out[at + 1] = hi;
}

{
  const s = Float32Array.of(0.5, NaN, 0.25, 1);
  const out = new Float64Array(2);
  for (let k = 0; k < 2; k++) scoreRangeInto(s, out, 0);
  if (out[0] !== 0.25 || out[1] !== 1) throw new Error('histogram: score range warm-up gave the wrong range');
}

export function mergeScoreRanges(parts: readonly Float64Array[]): number[] {
  const out: number[] = [];
  for (const part of parts)
    for (let k = 0; k < part.length; k++) {
      const v = part[k] as number;
      const cur = out[k];
      out[k] = cur === undefined ? v : k % 2 === 0 ? Math.min(cur, v) : Math.max(cur, v);
    }
  return out;
}

/** The attribute slices' cells, numbered from 0, and how many there are. */
export function attributeCellCount(plan: AuditPlan): number {
  let n = 0;
  for (const s of plan.slices) if (s.kind === 'attribute') n += s.groupIds.length;
  return n;
}

/** Bin of value v in [lo, hi] split into `bins`; max goes in the last bin; lo = hi puts all in bin 0. */
export function binOf(v: number, lo: number, hi: number, bins: number): number {
  if (!(hi > lo)) return 0;
  const b = Math.floor(((v - lo) / (hi - lo)) * bins);
  return b < 0 ? 0 : b >= bins ? bins - 1 : b;
}

/** Each person's bin, reused from chunk to chunk (a fresh array per chunk and policy costs more). */
let binScratch = new Int16Array(0);
/** Integer counts of one policy (and a sink of `bins` at the end), reused likewise. */
let countScratch = new Int32Array(0);
/** Most joint-cell bin counts per policy (joint-cells.ts); with more, attributes are counted one by one. */
const MAX_JOINT_COUNTS = 1 << 14;
/** Codes of an absent attribute: all 0, counted into the sink. */
let zeroCodes = new Uint8Array(0);

export function chunkHistograms(
  plan: AuditPlan,
  codes: Record<string, Uint8Array>,
  scores: readonly Float32Array[],
  ranges: readonly number[],
  bins: number,
  /** The chunk's person cells (counts.ts), when the caller has them already. */
  cells?: PersonCells,
): Float64Array {
  const A = attributeCellCount(plan);
  const cellsTimesBins = A * bins;
  const out = new Float64Array(scores.length * cellsTimesBins);
  if (countScratch.length < cellsTimesBins + bins) countScratch = new Int32Array(cellsTimesBins + bins);
  // Each attribute slice's column and where its cells start in `counts`.
  const columns: Uint8Array[] = [];
  const firsts: number[] = [];
  let cellStart = 0;
  for (const slice of plan.slices) {
    if (slice.kind !== 'attribute') continue;
    const column = codes[slice.attributes[0] as string];
    if (!column) throw new Error(`audit: chunk has no column for attribute "${slice.attributes[0]}"`);
    columns.push(column);
    firsts.push(cellStart * bins);
    cellStart += slice.groupIds.length;
  }
  scores.forEach((s, p) => {
    const lo = ranges[2 * p] as number;
    const hi = ranges[2 * p + 1] as number;
    if (!(hi >= lo)) return;
    // A policy scoring exactly as an earlier one (a fairness wrapper keeping all its base's
    // scores) has its histograms: copied, not counted again.
    const twin = earlierTwin(scores, ranges, p);
    if (twin >= 0) {
      out.copyWithin(p * cellsTimesBins, twin * cellsTimesBins, (twin + 1) * cellsTimesBins);
      return;
    }
    const byEdges = hi > lo && hi - lo < Infinity;
    // With joint cells: one count per candidate into its joint cell, then the joint cells' counts
    // into each attribute's cells.
    const joint = byEdges ? (cells ??= personCells(plan, { size: s.length, codes })).joint : null;
    if (cells && joint && joint.count * bins <= MAX_JOINT_COUNTS) {
      if (countScratch.length < joint.count * bins) countScratch = new Int32Array(joint.count * bins);
      countScratch.fill(0, 0, joint.count * bins);
      countByEdges(countScratch, s, cells.key, edgesOf(lo, hi, bins), lo, bins / (hi - lo), bins);
      addJointBins(out, p * cellsTimesBins, countScratch, jointAttributeCells(plan, joint), bins);
      return;
    }
    // Each person's bin once per policy (-1 = not a candidate), then one pass per four attributes.
    if (binScratch.length < s.length) binScratch = new Int16Array(s.length);
    const bin = binScratch;
    if (byEdges) binsByEdges(s, bin, edgesOf(lo, hi, bins), lo, bins / (hi - lo));
    else
      for (let i = 0; i < s.length; i++) {
        const v = s[i] as number;
        bin[i] = v === v ? binOf(v, lo, hi, bins) : -1;
      }
    const counts = countScratch;
    counts.fill(0, 0, cellsTimesBins);
    if (zeroCodes.length < s.length) zeroCodes = new Uint8Array(s.length);
    for (let a = 0; a < columns.length; a += 4) {
      // Fewer than four left: the rest count the zero codes into the sink.
      const col = (k: number) => columns[a + k] ?? zeroCodes;
      const first = (k: number) => firsts[a + k] ?? cellsTimesBins;
      countBins4(counts, bin, s.length, bins, col(0), first(0), col(1), first(1), col(2), first(2), col(3), first(3));
    }
    // Integer counts are exact in doubles: the same sums as adding ones.
    out.set(counts.subarray(0, cellsTimesBins), p * cellsTimesBins);
  });
  return out;
}

/** An earlier policy with the same range and bit for bit the same scores as policy p, or −1. */
function earlierTwin(scores: readonly Float32Array[], ranges: readonly number[], p: number): number {
  const s = scores[p] as Float32Array;
  for (let q = 0; q < p; q++) {
    const t = scores[q] as Float32Array;
    if (ranges[2 * q] !== ranges[2 * p] || ranges[2 * q + 1] !== ranges[2 * p + 1] || t.length !== s.length) continue;
    if (t === s || sameBits(new Int32Array(t.buffer, t.byteOffset, t.length), new Int32Array(s.buffer, s.byteOffset, s.length))) return q;
  }
  return -1;
}

/** Whether a and b (equally long) hold the same words; stops at the first difference. */
function sameBits(a: Int32Array, b: Int32Array): boolean {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i === a.length;
}

/** Four attributes' counts in one pass: each candidate's bin is read once, and its four counters are independent. */
function countBins4(
  counts: Int32Array,
  bin: Int16Array,
  n: number,
  bins: number,
  c0: Uint8Array,
  f0: number,
  c1: Uint8Array,
  f1: number,
  c2: Uint8Array,
  f2: number,
  c3: Uint8Array,
  f3: number,
): void {
  for (let i = 0; i < n; i++) {
    const b = bin[i] as number;
    if (b < 0) continue;
    const k0 = f0 + (c0[i] as number) * bins + b;
    const k1 = f1 + (c1[i] as number) * bins + b;
    const k2 = f2 + (c2[i] as number) * bins + b;
    const k3 = f3 + (c3[i] as number) * bins + b;
    counts[k0] = (counts[k0] as number) + 1;
    counts[k1] = (counts[k1] as number) + 1;
    counts[k2] = (counts[k2] as number) + 1;
    counts[k3] = (counts[k3] as number) + 1;
  }
}

/**
 * binOf(v, lo, hi, bins) of every float32 value in [lo, hi] is monotone in v (each float operation
 * in it rounds monotonically), so bin b starts at one float32 value: edges[b] is the smallest
 * float32 v with binOf(v) ≥ b, found by bisection over the float32 values (edges[0] = −∞,
 * edges[bins] = +∞). binsByEdges then needs no division, and gives exactly binOf's bins.
 */
export function binEdges(lo: number, hi: number, bins: number): Float64Array {
  const edges = new Float64Array(bins + 1);
  edges[0] = -Infinity;
  edges[bins] = Infinity;
  let from = orderedBits(lo);
  const to = orderedBits(hi);
  for (let b = 1; b < bins; b++) {
    // The smallest ordered key in [from, to] whose value falls in bin b or later (to does: the last bin).
    let a = from;
    let z = to;
    while (a < z) {
      const mid = a + Math.floor((z - a) / 2);
      if (binOf(fromOrderedBits(mid), lo, hi, bins) >= b) z = mid;
      else a = mid + 1;
    }
    edges[b] = binOf(fromOrderedBits(a), lo, hi, bins) >= b ? fromOrderedBits(a) : Infinity;
    from = a;
  }
  return edges;
}

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/** A float32 value's bits as an unsigned key in the value's order (−0 and +0 side by side). */
function orderedBits(v: number): number {
  f32[0] = v;
  const bits = u32[0] as number;
  return bits & 0x80000000 ? 0xffffffff - bits : bits + 0x80000000;
}

function fromOrderedBits(k: number): number {
  u32[0] = k >= 0x80000000 ? k - 0x80000000 : 0xffffffff - k;
  return f32[0] as number;
}

/** binEdges of the policies' ranges, kept for the chunks that follow (every chunk has the same ranges). */
const edgeCache = new Map<string, Float64Array>();

function edgesOf(lo: number, hi: number, bins: number): Float64Array {
  const key = `${lo} ${hi} ${bins}`;
  let edges = edgeCache.get(key);
  if (!edges) {
    if (edgeCache.size >= 64) edgeCache.clear();
    edges = binEdges(lo, hi, bins);
    edgeCache.set(key, edges);
  }
  return edges;
}

/** Every value's bin by its edges: a multiply gives the bin or a neighbour, the edges settle it. */
function binsByEdges(s: Float32Array, bin: Int16Array, edges: Float64Array, lo: number, scale: number): void {
  const last = edges.length - 2;
  for (let i = 0; i < s.length; i++) {
    const v = s[i] as number;
    if (v !== v) {
      bin[i] = -1;
      continue;
    }
    let b = Math.floor((v - lo) * scale);
    b = b < 0 ? 0 : b > last ? last : b;
    while (v >= (edges[b + 1] as number)) b++;
    while (v < (edges[b] as number)) b--;
    bin[i] = b;
  }
}

/**
 * binsByEdges fused with the count: each candidate's bin (the same steps) counted straight into
 * counts[key[i] × bins + bin], with no bin column written and read back.
 */
function countByEdges(counts: Int32Array, s: Float32Array, key: Int32Array, edges: Float64Array, lo: number, scale: number, bins: number): void {
  const last = edges.length - 2;
  for (let i = 0; i < s.length; i++) {
    const v = s[i] as number;
    if (v !== v) continue;
    let b = Math.floor((v - lo) * scale);
    b = b < 0 ? 0 : b > last ? last : b;
    while (v >= (edges[b + 1] as number)) b++;
    while (v < (edges[b] as number)) b--;
    const at = (key[i] as number) * bins + b;
    counts[at] = (counts[at] as number) + 1;
  }
}
