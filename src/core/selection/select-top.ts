/**
 * The global top-k across chunks, identical for any assignment of chunks to workers.
 *
 * Ranking: effective score (score × group multiplier, as float32) descending, then the person's
 * tie-break uniform descending, then global person index ascending. Each person's position is one
 * 96-bit key (sort-key.ts), so the cut is one exact person. The plan moves little data:
 *   1. every chunk builds its keys and returns, per group, 256 counts and price sums over the first
 *      key byte (keeping its counts over the first two bytes); the coordinator picks the bin that
 *      holds the cut;
 *   2. chunks histogram the next byte inside that bin, until the bin holds ≤ KEY_LIMIT people: the
 *      second byte from the kept two-byte counts (no pass), later bytes by narrowing, each chunk
 *      keeping the list of its candidates still inside their group's bin, so these rounds cost
 *      the size of the bin, not of the population;
 *   3. chunks return those people's keys; the coordinator sorts them and finds the exact cut;
 *   4. chunks write their masks (and list the selected positions with them, person-masks.ts) and
 *      return counts and spend, merged in chunk order. They visit only the people the first
 *      narrowing found at or above its bin (apply.ts), unless a cut may take people outside it.
 *
 * Budgets: `reach` selects exactly min(people, candidates). `spend` walks the ranking and takes
 * people while the cumulative price stays ≤ the amount, stopping at the first person who does not
 * fit (greedy; nobody is skipped), so spend is within one price of the budget. Sums are float64
 * in chunk order; bins are summed as wholes, so at an exact tie between a budget and a float sum
 * the outcome may differ from a person-by-person sum by that one person.
 */
import type { AbortSignalLike } from '../engine/chunk-state';
import type { ChunkRunner } from '../engine/runner';
import type { CutSearch } from './cut-search';
import { mergeCommon, narrow, resolve, skipCommon, startSearch } from './cut-search';
import type { SelectionRequest, SelectionResult } from './request';
import type { GroupCut, GroupPrefixes } from './round-tasks';
import { selectionApply, selectionHistogram, selectionKeys } from './round-tasks';
import { reduceChunks } from '../engine/runner';

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
    const merged = await reduceChunks(
      runner,
      selectionHistogram,
      { request: req, prefixes: prefixes(searches, 'histogram'), held: prefixes(searches, 'keys'), prepare },
      signal,
    );
    prepare = false;
    searches.forEach((search, g) => {
      if (search.phase !== 'histogram') return;
      const counts = merged.counts.slice(g * 256, g * 256 + 256);
      const sums = merged.sums.slice(g * 256, g * 256 + 256);
      const depth = search.prefix.length;
      narrow(search, counts, sums);
      const common = merged.commons ? mergeCommon(merged.commons, g) : null;
      if (common) skipCommon(search, depth, common, counts, sums);
    });
  }

  if (searches.some((s) => s.phase === 'keys')) {
    const found = await reduceChunks(runner, selectionKeys, { request: req, prefixes: prefixes(searches, 'keys') }, signal);
    searches.forEach((search, g) => {
      if (search.phase !== 'keys') return;
      const { keys, prices } = found[g] as { keys: Uint32Array; prices: Float64Array };
      resolve(search, keys, prices);
    });
  }

  const cuts = searches.map((s) => s.cut as GroupCut);
  const { perGroup, spend } = await reduceChunks(runner, selectionApply, { request: req, cuts }, signal);
  const selected = perGroup.reduce((n, g) => n + g.selected, 0);
  const scores = perGroup.flatMap((g) => (g.cutScore === null ? [] : [g.cutScore]));
  const result: SelectionResult = { selected, spend, cutScore: scores.length ? Math.min(...scores) : null };
  if (req.groups) result.perGroup = perGroup;
  return result;
}
