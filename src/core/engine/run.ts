/**
 * One run of a scenario on any PopulationRunner: generate (skipped when the runner already holds
 * this population) → policies → audit counts merged in chunk order → Results. With replicates R > 1
 * every replicate seed regenerates the population and the audit's `aggregateReplicates` merges them.
 *
 * Stage timings are returned beside the results, never inside them: results must be byte-identical
 * however the chunks are split, and time is not.
 */
import { runPolicies } from '../policies/run';
import { runAudit } from '../metrics/run-audit';
import { buildResults } from '../results/build';
import type { Results } from '../results/types';
import { replicateSeed } from '../random/stream';
import type { Seed } from '../random/stream';
import type { Scenario } from '../scenario/types';
import { aggregateReplicates } from '../metrics/replicates';
import type { PopulationRunner } from './population-runner';
import type { AbortSignalLike } from './chunk-state';
import { throwIfAborted } from './chunk-state';
import { generate } from '../population/generate-task';
import { RunClock } from './run-clock';
import type { RunStage, RunTimings } from './run-clock';
import { assertFiniteResults } from '../results/finite';
import type { RoundsResults } from '../results/rounds-types';
import type { ScoredPolicy } from '../policies/context';
import { runMarket } from '../market/run-market';
import { spoilCache } from '../policies/run-cache';
import { inferenceReport } from '../inference/report';
import { inferredSpecs } from '../inference/report-task';

export type { RunStage, RunTimings } from './run-clock';

export interface RunProgress {
  stage: RunStage;
  /** Fraction of the whole run done, 0…1. */
  fraction: number;
  /** Replicate number (0-based) when the run has more than one. */
  replicate?: number;
  /** The policy being run, during the `policy` stage. */
  policy?: string;
  /** Market scenarios, during the `market` stage: rounds done and rounds in all. */
  round?: number;
  rounds?: number;
}

export interface RunOptions {
  signal?: AbortSignalLike;
  onProgress?: (progress: RunProgress) => void;
  /** Replicate seeds to run (default: `scenario.audit.replicates`). */
  replicates?: number;
  /** Milliseconds for the timings (default Date.now; pass performance.now where there is one). */
  clock?: () => number;
}

export interface RunOutput {
  results: Results;
  timings: RunTimings;
}

/** Share of one replicate's time each stage is expected to take, for a smooth progress bar. */
const WEIGHT = { generate: 0.2, policies: 0.65, metrics: 0.15 } as const;

export async function runScenario(scenario: Scenario, runner: PopulationRunner, options: RunOptions = {}): Promise<RunOutput> {
  const { signal, onProgress } = options;
  const replicates = options.replicates ?? scenario.audit.replicates;
  if (!Number.isInteger(replicates) || replicates < 1) throw new Error(`replicates must be a whole number ≥ 1 (got ${replicates})`);
  const clock = new RunClock(options.clock ?? Date.now);
  const perReplicate: Results[] = new Array<Results>(replicates);
  // Replicate 0 (the scenario's own seed) runs last, so the runner is left holding it: the people
  // export and the next run's population reuse then refer to the scenario seed.
  for (let step = 0; step < replicates; step++) {
    const r = replicates - 1 - step;
    const report = (stage: RunStage, within: number, policy?: string, round?: { round: number; rounds: number }) => {
      const p: RunProgress = { stage, fraction: (step + within) / replicates, ...round };
      if (replicates > 1) p.replicate = r;
      if (policy !== undefined) p.policy = policy;
      onProgress?.(p);
    };
    perReplicate[r] = await runOnce(scenario, replicateSeed(scenario.seed, r), runner, clock, signal, report);
  }
  // Also for one replicate: it sets `replicates`, which may differ from the scenario's when overridden.
  const results = aggregateReplicates(perReplicate);
  onProgress?.({ stage: 'done', fraction: 1 });
  return { results, timings: clock.finish() };
}

async function runOnce(
  scenario: Scenario,
  seed: Seed,
  runner: PopulationRunner,
  clock: RunClock,
  signal: AbortSignalLike | undefined,
  report: (stage: RunStage, within: number, policy?: string, round?: { round: number; rounds: number }) => void,
): Promise<Results> {
  throwIfAborted(signal);
  clock.enter('generate');
  report('generate', 0);
  const kept = await runner.load(scenario, seed, signal);
  if (!kept) await runner.map(generate, {}, signal);

  const scored = new Map<string, ScoredPolicy>();
  // A market's rounds share the policy step's time (a third of it) and rewrite the selections, so
  // nothing of a market run is reused by the next run.
  const policyShare = scenario.market ? 1 / 3 : 1;
  let outcomes = await runPolicies(runner, scenario, {
    signal,
    seed,
    // Kept people come with their stores: unchanged history and policies are reused.
    storesKept: kept && !scenario.market,
    scored,
    onProgress(step, fraction) {
      if (step.stage === 'done') return;
      const policy = step.stage === 'policy' ? step.policy : undefined;
      clock.enter(step.stage, policy);
      report(step.stage, WEIGHT.generate + WEIGHT.policies * policyShare * fraction, policy);
    },
  });
  let rounds: RoundsResults | undefined;
  if (scenario.market) {
    clock.enter('market');
    // The rounds rewrite the selections: from here on nothing of the policy step may be reused.
    spoilCache(runner);
    const market = await runMarket(runner, scenario, seed, outcomes, scored, {
      signal,
      onRound: (done, all) => report('market', WEIGHT.generate + WEIGHT.policies * (policyShare + (1 - policyShare) * (done / all)), undefined, { round: done, rounds: all }),
    });
    outcomes = market.outcomes;
    rounds = market.rounds;
  }

  throwIfAborted(signal);
  clock.enter('metrics');
  report('metrics', WEIGHT.generate + WEIGHT.policies);
  const audit = await runAudit(runner, scenario, scenario.policies.map((p) => p.id), { signal });
  const results = buildResults({ scenario, audit, outcomes, seed });
  if (rounds) results.rounds = rounds;
  if (inferredSpecs(scenario).length) results.inferred = await inferenceReport(runner, scenario, audit.policies, signal);
  assertFiniteResults(results);
  clock.stop();
  return results;
}
