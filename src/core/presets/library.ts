/**
 * The preset library: every scenario file shipped in `scenarios/`, in the order a workshop opens
 * them (docs/architecture.md §1, the educator). The files are imported as JSON, so Vite bundles
 * them into the offline app and esbuild into the CLI; each is parsed through the usual door on use,
 * never trusted as already valid.
 */
import consentGap from '../../../scenarios/consent-gap.json';
import dataMinimisation from '../../../scenarios/data-minimisation.json';
import defaultScenario from '../../../scenarios/default.json';
import fairnessTradeoff from '../../../scenarios/fairness-tradeoff.json';
import highCostCredit from '../../../scenarios/high-cost-credit.json';
import inferredDemographics from '../../../scenarios/inferred-demographics.json';
import jobAdDelivery from '../../../scenarios/job-ad-delivery.json';
import marketBudgetEffect from '../../../scenarios/market-budget-effect.json';
import marketCompetitionPrices from '../../../scenarios/market-competition-prices.json';
import marketFeedbackLoop from '../../../scenarios/market-feedback-loop.json';
import lookalikeNeighbourhood from '../../../scenarios/lookalike-neighbourhood.json';
import skewedHistory from '../../../scenarios/skewed-history.json';
import stemAdPrices from '../../../scenarios/stem-ad-prices.json';
import unawarenessProxy from '../../../scenarios/unawareness-proxy.json';
import whyNotShown from '../../../scenarios/why-not-shown.json';
import { mustParseScenario } from '../scenario/parse';
import type { Scenario } from '../scenario/types';

export interface Preset {
  /** The file name without `.json`; stable, used in URLs and the CLI (`fairground run job-ad-delivery`). */
  readonly id: string;
  /** The scenario as written in its file (defaults not filled in). */
  readonly source: unknown;
}

export const PRESETS: readonly Preset[] = [
  { id: 'default', source: defaultScenario },
  { id: 'job-ad-delivery', source: jobAdDelivery },
  { id: 'stem-ad-prices', source: stemAdPrices },
  { id: 'lookalike-neighbourhood', source: lookalikeNeighbourhood },
  { id: 'unawareness-proxy', source: unawarenessProxy },
  { id: 'skewed-history', source: skewedHistory },
  { id: 'consent-gap', source: consentGap },
  { id: 'data-minimisation', source: dataMinimisation },
  { id: 'high-cost-credit', source: highCostCredit },
  { id: 'fairness-tradeoff', source: fairnessTradeoff },
  { id: 'why-not-shown', source: whyNotShown },
  { id: 'market-budget-effect', source: marketBudgetEffect },
  { id: 'market-competition-prices', source: marketCompetitionPrices },
  { id: 'inferred-demographics', source: inferredDemographics },
  { id: 'market-feedback-loop', source: marketFeedbackLoop },
];

/** Ids of every preset, in workshop order. */
export const PRESET_IDS: readonly string[] = PRESETS.map((p) => p.id);

/** The parsed scenario of a preset (defaults filled in); throws if the id is unknown or the file invalid. */
export function loadPreset(id: string): Scenario {
  const preset = PRESETS.find((p) => p.id === id);
  if (!preset) throw new Error(`unknown preset "${id}"; presets: ${PRESET_IDS.join(', ')}`);
  return mustParseScenario(preset.source);
}
