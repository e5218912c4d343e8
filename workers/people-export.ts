/**
 * Streams the per-person CSV of one policy chunk by chunk (the audit's `peopleCsv` task), header
 * first, so millions of rows never make one string. `rows` keeps the first people by global index.
 */
import type { PopulationRunner } from '../src/core/engine/population-runner';
import { CHUNK_SIZE } from '../src/core/population/chunk';
import { peopleCsv, peopleCsvHeader } from '../src/core/results/people-csv';
import type { Scenario } from '../src/core/scenario/types';

export async function* peopleCsvChunks(
  runner: PopulationRunner,
  scenario: Scenario,
  policyId: string,
  options: { rows?: number; signal?: AbortSignal } = {},
): AsyncIterable<string> {
  if (!scenario.policies.some((p) => p.id === policyId))
    throw new Error(`there is no policy "${policyId}" (the scenario has ${scenario.policies.map((p) => p.id).join(', ')})`);
  const rows = Math.min(options.rows ?? Infinity, scenario.population.size);
  if (!(rows >= 0)) throw new Error(`rows must be a number ≥ 0 (got ${options.rows})`);
  yield peopleCsvHeader(scenario);
  const chunks = Math.ceil(rows / CHUNK_SIZE);
  for (let c = 0; c < chunks; c++) {
    const text = await runner.mapOne(peopleCsv, { policy: policyId }, c, options.signal);
    const wanted = rows - c * CHUNK_SIZE;
    yield wanted >= CHUNK_SIZE ? text : firstLines(text, wanted);
  }
}

/** The first `n` lines of `text` (each ending in a newline). */
export function firstLines(text: string, n: number): string {
  let end = 0;
  for (let i = 0; i < n; i++) {
    const next = text.indexOf('\n', end);
    if (next < 0) return text;
    end = next + 1;
  }
  return text.slice(0, end);
}
