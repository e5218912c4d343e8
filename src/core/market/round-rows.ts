/**
 * Round rows of results.rounds from the merged chunk counts: this round's (deliver.ts) and the
 * campaign's running totals per cell, which the coordinator keeps (people and eligible people from
 * `marketStart`, reach and spend summed over the rounds so far).
 */
import type { Scenario } from '../scenario/types';
import type { RoundCreativeRow, RoundGroupRow, RoundRow } from '../results/rounds-types';
import { ROUND_FIELD as F, ROUND_FIELD_COUNT, roundCellCount, roundSlices } from './deliver';
import { PEOPLE_FIELD, PEOPLE_FIELD_COUNT } from './start';

const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

/** Per cell: people, eligible people, reached so far, spent so far. */
export class CampaignTotals {
  readonly people: Float64Array;
  readonly reach: Float64Array;
  readonly spent: Float64Array;

  constructor(scenario: Scenario, people: Float64Array) {
    const cells = roundCellCount(scenario);
    this.people = people;
    this.reach = new Float64Array(cells);
    this.spent = new Float64Array(cells);
  }

  add(round: Float64Array): void {
    for (let c = 0; c < this.reach.length; c++) {
      this.reach[c]! += round[c * ROUND_FIELD_COUNT + F.newReach] as number;
      this.spent[c]! += round[c * ROUND_FIELD_COUNT + F.spend] as number;
    }
  }

  n(cell: number): number {
    return this.people[cell * PEOPLE_FIELD_COUNT + PEOPLE_FIELD.n] as number;
  }

  eligible(cell: number): number {
    return this.people[cell * PEOPLE_FIELD_COUNT + PEOPLE_FIELD.eligible] as number;
  }
}

export function roundRow(scenario: Scenario, round: number, counts: Float64Array, totals: CampaignTotals, exploration?: number): RoundRow {
  const at = (cell: number, field: number) => counts[cell * ROUND_FIELD_COUNT + field] as number;
  const groups: RoundGroupRow[] = [];
  for (const slice of roundSlices(scenario))
    slice.groupIds.forEach((group, g) => {
      const cell = slice.offset + g;
      const reach = totals.reach[cell] as number;
      const populationShare = share(totals.n(cell), totals.n(0));
      const reachShare = share(reach, totals.reach[0] as number);
      groups.push({
        attribute: slice.key,
        group,
        impressions: at(cell, F.impressions),
        reach,
        impressionShare: share(at(cell, F.impressions), at(0, F.impressions)),
        reachShare,
        populationShare,
        ratio: share(reachShare, populationShare),
        costPerReach: reach > 0 ? (totals.spent[cell] as number) / reach : null,
      });
    });
  const row: RoundRow = {
    round,
    spend: at(0, F.spend),
    impressions: at(0, F.impressions),
    reach: totals.reach[0] as number,
    newReach: at(0, F.newReach),
    clicks: at(0, F.clicks),
    conversions: at(0, F.conversions),
    groups,
  };
  if (exploration !== undefined) row.exploration = exploration;
  return row;
}

/** Each creative's impressions in the round, in total and per group (deliver.ts `creatives`). */
export function creativeRows(scenario: Scenario, counts: Float64Array): RoundCreativeRow[] {
  const ads = scenario.market?.creatives ?? [];
  const C = ads.length;
  return ads.map((ad, c) => ({
    id: ad.id,
    impressions: counts[c] as number,
    groups: roundSlices(scenario).flatMap((slice) => slice.groupIds.map((group, g) => ({ attribute: slice.key, group, impressions: counts[(slice.offset + g) * C + c] as number }))),
  }));
}

/** People of each group of `attribute` reached so far, and eligible. */
export function groupMix(scenario: Scenario, totals: CampaignTotals, attribute: string): { reached: number[]; eligible: number[] } | undefined {
  const slice = roundSlices(scenario).find((s) => s.key === attribute);
  if (!slice) return undefined;
  return {
    reached: slice.groupIds.map((_, g) => totals.reach[slice.offset + g] as number),
    eligible: slice.groupIds.map((_, g) => totals.eligible(slice.offset + g)),
  };
}
