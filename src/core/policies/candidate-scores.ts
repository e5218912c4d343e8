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
import type { AleaState } from '../selection/tie-words';
import { aleaState, tieWordsInto } from '../selection/tie-words';
import { matchRule } from '../rules';
import type { Rule } from '../scenario/types';
import { own } from '../records/own';
import { categoricalById } from '../inference/derived';

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
  const score = new Float32Array(chunk.size);
  const source = args.source;
  // Every kernel takes the same column types on every call (V8 then compiles each once): a test
  // that does not apply reads `eligible` again, which passes wherever the person is eligible.
  const consent = args.requireConsent ? chunk.consent : eligible;
  let candidates: number;
  if (source.kind === 'model') {
    const prob = stored(state, source.probKey);
    candidates = modelScores(eligible, consent, prob, source.perPrice ? chunk.price : ones(chunk.size), score);
  } else {
    const match = source.kind === 'rule' ? matchRule(source.rule, state.scenario, chunk) : eligible;
    const rng = aleaState(state.seed, ['chunk', state.index, 'policy', args.policyId]);
    candidates = uniformScores(rng, eligible, consent, match, score);
  }
  state.store.set(scoreKey(args.policyId), score);
  return { candidates };
}

/** A shared column of n ones (dividing by it leaves a probability as it is); never written. */
const onesBySize = new Map<number, Float64Array>();
function ones(n: number): Float64Array {
  let column = onesBySize.get(n);
  if (!column) onesBySize.set(n, (column = new Float64Array(n).fill(1)));
  return column;
}

/**
 * What the score kernels add to a person's score: NaN for no candidate (flag 0), 0 for a candidate
 * (flag 1). Their scores are never −0 (probabilities over positive prices, draws from 0 up), so
 * adding 0 leaves them as they are; indexing by the flag instead of branching on it avoids a
 * mispredicted branch per person where consent or a rule splits people at random.
 */
const NOT_CANDIDATE = Float64Array.of(NaN, 0);

/**
 * The model's probability per unit of `divisor` (the price for auction delivery, else ones) for
 * every candidate (eligible and passing `consent`), NaN for the rest; returns the candidates.
 */
function modelScores(eligible: Uint8Array, consent: Uint8Array, prob: Float32Array, divisor: Float64Array, score: Float32Array): number {
  let candidates = 0;
  for (let i = 0; i < score.length; i++) {
    const flag = (eligible[i] as number) & (consent[i] as number);
    score[i] = (prob[i] as number) / (divisor[i] as number) + (NOT_CANDIDATE[flag] as number);
    candidates += flag;
  }
  return candidates;
}

/** Draws of one chunk's uniform scores as words, reused (each call reads only what it has just written). */
let words = new Uint32Array(0);

/**
 * A uniform draw of the stream `rng` per person (stream(...).next(), as its word u·2^32: see
 * tieWordsInto) for every candidate (eligible, passing `consent` and `match`), NaN for the rest.
 * Everyone draws, so a person's number does not depend on who else is a candidate.
 */
function uniformScores(rng: AleaState, eligible: Uint8Array, consent: Uint8Array, match: Uint8Array, score: Float32Array): number {
  if (words.length !== score.length) words = new Uint32Array(score.length);
  tieWordsInto(rng, words);
  return uniformCandidates(words, eligible, consent, match, score);
}

function uniformCandidates(u: Uint32Array, eligible: Uint8Array, consent: Uint8Array, match: Uint8Array, score: Float32Array): number {
  let candidates = 0;
  for (let i = 0; i < score.length; i++) {
    const flag = (eligible[i] as number) & (consent[i] as number) & (match[i] as number);
    // 2^-32: the draw itself, exactly (NOT_CANDIDATE turns non-candidates to NaN).
    score[i] = (u[i] as number) * 2.3283064365386963e-10 + (NOT_CANDIDATE[flag] as number);
    candidates += flag;
  }
  return candidates;
}

/**
 * Task: copies a score column, with NaN (not a candidate) for the groups not kept. Its callers
 * count candidates from the copy's group stats, so it returns nothing (a count would cost a pass).
 */
export const policyMaskGroups = chunkTask('policyMaskGroups', maskGroups);

function maskGroups(state: ChunkState, args: { from: StoreKey<Float32Array>; to: StoreKey<Float32Array>; attribute: string; keep: boolean[] }): void {
  const from = stored(state, args.from);
  const codes = own(generatedChunk(state).codes, args.attribute);
  if (!codes) throw new Error(`"${args.attribute}" is not a categorical attribute`);
  // Every group kept (a fairness wrapper's own copy of its base's scores): the copy would equal
  // `from` bit for bit, and score columns are never written once stored, so `to` is `from` itself.
  if (keepsEveryCategory(state, args.attribute, args.keep)) {
    state.store.set(args.to, from);
    return;
  }
  const keep = new Uint8Array(256);
  args.keep.forEach((k, c) => {
    if (k && c < 256) keep[c] = 1;
  });
  const to = new Float32Array(from.length);
  state.store.set(args.to, to);
  keepGroups(from, codes, keep, to);
}

/** Whether `keep` keeps every category of the attribute (every code its column can hold). */
function keepsEveryCategory(state: ChunkState, attribute: string, keep: readonly boolean[]): boolean {
  const categories = categoricalById(state.scenario, attribute)?.categories.length;
  if (categories === undefined || keep.length < categories) return false;
  for (let c = 0; c < categories; c++) if (keep[c] !== true) return false;
  return true;
}

/** `to` = `from` where the code is kept and the score is a number, else NaN. */
function keepGroups(from: Float32Array, codes: Uint8Array, keep: Uint8Array, to: Float32Array): void {
  for (let i = 0; i < from.length; i++) {
    const s = from[i] as number;
    to[i] = keep[codes[i] as number] === 1 && s === s ? s : NaN;
  }
}
