/**
 * Consent per data use (scenario/schema-consent.ts): a personalised policy with
 * `withoutConsent: { use: "contextual", context }` also scores the eligible people who did not
 * consent — by their context alone. Each gets the mean predicted probability of the consenting
 * candidates in the same context cell (the combination of the context attributes; the mean of all
 * consenting candidates when the cell has none), per unit price for an auction. Their own
 * features are never read, and models never train on them (models/tasks.ts).
 *
 * Two passes: per-cell sums merged by addition in chunk order, then the scores.
 */
import { generatedChunk, stored } from '../engine/chunk-access';
import type { ChunkState } from '../engine/chunk-state';
import { chunkTask, sumFields } from '../engine/chunk-task';
import type { StoreKey } from '../engine/chunk-store';
import { reduceChunks } from '../engine/runner';
import { ELIGIBLE, scoreKey } from '../engine/store-keys';
import { mergeByAddition } from '../metrics/counts';
import type { Policy } from '../scenario/types';
import type { PolicyContext } from './context';
import { groupCodes } from './chunk-access';

interface ContextArgs {
  scoreKey: StoreKey<Float32Array>;
  probKey: StoreKey<Float32Array>;
  context: string[];
}

/** Each person's context cell: the context attributes' codes as a mixed-radix number. */
function cellsOf(state: ChunkState, context: readonly string[]): { cell: (i: number) => number; cells: number } {
  const columns = context.map((id) => groupCodes(state, id));
  const cells = columns.reduce((a, c) => a * c.groups, 1);
  const cell = (i: number) => columns.reduce((acc, c) => acc * c.groups + (c.codes[i] as number), 0);
  return { cell, cells };
}

/** Task: Σ predicted probability and count of the consenting candidates per context cell ([sums…, counts…]), added over the chunks. */
export const policyContextMeans = chunkTask('policyContextMeans', contextSums, (parts: readonly Float64Array[]) => mergeByAddition(parts));

function contextSums(state: ChunkState, args: ContextArgs): Float64Array {
  const score = stored(state, args.scoreKey);
  const prob = stored(state, args.probKey);
  const { cell, cells } = cellsOf(state, args.context);
  const out = new Float64Array(2 * cells);
  for (let i = 0; i < score.length; i++) {
    if (score[i] !== score[i]) continue;
    const c = cell(i);
    out[c]! += prob[i] as number;
    out[cells + c]! += 1;
  }
  return out;
}

/** Task: scores the eligible people without consent from their cell's mean; returns (merged: in all) how many. */
export const policyContextScores = chunkTask('policyContextScores', contextScores, (parts: readonly { candidates: number }[]) => sumFields(parts, { candidates: 0 }));

function contextScores(state: ChunkState, args: ContextArgs & { means: number[]; perPrice: boolean }): { candidates: number } {
  const chunk = generatedChunk(state);
  const eligible = stored(state, ELIGIBLE);
  const score = stored(state, args.scoreKey);
  const prob = stored(state, args.probKey);
  const { cell } = cellsOf(state, args.context);
  let candidates = 0;
  for (let i = 0; i < chunk.size; i++) {
    if (eligible[i] !== 1 || chunk.consent[i] === 1) continue;
    const p = args.means[cell(i)] as number;
    // What the policy predicts for them is the context's mean, not a prediction from their data.
    prob[i] = p;
    score[i] = args.perPrice ? p / (chunk.price[i] as number) : p;
    candidates++;
  }
  return { candidates };
}

type Personalised = Extract<Policy, { type: 'propensity' | 'lookalike' | 'delivery' }>;

/** Adds the contextual candidates to a scored policy; nothing when it has no `withoutConsent`. */
export async function scoreWithoutConsent(
  ctx: PolicyContext,
  policyId: string,
  probKey: StoreKey<Float32Array>,
  perPrice: boolean,
): Promise<{ candidates: number; notes: string[] }> {
  const policy = ctx.scenario.policies.find((p) => p.id === policyId) as Personalised | undefined;
  const rule = policy?.withoutConsent;
  if (!rule) return { candidates: 0, notes: [] };
  const args: ContextArgs = { scoreKey: scoreKey(policyId), probKey, context: rule.context };
  const sums = await reduceChunks(ctx.runner, policyContextMeans, args, ctx.signal);
  const cells = sums.length / 2;
  let total = 0;
  let count = 0;
  for (let c = 0; c < cells; c++) {
    total += sums[c] as number;
    count += sums[cells + c] as number;
  }
  const overall = count > 0 ? total / count : 0;
  const means = Array.from({ length: cells }, (_, c) => ((sums[cells + c] as number) > 0 ? (sums[c] as number) / (sums[cells + c] as number) : overall));
  const { candidates } = await reduceChunks(ctx.runner, policyContextScores, { ...args, means, perPrice }, ctx.signal);
  const by = rule.context.length ? `by ${rule.context.join(' × ')}` : 'all alike';
  return { candidates, notes: [`${candidates} eligible people without consent were scored by context (${by}): the mean prediction of the consenting people there, none of their own data.`] };
}
