/**
 * Applies a threshold strategy to a scoring policy on any ChunkRunner holding a finished run:
 * the base policy's scores are copied, split by the groups of `attribute` (the same steps the
 * fairness wrapper takes), the strategy's per-group budgets computed from the histograms and the
 * people selected into `outKey`. Returns what a threshold chart shows.
 */
import type { AbortSignalLike } from '../engine/chunk-state';
import type { StoreKey } from '../engine/chunk-store';
import type { ChunkRunner } from '../engine/runner';
import { reduceChunks } from '../engine/runner';
import { derivedScoreKey } from '../engine/store-keys';
import { policyMaskGroups } from '../policies/candidate-scores';
import type { ScoredPolicy } from '../policies/context';
import { policyDropKeys } from '../policies/drop-columns';
import { policyGroupStats, policySelectionStats } from '../policies/group-stats';
import { policyScoreHistogram } from '../policies/score-histogram';
import { selectTop } from '../selection';
import { resolveBudget } from '../policies/budget';
import type { Scenario } from '../scenario/types';
import type { Strategy } from './threshold-strategies';
import { strategyBudgets } from './threshold-strategies';

export interface StrategyOutcome {
  strategy: Strategy;
  attribute: string;
  groups: string[];
  reached: number;
  spend: number;
  /** Per group: people selected, and the lowest selected score (the group's threshold; null if none). */
  selected: number[];
  thresholds: (number | null)[];
}

export async function applyStrategy(
  runner: ChunkRunner,
  scenario: Scenario,
  base: ScoredPolicy & { id: string },
  attribute: string,
  strategy: Strategy,
  outKey: StoreKey<Uint8Array>,
  signal?: AbortSignalLike,
): Promise<StrategyOutcome> {
  const attr = scenario.population.attributes.find((a) => a.id === attribute);
  if (!attr || attr.type !== 'categorical') throw new Error(`"${attribute}" is not a categorical attribute`);
  const groups = attr.categories.map((c) => c.id);
  const own = derivedScoreKey(outKey, ':score');
  await runner.map(policyMaskGroups, { from: base.scoreKey, to: own, attribute, keep: groups.map(() => true) }, signal);
  const statsArgs = { attribute, scoreKey: own, probKey: base.probKey };
  const stats = await reduceChunks(runner, policyGroupStats, statsArgs, signal);
  const histArgs = { attribute, scoreKey: own, probKey: base.probKey, lo: stats.minScore, hi: stats.maxScore };
  const h = await reduceChunks(runner, policyScoreHistogram, histArgs, signal);
  const budget = resolveBudget(scenario.campaign.budget, stats.eligible.reduce((a, x) => a + x, 0));
  const plan = strategyBudgets(strategy, stats, h, budget);
  const request = { scoreKey: own, outKey, budget, tieStream: base.id };
  const result = await selectTop(
    runner,
    plan.kind === 'global' ? request : { ...request, groups: { attribute, budgets: plan.budgets } },
    signal,
  );
  const after = await reduceChunks(runner, policySelectionStats, { attribute, scoreKey: own, selectedKey: outKey }, signal);
  await runner.map(policyDropKeys, { keys: [own] }, signal);
  return {
    strategy,
    attribute,
    groups,
    reached: result.selected,
    spend: result.spend,
    selected: after.selected,
    thresholds: after.minSelectedScore.map((s) => (Number.isFinite(s) ? s : null)),
  };
}
