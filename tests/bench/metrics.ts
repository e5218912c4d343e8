/**
 * Audit speed, single-threaded: `npx tsx tests/bench/metrics.ts`. Audits `size` people × 6
 * policies × 3 attributes (gender, age, ethnicity) + 1 intersection (gender×age) on synthetic
 * chunks with random masks and scores: both chunk passes, the merge and buildResults. Prints the
 * best of 3 runs. `npm run bench` can call benchMetrics.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chunkSpans, type PopulationChunk } from '../../src/core/population/chunk';
import { stream } from '../../src/core/random/stream';
import { mustParseScenario, type Scenario } from '../../src/core/scenario';
import { auditPlan } from '../../src/core/metrics/plan';
import { countChunk } from '../../src/core/metrics/counts';
import { chunkHistograms, chunkScoreRange, mergeScoreRanges } from '../../src/core/metrics/histogram';
import { chunkSample } from '../../src/core/metrics/sample';
import { mergeAudit } from '../../src/core/metrics/run-audit';
import { buildResults } from '../../src/core/results/build';

const defaultPath = fileURLToPath(new URL('../../scenarios/default.json', import.meta.url));

function benchScenario(size: number): Scenario {
  const base = JSON.parse(readFileSync(defaultPath, 'utf8'));
  base.population.size = size;
  base.audit.attributes = ['gender', 'age', 'ethnicity'];
  base.audit.intersections = [['gender', 'age']];
  return mustParseScenario(base);
}

interface BenchChunk {
  chunk: PopulationChunk;
  eligible: Uint8Array;
  selections: Uint8Array[];
  scores: Float32Array[];
}

function syntheticChunks(scenario: Scenario, policies: number): BenchChunk[] {
  const radix = (id: string) => {
    const a = scenario.population.attributes.find((x) => x.id === id);
    return a?.type === 'categorical' ? a.categories.length : 1;
  };
  return chunkSpans(scenario.population.size).map((span) => {
    const rng = stream('bench-metrics', span.index);
    const n = span.size;
    const code = (k: number) => Uint8Array.from({ length: n }, () => Math.floor(rng.next() * k));
    const chunk: PopulationChunk = {
      ...span,
      codes: { gender: code(radix('gender')), age: code(radix('age')), ethnicity: code(radix('ethnicity')) },
      values: {},
      observed: {},
      conversionProb: Float32Array.from({ length: n }, () => rng.next() * 0.1),
      converts: Uint8Array.from({ length: n }, () => (rng.next() < 0.05 ? 1 : 0)),
      clickProb: new Float32Array(n),
      clicks: new Uint8Array(n),
      price: Float64Array.from({ length: n }, () => 2 + rng.next() * 4),
      consent: new Uint8Array(n).fill(1),
    };
    return {
      chunk,
      eligible: Uint8Array.from({ length: n }, () => (rng.next() < 0.9 ? 1 : 0)),
      selections: Array.from({ length: policies }, () => Uint8Array.from({ length: n }, () => (rng.next() < 0.1 ? 1 : 0))),
      scores: Array.from({ length: policies }, () => Float32Array.from({ length: n }, () => rng.next())),
    };
  });
}

export function benchMetrics(size: number): { ms: number; chunks: number } {
  const scenario = benchScenario(size);
  const policies = scenario.policies.map((p) => p.id);
  const chunks = syntheticChunks(scenario, policies.length);
  const run = () => {
    const plan = auditPlan(scenario);
    const ranges = mergeScoreRanges(chunks.map((c) => chunkScoreRange(c.scores)));
    const parts = chunks.map((c) => ({
      counts: countChunk(plan, c.chunk, c.eligible, c.selections),
      histograms: chunkHistograms(plan, c.chunk.codes, c.scores, ranges, 40),
      sample: chunkSample(c.chunk, c.selections, c.scores, 600),
    }));
    return buildResults({ scenario, audit: mergeAudit(plan, policies, parts, ranges, 40) });
  };
  run(); // warm-up, untimed
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    run();
    best = Math.min(best, performance.now() - t0);
  }
  return { ms: best, chunks: chunks.length };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const size = Number(process.argv[2] ?? 1_000_000);
  const r = benchMetrics(size);
  console.log(`audit ${size.toLocaleString('en')} people × 6 policies × 3 attributes + 1 intersection (1 thread, ${r.chunks} chunks): ${r.ms.toFixed(1)} ms best of 3`);
}
