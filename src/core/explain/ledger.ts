/**
 * The data-minimisation ledger of a learned policy: for each feature its model uses, the scenario
 * with that one feature dropped from the policy (the wrapped base for a fairness policy), and the
 * consent rule's row — the same scenario as if everyone had allowed personal-data targeting. Each
 * variant is an ordinary run (the app runs them in the workers through the engine client); the
 * ledger compares each against the scenario as it is.
 */
import { policyFeatures } from '../policies/features';
import type { Results } from '../results/types';
import type { Policy, Scenario } from '../scenario/types';

export interface LedgerVariant {
  /** `drop:<attribute>` or `consent:everyone`. */
  key: string;
  label: string;
  scenario: Scenario;
}

export interface LedgerFigures {
  reached: number;
  realisedConversions: number;
  expectedConversions: number;
  cost: number;
  /** The lowest representation ratio of any judged group of the audited attributes (and which). */
  worstRatio: number | null;
  worstGroup: string | null;
}

export interface LedgerRow extends LedgerFigures {
  key: string;
  label: string;
  /** Change against the scenario as it is (variant − actual). */
  delta: { realisedConversions: number; expectedConversions: number; cost: number; worstRatio: number | null };
}

function scoringPolicyOf(scenario: Scenario, policyId: string): Exclude<Policy, { type: 'fairness' }> & { type: 'propensity' | 'lookalike' | 'delivery' } {
  const policy = scenario.policies.find((p) => p.id === policyId);
  if (!policy) throw new Error(`there is no policy "${policyId}"`);
  const scoring = policy.type === 'fairness' ? scenario.policies.find((p) => p.id === policy.base) : policy;
  if (!scoring || (scoring.type !== 'propensity' && scoring.type !== 'lookalike' && scoring.type !== 'delivery'))
    throw new Error(`policy "${policyId}" has no learned model: the ledger is for propensity, lookalike and delivery policies (and fairness over them)`);
  return scoring;
}

/** The features the policy's model uses, in order. */
export function ledgerFeatures(scenario: Scenario, policyId: string): string[] {
  return policyFeatures(scenario, scoringPolicyOf(scenario, policyId));
}

export function ledgerVariants(scenario: Scenario, policyId: string): LedgerVariant[] {
  const scoring = scoringPolicyOf(scenario, policyId);
  const used = policyFeatures(scenario, scoring);
  const variants: LedgerVariant[] = [];
  if (used.length > 1)
    for (const drop of used) {
      const features = used.filter((f) => f !== drop);
      const policies = scenario.policies.map((p) => (p.id === scoring.id ? { ...p, features } : p));
      variants.push({ key: `drop:${drop}`, label: `without ${drop}`, scenario: { ...scenario, policies } });
    }
  const behaviour = { ...scenario.behaviour, consent: { base: 1, effects: {} } };
  variants.push({ key: 'consent:everyone', label: 'if everyone consented', scenario: { ...scenario, behaviour } });
  return variants;
}

export function ledgerFigures(results: Results, policyId: string): LedgerFigures {
  const policy = results.policies.find((p) => p.id === policyId);
  if (!policy) throw new Error(`the results have no policy "${policyId}"`);
  let worstRatio: number | null = null;
  let worstGroup: string | null = null;
  for (const slice of policy.slices) {
    if (slice.kind !== 'attribute') continue;
    for (const g of slice.groups) {
      if (g.verdict === 'too-small' || g.verdict === 'not-comparable' || g.representationRatio === null) continue;
      if (worstRatio === null || g.representationRatio < worstRatio) {
        worstRatio = g.representationRatio;
        worstGroup = `${slice.attribute}=${g.group}`;
      }
    }
  }
  const t = policy.totals;
  return { reached: t.reached, realisedConversions: t.realisedConversions, expectedConversions: t.expectedConversions, cost: t.cost, worstRatio, worstGroup };
}

export function ledgerRow(variant: Pick<LedgerVariant, 'key' | 'label'>, actual: LedgerFigures, figures: LedgerFigures): LedgerRow {
  return {
    key: variant.key,
    label: variant.label,
    ...figures,
    delta: {
      realisedConversions: figures.realisedConversions - actual.realisedConversions,
      expectedConversions: figures.expectedConversions - actual.expectedConversions,
      cost: figures.cost - actual.cost,
      worstRatio: figures.worstRatio !== null && actual.worstRatio !== null ? figures.worstRatio - actual.worstRatio : null,
    },
  };
}

/**
 * Runs every variant with `run` (progress per variant), then the scenario as it is — last, so the
 * runner is left holding it. A cancelled run rejects and stops the ledger.
 */
export async function runLedger(
  scenario: Scenario,
  policyId: string,
  run: (scenario: Scenario) => Promise<Results>,
  onProgress?: (done: number, total: number, label: string) => void,
): Promise<{ actual: LedgerFigures; rows: LedgerRow[] }> {
  const variants = ledgerVariants(scenario, policyId);
  const total = variants.length + 1;
  const figures: LedgerFigures[] = [];
  for (const [k, v] of variants.entries()) {
    onProgress?.(k, total, v.label);
    figures.push(ledgerFigures(await run(v.scenario), policyId));
  }
  onProgress?.(variants.length, total, 'as it is');
  const actual = ledgerFigures(await run(scenario), policyId);
  onProgress?.(total, total, 'done');
  return { actual, rows: variants.map((v, k) => ledgerRow(v, actual, figures[k]!)) };
}
