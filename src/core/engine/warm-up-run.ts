/**
 * The JIT warm-up of fresh workers (warm-up.ts), run beside the first run's generation. The
 * warm-up is a whole run of a one-chunk population, mostly round trips through the coordinator's
 * thread, so the workers would wait half of it; they generate the real population in those waits
 * instead. Its own generation goes first, so the real generation's loops find their type feedback.
 */
import { generate } from '../population/generate-task';
import { replicateSeed } from '../random/stream';
import type { Scenario } from '../scenario/types';
import type { AbortSignalLike } from './chunk-state';
import type { PopulationRunner } from './population-runner';
import { runScenario } from './run';

/**
 * Runs `small` (the warm-up scenario) on `warm` and generates `scenario`'s first replicate on
 * `runner`, so that the run that follows finds its people (`load` resolves true). A failure of the
 * warm-up is dropped: it only costs the time it saved. A failure of the generation is the run's.
 */
export async function warmUpBesideGeneration(
  small: Scenario,
  warm: PopulationRunner,
  scenario: Scenario,
  runner: PopulationRunner,
  options: { replicates?: number; signal?: AbortSignalLike } = {},
): Promise<void> {
  const { signal } = options;
  const dropped = () => undefined;
  const warmed = warm.load(small, small.seed, signal).then(() => warm.map(generate, {}, signal));
  await warmed.catch(dropped);
  const rest = runScenario(small, warm, { signal }).catch(dropped);
  // The run's first replicate is the last one (run.ts), with its own seed.
  const replicates = options.replicates ?? scenario.audit.replicates;
  const seed = replicateSeed(scenario.seed, replicates - 1);
  const kept = await runner.load(scenario, seed, signal);
  if (!kept) await runner.map(generate, {}, signal);
  await rest;
}
