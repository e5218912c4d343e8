/**
 * The global top-k across chunks, identical for any assignment of chunks to workers.
 *
 * Ranking: effective score (score × group multiplier, as float32) descending, then the person's
 * tie-break uniform descending, then global person index ascending. Each person's position is one
 * 96-bit key (sort-key.ts), so the cut is one exact person. The plan moves little data:
 *   1. every chunk builds its keys and returns, per group, 256 counts and price sums over the first
 *      key byte; the coordinator picks the bin that holds the cut;
 *   2. chunks histogram the next byte inside that bin, until the bin holds ≤ KEY_LIMIT people;
 *      each chunk keeps the list of its candidates still inside their group's bin, so these rounds
 *      cost the size of the bin, not of the population;
 *   3. chunks return those people's keys; the coordinator sorts them and finds the exact cut;
 *   4. chunks write their masks and return counts and spend, merged in chunk order.
 *
 * Budgets: `reach` selects exactly min(people, candidates). `spend` walks the ranking and takes
 * people while the cumulative price stays ≤ the amount, stopping at the first person who does not
 * fit (greedy; nobody is skipped), so spend is within one price of the budget. Sums are float64
 * in chunk order; bins are summed as wholes, so at an exact tie between a budget and a float sum
 * the outcome may differ from a person-by-person sum by that one person.
 */
import type { AbortSignalLike, ChunkRunner } from '../engine/runner';
import type { CutSearch } from './cut-search';
import { mergeCommon, narrow, resolve, skipCommon, startSearch } from './cut-search';
import type { GroupSelection, SelectionRequest, SelectionResult } from './request';
import type { GroupCut, GroupPrefixes } from './tasks';

function budgetAmount(req: SelectionRequest): number {
  return req.budget.kind === 'reach' ? req.budget.people : req.budget.amount;
}

function prefixes(searches: CutSearch[], phase: CutSearch['phase']): GroupPrefixes {
  return searches.map((s) => (s.phase === phase ? s.prefix : null));
}

export async function selectTop(
  runner: ChunkRunner,
  req: SelectionRequest,
  signal?: AbortSignalLike,
): Promise<SelectionResult> {
  const budgets = req.groups ? req.groups.budgets : [budgetAmount(req)];
  const searches = budgets.map((b) => startSearch(req.budget.kind, b));

  let prepare = true;
  while (searches.some((s) => s.phase === 'histogram')) {
    const histograms = await runner.map(
      'selectionHistogram',
      { request: req, prefixes: prefixes(searches, 'histogram'), held: prefixes(searches, 'keys'), prepare },
      signal,
    );
    prepare = false;
    searches.forEach((search, g) => {
      if (search.phase !== 'histogram') return;
      const counts = new Float64Array(256);
      const sums = new Float64Array(256);
      const withSums = req.budget.kind === 'spend';
      for (const h of histograms)
        for (let b = 0; b < 256; b++) {
          counts[b] = (counts[b] as number) + (h.counts[g * 256 + b] as number);
          // Reach budgets come without price sums (they only need counts).
          if (withSums) sums[b] = (sums[b] as number) + (h.sums[g * 256 + b] as number);
        }
      const depth = search.prefix.length;
      narrow(search, counts, sums);
      const common = histograms.every((h) => h.common) ? mergeCommon(histograms.map((h) => h.common as Int32Array), g) : null;
      if (common) skipCommon(search, depth, common, counts, sums);
    });
  }

  if (searches.some((s) => s.phase === 'keys')) {
    const found = await runner.map('selectionKeys', { request: req, prefixes: prefixes(searches, 'keys') }, signal);
    searches.forEach((search, g) => {
      if (search.phase !== 'keys') return;
      const parts = found.map((f) => f[g] as { keys: Uint32Array; prices: Float64Array });
      const keys = new Uint32Array(parts.reduce((n, p) => n + p.keys.length, 0));
      const prices = new Float64Array(keys.length / 3);
      let at = 0;
      for (const p of parts) {
        keys.set(p.keys, at * 3);
        prices.set(p.prices, at);
        at += p.prices.length;
      }
      resolve(search, keys, prices);
    });
  }

  const cuts = searches.map((s) => s.cut as GroupCut);
  const applied = await runner.map('selectionApply', { request: req, cuts }, signal);
  const perGroup: GroupSelection[] = budgets.map((_, g) => {
    let selected = 0;
    let spend = 0;
    let min = Infinity;
    for (const a of applied) {
      selected += a.selected[g] as number;
      spend += a.spend[g] as number;
      min = Math.min(min, a.minScore[g] as number);
    }
    return { selected, spend, cutScore: selected > 0 ? min : null };
  });
  let spend = 0;
  for (const a of applied) spend += a.totalSpend;
  const selected = perGroup.reduce((n, g) => n + g.selected, 0);
  const scores = perGroup.flatMap((g) => (g.cutScore === null ? [] : [g.cutScore]));
  const result: SelectionResult = { selected, spend, cutScore: scores.length ? Math.min(...scores) : null };
  if (req.groups) result.perGroup = perGroup;
  return result;
}
