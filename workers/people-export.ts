/** Streams the per-person CSV of one policy chunk by chunk, so millions of rows never make one string. */
import type { PopulationRunner } from '../src/core/engine/population-runner';
import type { Scenario } from '../src/core/scenario/types';

export async function* peopleCsvChunks(
  _runner: PopulationRunner,
  scenario: Scenario,
  policyId: string,
  _options: { rows?: number; signal?: AbortSignal },
): AsyncIterable<string> {
  if (!scenario.policies.some((p) => p.id === policyId)) throw new Error(`there is no policy "${policyId}"`);
  yield* [];
  throw new Error('the per-person export is not available yet');
}
