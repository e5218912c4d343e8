/**
 * Chunk tasks of learning over rounds. Each reads and writes only its own chunk's store; what it
 * returns is small (tallies, maxima, counts) and merges by addition (or max) in chunk order.
 */
import type { ChunkState } from '../engine/runner';
import { HISTORY } from '../engine/store-keys';
import { stream } from '../random/stream';
import { requireChunk, requireScores } from '../policies/chunk-access';
import { grownSeed, observedMasks } from './observed';
import type { ObservedTally } from './observed';
import { targetingColumns, topOfRound } from './explore';

function column(state: ChunkState, key: string): ArrayLike<number> {
  const v = state.store.get(key);
  if (!(v instanceof Uint8Array || v instanceof Uint16Array || v instanceof Uint32Array || v instanceof Float32Array))
    throw new Error(`chunk ${state.index} has no "${key}" column yet`);
  return v;
}

export interface LearnerObserveArgs {
  impressionsKey: string;
  outcomeKey: string;
  observedKey: string;
  historyOnlyKey: string;
  /** A lookalike's seed mask, and where to write it grown by the observed positives. */
  seed?: { from: string; to: string };
}

/**
 * Task: from the campaign's cumulative impressions and observed outcomes, writes the masks of the
 * observed people (`observedKey`), of the history's people not observed since (`historyOnlyKey`)
 * and, for a lookalike, of its seed grown by the observed positives.
 */
export function learnerObserve(state: ChunkState, args: LearnerObserveArgs): ObservedTally {
  const history = state.store.get(HISTORY);
  const outcome = column(state, args.outcomeKey);
  const masks = observedMasks(column(state, args.impressionsKey), outcome, history instanceof Uint8Array ? history : undefined);
  state.store.set(args.observedKey, masks.observed);
  state.store.set(args.historyOnlyKey, masks.historyOnly);
  if (args.seed) state.store.set(args.seed.to, grownSeed(column(state, args.seed.from), outcome).mask);
  return masks.tally;
}

/** Task: the chunk's highest score and predicted rate among the policy's candidates. */
export function learnerTop(state: ChunkState, args: { probKey: string; candidatesKey: string; perPrice: boolean }): { score: number; rate: number } {
  const chunk = requireChunk(state);
  return topOfRound(requireScores(state, args.probKey), requireScores(state, args.candidatesKey), args.perPrice ? chunk.price : undefined);
}

export interface LearnerTargetingArgs {
  policyId: string;
  round: number;
  probKey: string;
  /** The policy's own score column: its non-NaN entries are the candidates. */
  candidatesKey: string;
  perPrice: boolean;
  scoreKey: string;
  rateKey: string;
  explore?: { epsilon: number; topScore: number; topRate: number };
}

/** Task: writes the round's score and rate columns; returns how many people it explored. */
export function learnerTargeting(state: ChunkState, args: LearnerTargetingArgs): { explored: number } {
  const chunk = requireChunk(state);
  const draws = args.explore ? stream(state.seed, 'chunk', state.index, 'learner', args.policyId, args.round, 'explore') : undefined;
  const columns = targetingColumns(
    requireScores(state, args.probKey),
    requireScores(state, args.candidatesKey),
    args.perPrice ? chunk.price : undefined,
    args.explore && draws ? { ...args.explore, draws } : undefined,
  );
  state.store.set(args.scoreKey, columns.score);
  state.store.set(args.rateKey, columns.rate);
  return { explored: columns.explored };
}

/** Task: frees every store entry whose key contains `marker` (a learner's masks and training rows). */
export function learnerDrop(state: ChunkState, args: { marker: string }): number {
  let dropped = 0;
  for (const key of [...state.store.keys()])
    if (key.includes(args.marker)) {
      state.store.delete(key);
      dropped++;
    }
  return dropped;
}
