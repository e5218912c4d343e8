/**
 * The past campaign (docs/architecture.md §2.3): exactly `history.size` people (or everyone, if fewer), rule
 * matches first in random order, then non-matches at random if too few match. Its recorded
 * outcomes, with label bias, are what learned policies train on.
 */
import type { AbortSignalLike } from '../engine/chunk-state';
import type { ChunkRunner } from '../engine/runner';
import { reduceChunks } from '../engine/runner';
import { HISTORY, HISTORY_RULE_SCORE } from '../engine/store-keys';
import type { Scenario } from '../scenario/types';
import { selectTop } from '../selection/select-top';
import type { ChunkHistoryCounts } from './history-tasks';
import { historyLabels, historyRuleScore } from './history-tasks';

export type HistorySummary = ChunkHistoryCounts;

/** Selects the history into each chunk's HISTORY mask and writes HISTORY_LABEL and SEED_AUDIENCE. */
export async function runHistory(runner: ChunkRunner, scenario: Scenario, signal?: AbortSignalLike): Promise<HistorySummary> {
  await runner.map(historyRuleScore, {}, signal);
  // Score 1 for matches and 0 otherwise: matches rank first, ties broken by the 'history' draws.
  await selectTop(
    runner,
    {
      scoreKey: HISTORY_RULE_SCORE,
      outKey: HISTORY,
      budget: { kind: 'reach', people: scenario.history.size },
      tieStream: 'history',
    },
    signal,
  );
  return reduceChunks(runner, historyLabels, {}, signal);
}
