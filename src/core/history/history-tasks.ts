/** Chunk tasks of the past campaign (see run-history.ts). */
import { generatedChunk, stored } from '../engine/chunk-access';
import type { ChunkState } from '../engine/chunk-state';
import { chunkTask, sumFields } from '../engine/chunk-task';
import type { NoArgs } from '../engine/chunk-task';
import { HISTORY, HISTORY_LABEL, HISTORY_RULE_SCORE, SEED_AUDIENCE } from '../engine/store-keys';
import { stream } from '../random/stream';
import { matchRule } from '../rules/match-rule';
import { recordProbability } from './label-bias';

/** Task: writes HISTORY_RULE_SCORE, the score the history is selected by. */
export const historyRuleScore = chunkTask('historyRuleScore', (state: ChunkState, _args: NoArgs): void => {
  const chunk = generatedChunk(state);
  const match = matchRule(state.scenario.history.rule, state.scenario, chunk);
  state.store.set(HISTORY_RULE_SCORE, Float32Array.from(match));
});

export interface ChunkHistoryCounts {
  size: number;
  matched: number;
  recordedConversions: number;
  trueConversions: number;
}

/** Task: records the history's outcomes (with label bias) as HISTORY_LABEL and SEED_AUDIENCE; merged: the counts summed. */
export const historyLabels = chunkTask('historyLabels', recordLabels, (parts) =>
  sumFields(parts, { size: 0, matched: 0, recordedConversions: 0, trueConversions: 0 }),
);

function recordLabels(state: ChunkState, _args: NoArgs): ChunkHistoryCounts {
  const chunk = generatedChunk(state);
  const reached = stored(state, HISTORY);
  const ruleScore = stored(state, HISTORY_RULE_SCORE);
  const record = recordProbability(state.scenario, chunk);
  const draw = stream(state.seed, 'chunk', state.index, 'labelBias');
  const label = new Uint8Array(chunk.size);
  const counts: ChunkHistoryCounts = { size: 0, matched: 0, recordedConversions: 0, trueConversions: 0 };
  for (let i = 0; i < chunk.size; i++) {
    // One draw per person, reached or not, so each person keeps their draw when the history changes.
    const u = draw.next();
    if (!reached[i]) continue;
    counts.size++;
    if (ruleScore[i] === 1) counts.matched++;
    if (!chunk.converts[i]) continue;
    counts.trueConversions++;
    if (u < (record[i] as number)) {
      label[i] = 1;
      counts.recordedConversions++;
    }
  }
  state.store.set(HISTORY_LABEL, label);
  // The lookalike's default seed audience ("our customers") is the recorded converters.
  state.store.set(SEED_AUDIENCE, label.slice());
  state.store.delete(HISTORY_RULE_SCORE);
  return counts;
}
