/** One round's merged counts (deliver.ts) as the round row of results.rounds. */
import type { Scenario } from '../scenario/types';
import type { RoundGroupRow, RoundRow } from '../results/rounds-types';
import { ROUND_FIELD as F, ROUND_FIELD_COUNT, roundSlices } from './deliver';

const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

export function roundRow(scenario: Scenario, round: number, counts: Float64Array, exploration?: number): RoundRow {
  const at = (cell: number, field: number) => counts[cell * ROUND_FIELD_COUNT + field] as number;
  const groups: RoundGroupRow[] = [];
  for (const slice of roundSlices(scenario))
    slice.groupIds.forEach((group, g) => {
      const cell = slice.offset + g;
      const reach = at(cell, F.reach);
      const populationShare = share(at(cell, F.n), at(0, F.n));
      const reachShare = share(reach, at(0, F.reach));
      groups.push({
        attribute: slice.key,
        group,
        impressions: at(cell, F.impressions),
        reach,
        impressionShare: share(at(cell, F.impressions), at(0, F.impressions)),
        reachShare,
        populationShare,
        ratio: share(reachShare, populationShare),
        costPerReach: reach > 0 ? at(cell, F.spent) / reach : null,
      });
    });
  const row: RoundRow = {
    round,
    spend: at(0, F.spend),
    impressions: at(0, F.impressions),
    reach: at(0, F.reach),
    newReach: at(0, F.newReach),
    clicks: at(0, F.clicks),
    conversions: at(0, F.conversions),
    groups,
  };
  if (exploration !== undefined) row.exploration = exploration;
  return row;
}

/** Cumulative spend on each group of `attribute` ÷ people of it reached, and its reach and eligible mix. */
export function groupMix(scenario: Scenario, counts: Float64Array, attribute: string): { reached: number[]; eligible: number[] } | undefined {
  const slice = roundSlices(scenario).find((s) => s.key === attribute);
  if (!slice) return undefined;
  const at = (cell: number, field: number) => counts[cell * ROUND_FIELD_COUNT + field] as number;
  return {
    reached: slice.groupIds.map((_, g) => at(slice.offset + g, F.reach)),
    eligible: slice.groupIds.map((_, g) => at(slice.offset + g, F.eligible)),
  };
}
