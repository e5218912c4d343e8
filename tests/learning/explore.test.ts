import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { targetingColumns, topOfRound } from '../../src/core/learning/explore';
import { stream } from '../../src/core/random/stream';

const prob = new Float32Array([0.1, 0.4, 0.2, 0.3]);
const candidates = new Float32Array([1, NaN, 1, 1]);

describe('targetingColumns', () => {
  it('without exploration scores candidates by p̂ (or p̂ per price) and keeps non-candidates NaN', () => {
    const greedy = targetingColumns(prob, candidates, undefined);
    expect([...greedy.score].map((s) => (Number.isNaN(s) ? 'NaN' : s))).toEqual([Math.fround(0.1), 'NaN', Math.fround(0.2), Math.fround(0.3)]);
    expect([...greedy.rate]).toEqual([...prob]);
    expect(greedy.explored).toBe(0);
    const perPrice = targetingColumns(prob, candidates, [2, 1, 4, 3]);
    expect(perPrice.score[2]).toBeCloseTo(0.05, 7);
  });

  it('with ε = 1 targets every candidate as the best prospect of the round', () => {
    const top = topOfRound(prob, candidates, undefined);
    expect(top).toEqual({ score: Math.fround(0.3), rate: Math.fround(0.3) });
    const all = targetingColumns(prob, candidates, undefined, { epsilon: 1, topScore: top.score, topRate: top.rate, draws: stream('x', 1) });
    expect(all.explored).toBe(3);
    expect([...all.score].filter((s) => !Number.isNaN(s))).toEqual([top.score, top.score, top.score]);
    expect(all.rate[1]).toBe(prob[1]);
  });

  it('explores a share ε of the candidates (100,000 people, ε = 0.1: within 5 standard errors, ±0.0047)', () => {
    const n = 100_000;
    const p = new Float32Array(n).fill(0.2);
    const c = new Float32Array(n).fill(1);
    const out = targetingColumns(p, c, undefined, { epsilon: 0.1, topScore: 1, topRate: 1, draws: stream('share', 1) });
    expect(Math.abs(out.explored / n - 0.1)).toBeLessThan(5 * Math.sqrt(0.09 / n));
  });

  it('whom it explores does not depend on who else is a candidate (one draw per person)', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 40 }), fc.nat(39), (isCandidate, flip) => {
        const n = isCandidate.length;
        const p = new Float32Array(n).fill(0.1);
        const explored = (cand: boolean[]) => {
          const out = targetingColumns(p, new Float32Array(cand.map((b) => (b ? 1 : NaN))), undefined, { epsilon: 0.3, topScore: 9, topRate: 0.9, draws: stream('flip', 7) });
          return [...out.score].map((s, i) => cand[i] && s === Math.fround(9));
        };
        const other = isCandidate.map((b, i) => (i === flip % n ? !b : b));
        const a = explored(isCandidate);
        const b = explored(other);
        a.forEach((v, i) => {
          if (i !== flip % n && isCandidate[i]) expect(v).toBe(b[i]);
        });
      }),
    );
  });
});
