/**
 * A round's targeting columns from a (re)trained model: the score the campaign ranks by and the
 * predicted action rate the platform ranks its bids by, with ε-greedy exploration.
 *
 * ε-greedy: each round every candidate is, with probability ε, explored — targeted as if they
 * were the best prospect of the round (the round's highest score and highest predicted rate),
 * whatever the model predicts for them. The draw comes from the person's chunk stream for that
 * round, one draw per person whether or not they are a candidate, so who is explored depends only
 * on (seed, policy, round, person).
 */
import type { Rng } from '../random/stream';

export interface Exploration {
  epsilon: number;
  /** The round's highest score and predicted rate among all candidates (merged by max over chunks). */
  topScore: number;
  topRate: number;
  draws: Rng;
}

export interface TargetingColumns {
  /** NaN where the person is not a candidate. */
  score: Float32Array;
  rate: Float32Array;
  explored: number;
}

/** score = p̂ (or p̂ / price); candidates are the non-NaN entries of `candidates`. */
export function targetingColumns(
  prob: Float32Array,
  candidates: Float32Array,
  price: ArrayLike<number> | undefined,
  exploration?: Exploration,
): TargetingColumns {
  const n = prob.length;
  const score = new Float32Array(n);
  const rate = new Float32Array(n);
  let explored = 0;
  for (let i = 0; i < n; i++) {
    const u = exploration ? exploration.draws.next() : 1;
    const p = prob[i] as number;
    rate[i] = p;
    const candidate = candidates[i] === candidates[i];
    if (!candidate) score[i] = NaN;
    else if (exploration && u < exploration.epsilon) {
      explored++;
      score[i] = exploration.topScore;
      rate[i] = exploration.topRate;
    } else score[i] = price ? p / (price[i] as number) : p;
  }
  return { score, rate, explored };
}

/** The highest score and rate among the candidates (−Infinity when there are none). */
export function topOfRound(prob: Float32Array, candidates: Float32Array, price: ArrayLike<number> | undefined): { score: number; rate: number } {
  let score = -Infinity;
  let rate = -Infinity;
  for (let i = 0; i < prob.length; i++) {
    if (candidates[i] !== candidates[i]) continue;
    const p = prob[i] as number;
    rate = Math.max(rate, p);
    score = Math.max(score, price ? p / (price[i] as number) : p);
  }
  return { score, rate };
}
