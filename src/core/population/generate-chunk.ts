/**
 * Generates one chunk of people. Every column draws from its own stream keyed by
 * (seed, 'chunk', index, column…), so chunks are independent — any order or split among workers
 * gives identical columns — and editing one column's settings leaves every other column's draws
 * unchanged (common random numbers across edits).
 */
import type { Seed } from '../random/stream';
import type { Scenario } from '../scenario/types';
import { drawCategoricals } from './categorical-draws';
import type { ChunkSpan, PopulationChunk } from './chunk';
import { fillTerms } from './group-terms';
import { sampleLogistic } from './logistic-column';
import { sampleNumeric } from './numeric-sampler';
import type { NoiseSd } from './observation-column';
import { sampleObserved } from './observation-column';
import type { PopulationPlan } from './population-plan';
import { populationPlan } from './population-plan';
import { samplePrice } from './price-column';
import { idRecord } from '../records/own';
import { assertFiniteChunk } from './finite-columns';
import { addDerivedColumns } from '../inference/columns';
import type { ColumnStreams } from './column-streams';
import { columnStreams } from './column-streams';

/**
 * The first people a thread generates (the JIT warm-up's chunk and the first real chunk or two)
 * go slice by slice, every column in turn for each slice of FIRST_SLICE people: the per-person
 * loops then run as many short calls, so V8 compiles each once, as a whole function, instead of
 * first on stack in the middle of one long loop and then again (1M CLI run: generation's compiles
 * 48 → 36, none on stack). Later chunks are one slice each. Either way every column draws the same
 * numbers in the same order and writes the same values.
 */
const FIRST_SLICE = 512;
/** People this thread still generates in slices of FIRST_SLICE. */
let slicedPeople = 40_000;

/** `slice`: people per slice (see FIRST_SLICE); the whole chunk at once unless the thread is new. */
export function generateChunk(scenario: Scenario, seed: Seed, span: ChunkSpan, slice: number = sliceFor(span.size)): PopulationChunk {
  const plan = populationPlan(scenario);
  const n = span.size;
  const streams = columnStreams(plan, seed, span);
  // Null-prototype records: an attribute called `toString` is a column like any other.
  const codes = idRecord<Uint8Array>();
  const values = idRecord<Float64Array>();
  const observed = idRecord<Float32Array>();
  for (const a of plan.attributes) {
    if (a.kind === 'categorical') codes[a.id] = new Uint8Array(n);
    else {
      values[a.id] = new Float64Array(n);
      observed[a.id] = new Float32Array(n);
    }
  }
  const chunk = {
    index: span.index,
    start: span.start,
    size: n,
    codes,
    values,
    observed,
    conversionProb: new Float32Array(n),
    converts: new Uint8Array(n),
    clickProb: new Float32Array(n),
    clicks: new Uint8Array(n),
    price: new Float64Array(n),
    consent: new Uint8Array(n),
  };
  // Whether every number the chunk keeps is finite, as each sampler reports it.
  let finite = true;
  for (let from = 0; from < n; from += slice) {
    const m = Math.min(slice, n - from);
    finite = generateSlice(plan, streams.next(m), m === n ? chunk : sliceOf(chunk, from, m)) && finite;
  }
  if (!plan.consent) chunk.consent.fill(1);
  if (scenario.derived) addDerivedColumns(scenario, seed, span.index, n, codes);
  if (!finite) assertFiniteChunk(chunk);
  return chunk;
}

function sliceFor(n: number): number {
  const slice = slicedPeople > 0 ? FIRST_SLICE : n;
  slicedPeople -= n;
  return slice;
}

type Columns = Omit<PopulationChunk, keyof ChunkSpan>;

