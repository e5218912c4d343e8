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
import { populationPlan } from './population-plan';
import { samplePrice } from './price-column';
import { idRecord } from '../records/own';
import { assertFiniteChunk } from './finite-columns';
import { addDerivedColumns } from '../inference/columns';
import { columnStreams } from './column-streams';

export function generateChunk(scenario: Scenario, seed: Seed, span: ChunkSpan): PopulationChunk {
  const plan = populationPlan(scenario);
  const n = span.size;
  const streams = columnStreams(plan, seed, span);

  // Scratch space reused by one column after another (logits, shifts, table rows, z-scores), and
  // from one chunk to the next: only the columns the chunk keeps are allocated per chunk.
  const { scratch, rows, zs, draws, zeros, consentProb } = scratchFor(n);
  // Null-prototype records: an attribute called `toString` is a column like any other.
  const codes = idRecord<Uint8Array>();
  const values = idRecord<Float64Array>();
  const z = idRecord<Float64Array>();
  // Whether every number the chunk keeps is finite, as each sampler reports it.
  let finite = true;
  // Categorical columns first (a numeric attribute reads only categorical ones, all before it).
  drawCategoricals(plan.categorical, streams, n, codes, rows, draws);
  for (const a of plan.attributes) {
    if (a.kind === 'numeric') {
      values[a.id] = new Float64Array(n);
      z[a.id] = zColumn(zs, Object.keys(z).length, n);
      finite = sampleNumeric(a, streams.attribute(a.id), n, codes, values[a.id]!, z[a.id]!, scratch, draws) && finite;
    }
  }

  const conversionProb = new Float32Array(n);
  const converts = new Uint8Array(n);
  finite = sampleLogistic(plan.conversion, streams.conversion, n, codes, z, conversionProb, converts, scratch, draws, zeros) && finite;
  const clickProb = new Float32Array(n);
  const clicks = new Uint8Array(n);
  finite = sampleLogistic(plan.click, streams.click, n, codes, z, clickProb, clicks, scratch, draws, zeros) && finite;
  const consent = new Uint8Array(n);
  // Consent keeps only its outcomes, so its probabilities need no check.
  if (plan.consent && streams.consent) sampleLogistic(plan.consent, streams.consent, n, codes, z, consentProb, consent, scratch, draws, zeros);
  else consent.fill(1);
  const price = new Float64Array(n);
  finite = samplePrice(plan.price, streams.price, n, codes, price, draws) && finite;

  let noise: NoiseSd = plan.observation.noise;
  if (plan.observation.extra.count > 0) {
    // The logits' scratch space is free again by now.
    const each = scratch.subarray(0, n);
    fillTerms(each, n, plan.observation.extra, codes);
    noise = each;
  }
  const observed = idRecord<Float32Array>();
  for (const a of plan.attributes) {
    if (a.kind !== 'numeric') continue;
    observed[a.id] = new Float32Array(n);
    finite = sampleObserved(a.std, noise, streams.observe(a.id), n, values[a.id]!, observed[a.id]!, draws) && finite;
  }

  if (scenario.derived) addDerivedColumns(scenario, seed, span.index, n, codes);
  const chunk = { index: span.index, start: span.start, size: n, codes, values, observed, conversionProb, converts, clickProb, clicks, price, consent };
  if (!finite) assertFiniteChunk(chunk);
  return chunk;
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
