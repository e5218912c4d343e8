/**
 * Population generation speed, single-threaded: `npx tsx tests/bench/generate.ts`.
 * Prints the best of 3 runs and the bytes each person takes in the chunk columns for the default
 * scenario at 100k and 1M people. `npm run bench` calls benchGenerate.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generatePopulation } from '../../src/core/population';
import type { PopulationChunk } from '../../src/core/population';
import { mustParseScenario } from '../../src/core/scenario';

const defaultPath = fileURLToPath(new URL('../../scenarios/default.json', import.meta.url));

export function benchGenerate(size: number): { ms: number; bytesPerPerson: number } {
  const base = JSON.parse(readFileSync(defaultPath, 'utf8')) as { population: { size: number } };
  base.population.size = size;
  const scenario = mustParseScenario(base);
  let best = Infinity;
  let bytes = 0;
  // One untimed run first, so the figure is for optimised code, not the JIT's warm-up.
  generatePopulation(scenario);
  for (let run = 0; run < 3; run++) {
    const t0 = performance.now();
    const chunks = generatePopulation(scenario);
    best = Math.min(best, performance.now() - t0);
    bytes = chunks.reduce((sum, c) => sum + chunkBytes(c), 0);
  }
  return { ms: best, bytesPerPerson: bytes / size };
}

function chunkBytes(c: PopulationChunk): number {
  const columns = [...Object.values(c.codes), ...Object.values(c.values), ...Object.values(c.observed),
    c.conversionProb, c.converts, c.clickProb, c.clicks, c.price, c.consent];
  return columns.reduce((sum, a) => sum + a.byteLength, 0);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const size of [100_000, 1_000_000]) {
    const r = benchGenerate(size);
    console.log(`generate ${size.toLocaleString('en')} people (default scenario, 1 thread): ${r.ms.toFixed(1)} ms best of 3, ${r.bytesPerPerson.toFixed(1)} bytes/person`);
  }
}