/** Views of people [from, from + m) of every column. */
function sliceOf(chunk: Columns, from: number, m: number): Columns & { size: number } {
  const view = <T extends Uint8Array | Float32Array | Float64Array>(c: T): T => c.subarray(from, from + m) as T;
  const views = <T extends Uint8Array | Float32Array | Float64Array>(r: Record<string, T>): Record<string, T> => {
    const out = idRecord<T>();
    for (const id in r) out[id] = view(r[id]!);
    return out;
  };
  return {
    size: m,
    codes: views(chunk.codes),
    values: views(chunk.values),
    observed: views(chunk.observed),
    conversionProb: view(chunk.conversionProb),
    converts: view(chunk.converts),
    clickProb: view(chunk.clickProb),
    clicks: view(chunk.clicks),
    price: view(chunk.price),
    consent: view(chunk.consent),
  };
}

/** Every column of one slice of people, in dependency order; true when all it wrote is finite. */
function generateSlice(plan: PopulationPlan, streams: ColumnStreams, slice: Columns & { size: number }): boolean {
  const n = slice.size;
  const { codes, values } = slice;
  // Scratch space reused by one column after another (logits, shifts, table rows, z-scores), and
  // from one slice to the next.
  const { scratch, rows, zs, draws, zeros, consentProb } = scratchFor(n);
  const z = idRecord<Float64Array>();
  let finite = true;
  // Categorical columns first (a numeric attribute reads only categorical ones, all before it).
  drawCategoricals(plan.categorical, streams, n, codes, rows, draws);
  for (const a of plan.attributes) {
    if (a.kind !== 'numeric') continue;
    z[a.id] = zColumn(zs, Object.keys(z).length, n);
    finite = sampleNumeric(a, streams.attribute(a.id), n, codes, values[a.id]!, z[a.id]!, scratch, draws) && finite;
  }
  finite = sampleLogistic(plan.conversion, streams.conversion, n, codes, z, slice.conversionProb, slice.converts, scratch, draws, zeros) && finite;
  finite = sampleLogistic(plan.click, streams.click, n, codes, z, slice.clickProb, slice.clicks, scratch, draws, zeros) && finite;
  // Consent keeps only its outcomes, so its probabilities need no check.
  if (plan.consent && streams.consent) sampleLogistic(plan.consent, streams.consent, n, codes, z, consentProb, slice.consent, scratch, draws, zeros);
  finite = samplePrice(plan.price, streams.price, n, codes, slice.price, draws) && finite;

  let noise: NoiseSd = plan.observation.noise;
  if (plan.observation.extra.count > 0) {
    // The logits' scratch space is free again by now.
    const each = scratch.subarray(0, n);
    fillTerms(each, n, plan.observation.extra, codes);
    noise = each;
  }
  for (const a of plan.attributes) {
    if (a.kind !== 'numeric') continue;
    finite = sampleObserved(a.std, noise, streams.observe(a.id), n, values[a.id]!, slice.observed[a.id]!, draws) && finite;
  }
  return finite;
}

interface Scratch {
  scratch: Float64Array;
  /** Never written: the z-scores of a logistic model without numeric effects. */
  zeros: Float64Array;
  /** The consent probabilities, which the chunk does not keep. */
  consentProb: Float32Array;
  rows: Uint16Array;
  /** A column's uniforms or normals, drawn in one block. */
  draws: Float64Array;
  /** One z-score column per numeric attribute, grown on demand. */
  zs: Float64Array[];
}

let shared = scratchOf(0);

/**
 * Every column that reads scratch space writes all n entries first, so it needs no clearing.
 * Generation is synchronous, so one set per thread serves every call.
 */
function scratchFor(n: number): Scratch {
  if (shared.scratch.length < n) shared = scratchOf(n);
  return shared;
}

function scratchOf(n: number): Scratch {
  return { scratch: new Float64Array(n), zeros: new Float64Array(n), consentProb: new Float32Array(n), rows: new Uint16Array(n), draws: new Float64Array(n), zs: [] };
}

function zColumn(zs: Float64Array[], k: number, n: number): Float64Array {
  const column = (zs[k] ??= new Float64Array(shared.scratch.length));
  return column.subarray(0, n);
}
