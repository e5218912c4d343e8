/**
 * The round-by-round series a rounds chart draws: for one policy and one audited attribute, each
 * group's rows in round order, with the group's label and colour.
 */
import type { Results } from '../../core/results/types';
import type { PolicyRounds, RoundGroupRow } from '../../core/results/rounds-types';
import { findPolicy } from '../lookup';
import { color } from 'd3-color';
import { contrastRatio, seriesColour } from '../palette';

export interface GroupSeries {
  group: string;
  label: string;
  colour: string;
  /** One row per round, in round order. */
  rows: RoundGroupRow[];
}

export interface RoundsSeries {
  policyId: string;
  policyLabel: string;
  attribute: string;
  attributeLabel: string;
  /** 0-based round numbers, in order. */
  rounds: number[];
  groups: GroupSeries[];
  /** People explored per round (absent when the policy did not explore). */
  exploration: (number | undefined)[];
}

/** The series of `policy` (first when empty) by `attribute` (first audited when empty); undefined without rounds. */
export function roundsSeries(results: Results, policy: string | undefined, attribute: string | undefined): RoundsSeries | undefined {
  const rounds = results.rounds;
  if (!rounds || rounds.policies.length === 0) return undefined;
  const policyResult = findPolicy(results, policy);
  const campaign: PolicyRounds | undefined = rounds.policies.find((p) => p.policyId === policyResult?.id) ?? rounds.policies[0];
  if (!campaign || campaign.rounds.length === 0) return undefined;
  const audited = results.attributes.find((a) => a.id === attribute) ?? results.attributes.find((a) => campaign.rounds[0]?.groups.some((g) => g.attribute === a.id));
  if (!audited) return undefined;
  const groups = audited.categories
    .map((category, i) => ({
      group: category.id,
      label: category.label,
      colour: seriesColour(i),
      rows: campaign.rounds.map((r) => r.groups.find((g) => g.attribute === audited.id && g.group === category.id)).filter((g): g is RoundGroupRow => g !== undefined),
    }))
    .filter((g) => g.rows.length === campaign.rounds.length);
  const label = results.policies.find((p) => p.id === campaign.policyId)?.label ?? campaign.policyId;
  return {
    policyId: campaign.policyId,
    policyLabel: label,
    attribute: audited.id,
    attributeLabel: audited.label,
    rounds: campaign.rounds.map((r) => r.round),
    groups,
    exploration: campaign.rounds.map((r) => r.exploration),
  };
}

/** Rounds as people read them: "day 1" is round 0. */
export const dayText = (round: number) => `day ${round + 1}`;

/**
 * A series colour dark enough for text on white (4.5:1, WCAG AA): Okabe–Ito orange, sky blue and
 * yellow are made darker in steps until they are; the others are already.
 */
export function textColour(series: string): string {
  let c = series;
  for (let k = 1; contrastRatio(c, '#ffffff') < 4.5 && k <= 20; k++) c = color(series)?.darker(k * 0.2).formatHex() ?? c;
  return c;
}
