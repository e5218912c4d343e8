/**
 * Task that turns a policy's raw signal into its score column `score:<id>`: NaN for anyone who is
 * not a candidate, so the global selection never picks them.
 *
 * Candidates are the eligible people, and for personalised policies (models) only those who
 * consented: a person who refused personal-data targeting can still be reached, but only by a
 * policy that does not use their data (random, rules).
 */
import { generatedChunk, stored } from '../engine/chunk-access';
import type { ChunkState } from '../engine/chunk-state';
import { chunkTask, sumFields } from '../engine/chunk-task';
import type { StoreKey } from '../engine/chunk-store';
import { ELIGIBLE, scoreKey } from '../engine/store-keys';
import { stream } from '../random/stream';
import { matchRule } from '../rules';
import type { Rule } from '../scenario/types';
import { own } from '../records/own';

export type ScoreSource =
  /** A uniform draw per person: the random baseline. */
  | { kind: 'uniform' }
  /** A uniform draw among the people the rule matches: random beyond the budget. */
  | { kind: 'rule'; rule: Rule }
  /** A model's predicted probability (store key), optionally per unit price (auction delivery). */
  | { kind: 'model'; probKey: StoreKey<Float32Array>; perPrice: boolean };

export interface ScoreArgs {
  policyId: string;
  source: ScoreSource;
  requireConsent: boolean;
}

/** Candidates in all chunks: the one merge of the tasks that count them. */
const sumCandidates = (parts: readonly { candidates: number }[]) => sumFields(parts, { candidates: 0 });

/** Task: writes `scoreKey(policyId)`; returns (merged: in all) how many candidates the chunk has. */
export const policyScores = chunkTask('policyScores', candidateScores, sumCandidates);

function candidateScores(state: ChunkState, args: ScoreArgs): { candidates: number } {
  const chunk = generatedChunk(state);
  const eligible = stored(state, ELIGIBLE);
  const n = chunk.size;
  const score = new Float32Array(n);
  const source = args.source;
  const rng = stream(state.seed, 'chunk', state.index, 'policy', args.policyId);
  const match = source.kind === 'rule' ? matchRule(source.rule, state.scenario, chunk) : undefined;
  const prob = source.kind === 'model' ? stored(state, source.probKey) : undefined;
  const perPrice = source.kind === 'model' && source.perPrice;
  const consent = args.requireConsent ? chunk.consent : undefined;
  let candidates = 0;
  if (prob) {
    const price = chunk.price;
    for (let i = 0; i < n; i++) {
      if (eligible[i] !== 1 || (consent && consent[i] !== 1)) score[i] = NaN;
      else {
        candidates++;
        score[i] = perPrice ? (prob[i] as number) / (price[i] as number) : (prob[i] as number);
      }
    }
  } else
    for (let i = 0; i < n; i++) {
      // Draw for everyone, so a person's number does not depend on who else is a candidate.
      const u = rng.next();
      if (eligible[i] !== 1 || (consent && consent[i] !== 1) || (match && match[i] !== 1)) score[i] = NaN;
      else {
        candidates++;
        score[i] = u;
      }
    }
  state.store.set(scoreKey(args.policyId), score);
  return { candidates };
}

/** Task: copies a score column, with NaN (not a candidate) for the groups not kept. */
export const policyMaskGroups = chunkTask('policyMaskGroups', maskGroups, sumCandidates);

function maskGroups(
  state: ChunkState,
  args: { from: StoreKey<Float32Array>; to: StoreKey<Float32Array>; attribute: string; keep: boolean[] },
): { candidates: number } {
  const from = stored(state, args.from);
  const codes = own(generatedChunk(state).codes, args.attribute);
  if (!codes) throw new Error(`"${args.attribute}" is not a categorical attribute`);
  const to = new Float32Array(from.length);
  let candidates = 0;
  for (let i = 0; i < from.length; i++) {
    const s = from[i] as number;
    if (args.keep[codes[i] as number] && s === s) {
      to[i] = s;
      candidates++;
    } else to[i] = NaN;
  }
  state.store.set(args.to, to);
  return { candidates };
}
