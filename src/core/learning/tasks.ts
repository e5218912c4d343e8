/**
 * Chunk tasks of learning over rounds. Each reads and writes only its own chunk's store; what it
 * returns is small (tallies, maxima, counts) and merges by addition (or max) in chunk order.
 */
import { generatedChunk, stored } from '../engine/chunk-access';
import type { ChunkState } from '../engine/chunk-state';
import { chunkTask, sumCounts } from '../engine/chunk-task';
import { storeKey } from '../engine/chunk-store';
import type { StoreKey } from '../engine/chunk-store';
import { HISTORY } from '../engine/store-keys';
import { stream } from '../random/stream';
import { addTally, emptyTally, grownSeed, observedMasks } from './observed';
import type { ObservedTally } from './observed';
import { targetingColumns, topOfRound } from './explore';

/** A per-person numeric column a learner reads (impressions, outcomes, masks), under any name. */
const column = (state: ChunkState, name: string): ArrayLike<number> => stored(state, storeKey<ArrayLike<number>>(name));

export interface LearnerObserveArgs {
  impressionsKey: string;
  outcomeKey: string;
  observedKey: StoreKey<Uint8Array>;
  historyOnlyKey: StoreKey<Uint8Array>;
  /** A lookalike's seed mask, and where to write it grown by the observed positives. */
  seed?: { from: string; to: StoreKey<Uint8Array> };
}

/**
 * Task: from the campaign's cumulative impressions and observed outcomes, writes the masks of the
 * observed people (`observedKey`), of the history's people not observed since (`historyOnlyKey`)
 * and, for a lookalike, of its seed grown by the observed positives. Merged: the tallies added.
 */
export const learnerObserve = chunkTask('learnerObserve', observe, (parts: readonly ObservedTally[]) => parts.reduce(addTally, emptyTally()));

function observe(state: ChunkState, args: LearnerObserveArgs): ObservedTally {
  const outcome = column(state, args.outcomeKey);
  const masks = observedMasks(column(state, args.impressionsKey), outcome, state.store.get(HISTORY));
  state.store.set(args.observedKey, masks.observed);
  state.store.set(args.historyOnlyKey, masks.historyOnly);
  if (args.seed) state.store.set(args.seed.to, grownSeed(column(state, args.seed.from), outcome).mask);
  return masks.tally;
}

interface TopArgs {
  probKey: StoreKey<Float32Array>;
  candidatesKey: StoreKey<Float32Array>;
  perPrice: boolean;
}

/** Task: the highest score and predicted rate among the policy's candidates; merged: the maxima. */
export const learnerTop = chunkTask(
  'learnerTop',
  (state: ChunkState, args: TopArgs) => topOfRound(stored(state, args.probKey), stored(state, args.candidatesKey), args.perPrice ? generatedChunk(state).price : undefined),
  (parts: readonly { score: number; rate: number }[]) => ({ score: Math.max(-Infinity, ...parts.map((p) => p.score)), rate: Math.max(-Infinity, ...parts.map((p) => p.rate)) }),
);

export interface LearnerTargetingArgs {
  policyId: string;
  round: number;
  probKey: StoreKey<Float32Array>;
  /** The policy's own score column: its non-NaN entries are the candidates. */
  candidatesKey: StoreKey<Float32Array>;
  perPrice: boolean;
  scoreKey: StoreKey<Float32Array>;
  rateKey: StoreKey<Float32Array>;
  explore?: { epsilon: number; topScore: number; topRate: number };
}

/** Task: writes the round's score and rate columns; merged: how many people it explored. */
export const learnerTargeting = chunkTask('learnerTargeting', target, (parts: readonly number[]) => sumCounts(parts));

function target(state: ChunkState, args: LearnerTargetingArgs): number {
  const chunk = generatedChunk(state);
  const draws = args.explore ? stream(state.seed, 'chunk', state.index, 'learner', args.policyId, args.round, 'explore') : undefined;
  const columns = targetingColumns(
    stored(state, args.probKey),
    stored(state, args.candidatesKey),
    args.perPrice ? chunk.price : undefined,
    args.explore && draws ? { ...args.explore, draws } : undefined,
  );
  state.store.set(args.scoreKey, columns.score);
  state.store.set(args.rateKey, columns.rate);
  return columns.explored;
}

/** Task: frees every column whose name contains `marker` (a learner's masks and training rows); merged: how many. */
export const learnerDrop = chunkTask(
  'learnerDrop',
  (state: ChunkState, args: { marker: string }) => {
    let dropped = 0;
    for (const name of state.store.names()) if (name.includes(args.marker) && state.store.delete(name)) dropped++;
    return dropped;
  },
  (parts: readonly number[]) => sumCounts(parts),
);
