/**
 * The policy step of a run: eligibility, the past campaign (history), then every policy scored and
 * selected within the same campaign budget. Assumes the `generate` task already ran on every chunk.
 * Scoring policies run first, so a fairness wrapper reuses its base policy's model and scores.
 * With `storesKept`, steps whose inputs did not change since the runner's last run are reused
 * from its chunk stores instead of re-run (run-cache.ts); results are the same either way.
 */
import type { AbortSignalLike } from '../engine/chunk-state';
import { throwIfAborted } from '../engine/chunk-state';
import type { ChunkRunner } from '../engine/runner';
import { runHistory } from '../history';
import type { Policy, Scenario } from '../scenario/types';
import type { PolicyContext, ScoredPolicy } from './context';
import { runFairness } from './fairness';
import type { PolicyOutcome } from './outcome';
import { scorePolicy } from './registry';
import type { RunCache } from './run-cache';
import { baseKey, cacheFor, eligibilityKey, newCache, policyKeys, startCache } from './run-cache';
import { overlap, STEPS_AT_ONCE } from '../engine/overlap';
import { selectForPolicy } from './select';
import { probKey, scoreKey, seedKey, selectedKey } from '../engine/store-keys';
import { reduceChunks } from '../engine/runner';
import { eligibility as eligibilityTask } from './eligibility';
import { policyDropKeys, storeClear } from './drop-columns';
import { modelRowsDrop } from '../models/fit-tasks';
import type { Seed } from '../random/stream';
import { resolveBudget } from './budget';

/** A step of the policy stage: eligibility, the history, one policy (by id), or the end. */
export type PolicyStep = { readonly stage: 'eligibility' | 'history' | 'done' } | { readonly stage: 'policy'; readonly policy: string };

export interface RunPoliciesOptions {
  signal?: AbortSignalLike;
  /** Called as each step starts, with the overall fraction done. */
  onProgress?: (step: PolicyStep, fraction: number) => void;
  /**
   * The runner kept every chunk's people and store since its last run (its `load` resolved true)
   * and `seed` is the seed of this run: unchanged steps are then reused.
   */
  storesKept?: boolean;
  seed?: Seed;
  /** Filled with every scored policy (its score and probability columns), for the market's rounds. */
  scored?: Map<string, ScoredPolicy>;
}

export async function runPolicies(runner: ChunkRunner, scenario: Scenario, options: RunPoliciesOptions = {}): Promise<PolicyOutcome[]> {
  const { signal, onProgress } = options;
  const steps = scenario.policies.length + 2;
  const base = baseKey(scenario, options.seed ?? scenario.seed);
  const cache = cacheFor(runner, base, options.storesKept === true);
  onProgress?.({ stage: 'eligibility' }, 0);
  const eligibility = eligibilityKey(scenario);
  const countEligible = async () => (await reduceChunks(runner, eligibilityTask, {}, signal)).eligible;
  // The history runs beside the policies that do not read it (engine/overlap.ts); those that do
  // wait for it through their scoring kit (scoring-kit.ts).
  let history: Promise<unknown> = Promise.resolve();
  let kept: RunCache;
  if (!cache) {
    // Whatever the stores hold belongs to other inputs: start from empty stores.
    await runner.map(storeClear, {}, signal);
    const eligible = await countEligible();
    onProgress?.({ stage: 'history' }, 1 / steps);
    history = runHistory(runner, scenario, signal);
    history.catch(() => undefined);
    // Kept for the next run only once the history is done (a failed history is never reused).
    kept = newCache(base, eligibility, eligible);
  } else {
    if (cache.eligibility !== eligibility) {
      cache.eligibility = '';
      cache.eligible = await countEligible();
      cache.eligibility = eligibility;
    }
    onProgress?.({ stage: 'history' }, 1 / steps);
    kept = cache;
  }
  // A budget given as a share of the eligible becomes a number of people here (budget.ts).
  const ctx: PolicyContext = {
    runner,
    scenario,
    budget: resolveBudget(scenario.campaign.budget, kept.eligible),
    signal,
    scored: new Map(),
    history,
  };
  const ordered = [...scenario.policies.filter((p) => p.type !== 'fairness'), ...scenario.policies.filter((p) => p.type === 'fairness')];
  const outcomes = new Map<string, Promise<PolicyOutcome>>();
  const starting = startOrder(ordered);
  const jobs = overlap(starting.length, STEPS_AT_ONCE, async (i) => {
    const policy = starting[i] as Policy;
    // A fairness policy starts from its base's outcome (and whether it was reused).
    const base = policy.type === 'fairness' ? await outcomes.get(policy.base) : undefined;
    return cachedOne(ctx, kept, policy, base);
  });
  starting.forEach((p, i) => outcomes.set(p.id, jobs.results[i] as Promise<PolicyOutcome>));
  const done: PolicyOutcome[] = [];
  try {
    await history;
    if (!cache) startCache(runner, kept);
    for (const [i, policy] of ordered.entries()) {
      throwIfAborted(signal);
      onProgress?.({ stage: 'policy', policy: policy.id }, (i + 2) / steps);
      done.push(await (outcomes.get(policy.id) as Promise<PolicyOutcome>));
    }
  } catch (e) {
    // Nothing of this step may still run when it fails: the runner may be used again.
    jobs.stop(e);
    await Promise.allSettled([history, jobs.settled()]);
    throw e;
  }
  // In the policies' order, whatever order they finished in.
  for (const policy of ordered) {
    const scored = ctx.scored.get(policy.id);
    if (scored) options.scored?.set(policy.id, scored);
  }
  await dropRemoved(ctx, kept);
  // The models' training rows are only needed while they fit (and shared within the run): a kept
  // store must not collect the rows of every feature set a session has tried.
  await runner.map(modelRowsDrop, {}, signal);
  onProgress?.({ stage: 'done' }, 1);
  const byId = new Map(ordered.map((p, i) => [p.id, done[i] as PolicyOutcome]));
  return scenario.policies.map((p) => byId.get(p.id) as PolicyOutcome);
}

