/**
 * An in-process run kept for explaining: the scenario run on a LocalRunner, whose chunk states and
 * fitted models the explanations, model cards and threshold strategies then read.
 */
import { LocalRunner } from '../engine/local-runner';
import { runScenario } from '../engine/run';
import type { RunOptions } from '../engine/run';
import { keptScored } from '../policies/run-cache';
import type { PolicyOutcome } from '../policies/outcome';
import type { Results } from '../results/types';
import type { Scenario } from '../scenario/types';
import type { ExplainInput } from './explain-person';

export interface ExplainSession extends ExplainInput {
  runner: LocalRunner;
  results: Results;
}

export async function explainSession(scenario: Scenario, options: Pick<RunOptions, 'signal' | 'onProgress'> = {}): Promise<ExplainSession> {
  const runner = new LocalRunner(scenario);
  const { results } = await runScenario(scenario, runner, { ...options, replicates: 1 });
  return sessionOf(scenario, runner, results);
}

/** The explain view of a runner that just ran `scenario` (its last run). */
export function sessionOf(scenario: Scenario, runner: LocalRunner, results: Results): ExplainSession {
  // The policy step's extras are copied into the results as given (results/build.ts).
  const outcomes = results.policies.map(
    (p): PolicyOutcome => ({
      id: p.id,
      label: p.label,
      type: p.type,
      reached: p.totals.reached,
      spend: p.totals.cost,
      candidates: p.candidates ?? 0,
      notes: p.notes,
      ...(p.model !== undefined ? { model: p.model } : {}),
      ...(p.thresholds !== undefined ? { thresholds: p.thresholds } : {}),
      ...(p.pacing !== undefined ? { pacing: p.pacing } : {}),
    }),
  );
  return { scenario, runner, results, states: runner.states, outcomes, scored: keptScored(runner) };
}
