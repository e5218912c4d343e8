/** The selection done the slow, obvious way: sort every person, walk the order. */
import type { PopulationChunk } from '../../src/core/population/chunk';
import { stream } from '../../src/core/random/stream';
import type { Seed } from '../../src/core/random/stream';

export interface BruteRequest {
  scores: number[];
  prices: number[];
  kind: 'reach' | 'spend';
  budgets: number[];
  tieStream: string;
  groupCodes?: number[];
  weightCodes?: number[];
  multipliers?: number[];
}

export function bruteForceSelect(seed: Seed, chunks: PopulationChunk[], req: BruteRequest): number[] {
  const people: { i: number; s: number; u: number; g: number }[] = [];
  for (const c of chunks) {
    const tie = stream(seed, 'chunk', c.index, 'tie', req.tieStream);
    for (let j = 0; j < c.size; j++) {
      const i = c.start + j;
      const u = tie.next();
      const m = req.weightCodes ? (req.multipliers?.[req.weightCodes[i] as number] ?? 1) : 1;
      const s = Math.fround((req.scores[i] as number) * m);
      const g = req.groupCodes ? (req.groupCodes[i] as number) : 0;
      if (!Number.isNaN(s) && g < req.budgets.length) people.push({ i, s, u, g });
    }
  }
  people.sort((a, b) => b.s - a.s || b.u - a.u || a.i - b.i || 0);
  const mask = new Array<number>(req.scores.length).fill(0);
  req.budgets.forEach((budget, g) => {
    let taken = 0;
    let spent = 0;
    for (const p of people) {
      if (p.g !== g) continue;
      if (req.kind === 'reach') {
        if (taken >= budget) break;
      } else {
        if (spent + (req.prices[p.i] as number) > budget) break;
        spent += req.prices[p.i] as number;
      }
      taken++;
      mask[p.i] = 1;
    }
  });
  return mask;
}