/**
 * The order the policies start in: the bases of fairness policies first, so that each fairness
 * policy (which waits for its base) overlaps the other policies instead of running alone at the
 * end; then the other scoring policies, then the fairness policies. Results do not depend on it.
 */
function startOrder(ordered: readonly Policy[]): Policy[] {
  const bases = new Set(ordered.flatMap((p) => (p.type === 'fairness' ? [p.base] : [])));
  const scoring = ordered.filter((p) => p.type !== 'fairness');
  return [...scoring.filter((p) => bases.has(p.id)), ...scoring.filter((p) => !bases.has(p.id)), ...ordered.filter((p) => p.type === 'fairness')];
}

/** A policy's outcome from the cache if its inputs are unchanged, else from running it. */
async function cachedOne(ctx: PolicyContext, cache: RunCache, policy: Policy, baseOutcome: PolicyOutcome | undefined): Promise<PolicyOutcome> {
  const { key, scoresKey } = policyKeys(ctx.scenario, policy);
  const hit = cache.policies.get(policy.id);
  // A fairness policy is only reused over a reused base (its base's scores are then its own input).
  const baseReused = policy.type !== 'fairness' || cache.policies.get(policy.base)?.reused === true;
  if (hit?.key === key && baseReused) {
    if (hit.scored) ctx.scored.set(policy.id, hit.scored);
    cache.policies.set(policy.id, { ...hit, reused: true });
    return { ...copyPlain(hit.outcome), label: policy.label ?? policy.id };
  }
  // Same scores, other budget: select again from the kept scores (no refit).
  const rescore = hit?.scoresKey === scoresKey && hit.scored !== undefined && policy.type !== 'fairness' ? hit.scored : undefined;
  cache.policies.delete(policy.id);
  const outcome = await runOne(ctx, policy, baseOutcome, rescore);
  cache.policies.set(policy.id, { key, scoresKey, outcome: copyPlain(outcome), scored: ctx.scored.get(policy.id), reused: false });
  return outcome;
}

/** Frees the columns of policies the scenario no longer has. */
async function dropRemoved(ctx: PolicyContext, cache: RunCache): Promise<void> {
  const gone = [...cache.policies.keys()].filter((id) => !ctx.scenario.policies.some((p) => p.id === id));
  if (gone.length === 0) return;
  for (const id of gone) cache.policies.delete(id);
  const keys = gone.flatMap((id) => [scoreKey(id), selectedKey(id), probKey(id), seedKey(id)]);
  await ctx.runner.map(policyDropKeys, { keys }, ctx.signal);
}

async function runOne(ctx: PolicyContext, policy: Policy, base: PolicyOutcome | undefined, kept?: ScoredPolicy): Promise<PolicyOutcome> {
  const head = { id: policy.id, label: policy.label ?? policy.id, type: policy.type };
  if (policy.type === 'fairness') {
    if (!base) throw new Error(`fairness policy "${policy.id}": unknown base policy "${policy.base}"`);
    const rest = await runFairness(ctx, policy, base);
    return { ...head, ...rest, notes: [...rest.notes, ...shortfall(ctx, rest.reached, rest.candidates)] };
  }
  const scored = kept ?? (await scorePolicy(ctx, policy));
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

/** A deep copy of plain data (objects, arrays, numbers, strings): a cached outcome is never shared with the results. */
function copyPlain<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyPlain) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copyPlain(v)])) as T;
}
