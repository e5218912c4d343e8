/**
 * What a runner's chunk stores still hold from its last run, so an edit re-runs only what it
 * touches. Each step is keyed by exactly the scenario parts it reads:
 *
 * - the base — the history, and through it every model — by the population identity (population,
 *   behaviour, seed) and the history;
 * - the eligibility mask by the campaign's eligibility rule;
 * - each policy's scores (model fit included) by its own definition (without its label), its
 *   base's for a fairness policy, and the eligibility rule; its selection by all that and the
 *   campaign (budget, offer).
 *
 * So a policy edit re-runs that policy (and the fairness policies over it), a budget edit only
 * re-selects (no model is refitted), an audit-only edit re-runs no policy at all, and a history
 * edit re-runs every policy but not the generation. The cache lives beside the runner (a WeakMap), is only trusted when the runner kept
 * every chunk's people and store (`load` resolved true), and an entry is removed before its step
 * re-runs, so a failed or cancelled step is never reused.
 *
 * A scenario field that the policy step starts to read must join these keys (or the population
 * key): otherwise an edit of it would reuse stale results. tests/engine/incremental.test.ts
 * checks every kind of edit against a cold run; add the new field's edit there.
 */
import type { ChunkRunner } from '../engine/runner';
import { populationIdentity } from '../engine/population-identity';
import type { Seed } from '../random/stream';
import type { Policy, Scenario } from '../scenario/types';
import type { ScoredPolicy } from './context';
import type { PolicyOutcome } from './outcome';

export interface CachedPolicy {
  /** Everything the outcome depends on. */
  readonly key: string;
  /** What its scores depend on (not the budget): scores and model are reused when only this matches. */
  readonly scoresKey: string;
  readonly outcome: PolicyOutcome;
  readonly scored: ScoredPolicy | undefined;
  /** Reused (not re-run) in the current run: what a fairness policy over it may rely on. */
  readonly reused: boolean;
}

export interface RunCache {
  readonly base: string;
  /** The eligibility rule the stores' eligibility mask was computed for. */
  eligibility: string;
  /** How many people that mask holds (a budget given as a share of the eligible needs it). */
  eligible: number;
  readonly policies: Map<string, CachedPolicy>;
}

const caches = new WeakMap<ChunkRunner, RunCache>();

export function baseKey(scenario: Scenario, seed: Seed): string {
  return JSON.stringify([populationIdentity(scenario, seed), scenario.history]);
}

export function eligibilityKey(scenario: Scenario): string {
  return JSON.stringify(scenario.campaign.eligibility);
}

/** The policy's keys: of its scores, and of its whole outcome. */
export function policyKeys(scenario: Scenario, policy: Policy): { scoresKey: string; key: string } {
  const own = { ...policy, label: undefined };
  const base = policy.type === 'fairness' ? scenario.policies.find((p) => p.id === policy.base) : undefined;
  const scoresKey = JSON.stringify([own, base ? { ...base, label: undefined } : null, scenario.campaign.eligibility]);
  return { scoresKey, key: JSON.stringify([scoresKey, scenario.campaign]) };
}

/** The cache for this base if the runner still holds it; else none (and any old one is forgotten). */
export function cacheFor(runner: ChunkRunner, base: string, storesKept: boolean): RunCache | undefined {
  const cache = caches.get(runner);
  if (storesKept && cache?.base === base) return cache;
  caches.delete(runner);
  return undefined;
}

/** A cache for a fresh run's stores, not yet kept for the runner (`startCache`). */
export function newCache(base: string, eligibility: string, eligible: number): RunCache {
  return { base, eligibility, eligible, policies: new Map() };
}

/** Keeps `cache` as what the runner's stores hold (once the base steps are done). */
export function startCache(runner: ChunkRunner, cache: RunCache): void {
  caches.set(runner, cache);
}

/** Forgets the runner's cache (tests, and a runner whose stores were changed outside a run). */
export function forgetCache(runner: ChunkRunner): void {
  caches.delete(runner);
}

/**
 * The stores' selections were rewritten after the policy step (a market's rounds): the scored
 * policies stay known (explanations), but no outcome or score is reused by the next run.
 */
export function spoilCache(runner: ChunkRunner): void {
  const cache = caches.get(runner);
  if (!cache) return;
  for (const [id, entry] of cache.policies) cache.policies.set(id, { ...entry, key: '', scoresKey: '', reused: false });
}

/** The scored policies (with their fitted models) the runner's stores hold from its last run. */
export function keptScored(runner: ChunkRunner): ReadonlyMap<string, ScoredPolicy> {
  const out = new Map<string, ScoredPolicy>();
  for (const [id, entry] of caches.get(runner)?.policies ?? []) if (entry.scored) out.set(id, entry.scored);
  return out;
}
