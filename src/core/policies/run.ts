/**
 * The policy step of a run: eligibility, the past campaign (history), then every policy scored and
 * selected within the same campaign budget. Assumes the `generate` task already ran on every chunk.
 * Scoring policies run first, so a fairness wrapper reuses its base policy's model and scores.
 */
import type { AbortSignalLike, ChunkRunner } from '../engine/runner';
import { throwIfAborted } from '../engine/runner';
import { runHistory } from '../history';
import type { Policy, Scenario } from '../scenario/types';
import type { PolicyContext } from './context';
import { runFairness } from './fairness';
import type { PolicyOutcome } from './outcome';
import { scorePolicy } from './registry';
import { selectForPolicy } from './select';
import { resolveBudget } from './budget';

export interface RunPoliciesOptions {
  signal?: AbortSignalLike;
  /** Called with a stage name (`eligibility`, `history`, `policy:<id>`) and the overall fraction done. */
  onProgress?: (stage: string, fraction: number) => void;
}

export async function runPolicies(runner: ChunkRunner, scenario: Scenario, options: RunPoliciesOptions = {}): Promise<PolicyOutcome[]> {
  const { signal, onProgress } = options;
  const steps = scenario.policies.length + 2;
  onProgress?.('eligibility', 0);
  const eligibleParts = await runner.map('eligibility', {}, signal);
  const eligible = eligibleParts.reduce((sum, part) => sum + part.eligible, 0);
  const ctx: PolicyContext = { runner, scenario, budget: resolveBudget(scenario.campaign.budget, eligible), signal, scored: new Map() };
  onProgress?.('history', 1 / steps);
  await runHistory(runner, scenario, signal);
  const outcomes = new Map<string, PolicyOutcome>();
  const ordered = [...scenario.policies.filter((p) => p.type !== 'fairness'), ...scenario.policies.filter((p) => p.type === 'fairness')];
  for (const [i, policy] of ordered.entries()) {
    throwIfAborted(signal);
    onProgress?.(`policy:${policy.id}`, (i + 2) / steps);
    outcomes.set(policy.id, await runOne(ctx, policy, outcomes));
  }
  onProgress?.('done', 1);
  return scenario.policies.map((p) => outcomes.get(p.id) as PolicyOutcome);
}

async function runOne(ctx: PolicyContext, policy: Policy, done: Map<string, PolicyOutcome>): Promise<PolicyOutcome> {
  const head = { id: policy.id, label: policy.label ?? policy.id, type: policy.type };
  if (policy.type === 'fairness') {
    const base = done.get(policy.base);
    if (!base) throw new Error(`fairness policy "${policy.id}": unknown base policy "${policy.base}"`);
    const rest = await runFairness(ctx, policy, base);
    return { ...head, ...rest, notes: [...rest.notes, ...shortfall(ctx, rest.reached, rest.candidates)] };
  }
  const scored = await scorePolicy(ctx, policy);
  ctx.scored.set(policy.id, scored);
  const selection = await selectForPolicy(ctx, policy.id, scored.scoreKey);
  const outcome: PolicyOutcome = {
    ...head,
    reached: selection.selected,
    spend: selection.spend,
    candidates: scored.candidates,
    notes: [...scored.notes, ...shortfall(ctx, selection.selected, scored.candidates)],
  };
  if (scored.model) outcome.model = scored.model;
  if (selection.cutScore !== null) outcome.thresholds = [{ group: null, score: selection.cutScore }];
  return outcome;
}

/** Says so when a reach budget could not be filled. */
function shortfall(ctx: PolicyContext, reached: number, candidates: number): string[] {
  const budget = ctx.budget;
  if (budget.kind !== 'reach' || reached >= budget.people) return [];
  return [`Reached ${reached} of the ${budget.people} budgeted: only ${candidates} candidates.`];
}
