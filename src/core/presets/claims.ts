/**
 * Claims are checkable statements a preset makes about its own results ("women's representation
 * ratio under delivery is below 0.85"). Evaluating them after every run keeps a preset honest: a
 * test runs every preset and fails if a claim stops holding, and the gallery can show the reader
 * which statements the current numbers support.
 */
import type { GroupRow, PolicyResult, PolicyTotals, Results } from '../results/types';
import type { Claim, Scenario } from '../scenario/types';
import { inferredClaimValue } from '../inference/claim-value';

export interface ClaimOutcome {
  readonly claim: Claim;
  /** The measured value; null when it is undefined (e.g. no one reached) or cannot be found. */
  readonly value: number | null;
  /** True when the value is defined and within [min, max]. */
  readonly holds: boolean;
  /** Why the value could not be read (unknown policy, slice, group or metric). */
  readonly problem?: string;
}

/** Evaluates every claim of the scenario against results of a run of that scenario. */
export function evaluateClaims(scenario: Scenario, results: Results): ClaimOutcome[] {
  return (scenario.claims ?? []).map((claim) => evaluateClaim(claim, results));
}

export function evaluateClaim(claim: Claim, results: Results): ClaimOutcome {
  const read = readClaimValue(claim, results);
  if ('problem' in read) return { claim, value: null, holds: false, problem: read.problem };
  const value = read.value;
  const holds =
    value !== null && (claim.min === undefined || value >= claim.min) && (claim.max === undefined || value <= claim.max);
  return { claim, value, holds };
}

/** "0.62 (wanted ≤ 0.85)": a claim's outcome for a person to read. */
export function describeOutcome(outcome: ClaimOutcome): string {
  const { claim, value } = outcome;
  const wanted = [claim.min !== undefined ? `≥ ${claim.min}` : '', claim.max !== undefined ? `≤ ${claim.max}` : '']
    .filter(Boolean)
    .join(' and ');
  const shown = outcome.problem ?? (value === null ? 'undefined' : formatValue(value));
  return `${outcome.holds ? 'holds' : 'does not hold'}: ${shown} (wanted ${wanted})`;
}

type Read = { value: number | null } | { problem: string };

function readClaimValue(claim: Claim, results: Results): Read {
  const policy = results.policies.find((p) => p.id === claim.policy);
  if (!policy) return { problem: `no results for policy "${claim.policy}"` };
  if (claim.attribute === undefined) return readTotal(policy, claim.metric);
  const inferred = inferredClaimValue(claim, results);
  if (inferred) return inferred;
  const slice = policy.slices.find((s) => s.attribute === claim.attribute);
  if (!slice) return { problem: `"${claim.attribute}" is not audited under policy "${claim.policy}"` };
  if (claim.group === undefined) {
    // A slice-wide metric: how far the reached mix is from the eligible mix.
    if (claim.metric === 'mixDistance') return { value: slice.mixDistance };
    return { problem: `metric "${claim.metric}" needs a group (only mixDistance describes a whole slice)` };
  }
  const row = slice.groups.find((g) => g.group === claim.group);
  if (!row) return { problem: `no group "${claim.group}" in "${claim.attribute}"` };
  return readGroupMetric(row, claim.metric);
}

function readTotal(policy: PolicyResult, metric: string): Read {
  if (!Object.hasOwn(policy.totals, metric)) return { problem: `unknown policy total "${metric}"` };
  return numberOrNull(policy.totals[metric as keyof PolicyTotals], metric);
}

function readGroupMetric(row: GroupRow, metric: string): Read {
  if (!Object.hasOwn(row, metric)) return { problem: `unknown group metric "${metric}"` };
  return numberOrNull((row as unknown as Record<string, unknown>)[metric], metric);
}

function numberOrNull(v: unknown, metric: string): Read {
  if (v === null) return { value: null };
  if (typeof v === 'number' && Number.isFinite(v)) return { value: v };
  return { problem: `"${metric}" is not a number` };
}

function formatValue(v: number): string {
  return Math.abs(v) >= 100 ? v.toFixed(0) : Number(v.toPrecision(3)).toString();
}
