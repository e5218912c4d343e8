/**
 * Fits a learned policy's logistic regression once and writes its predicted probability for every
 * person under `prob:<policyId>`. Training rows are only people who consented (see
 * models/row-source.ts): the consent gap flows into what every model learns.
 */
import { scoreWithoutConsent } from './contextual-scores';
import { HISTORY, HISTORY_LABEL } from '../engine/store-keys';
import type { RowSource } from '../models';
import { featureSpec, fitOnChunks } from '../models';
import type { FeatureSpec } from '../models';
import type { PolicyContext, ScoredPolicy } from './context';
import { scoreKey } from '../engine/store-keys';
import type { ModelSummary } from './outcome';
import { unseenCategories, unseenNote } from '../models/unseen-categories';

export interface ModelRequest {
  policyId: string;
  features: string[];
  l2: number;
  target: ModelSummary['target'];
  /** History rows labelled by recorded conversion or by click; or a seed audience (label 1) vs a random sample (label 0). */
  training: { kind: 'history'; label: 'recorded' | 'click' } | { kind: 'seed'; seedKey: string; sampleSize: number };
}

export interface FittedPolicyModel {
  probKey: string;
  model: ModelSummary;
  notes: string[];
  fit: ModelFit;
}

/** What explains a fitted model afterwards (explain/): its encoding, training rows and penalty. */
export interface ModelFit {
  /** The spec with the training rows' means and SDs (how `prob:<id>` was scored). */
  spec: FeatureSpec;
  intercept: number;
  coefficients: Float64Array;
  sources: RowSource[];
  l2: number;
  /** Score = p̂ / price (auction delivery) rather than p̂. */
  perPrice: boolean;
}

/** Store key of a learned policy's predicted probability per person (Float32Array). */
export const probKey = (policyId: string) => `prob:${policyId}`;

export async function fitPolicyModel(ctx: PolicyContext, req: ModelRequest): Promise<FittedPolicyModel> {
  const { runner, scenario, signal } = ctx;
  const spec = featureSpec(scenario, req.features);
  let sources: RowSource[];
  if (req.training.kind === 'history') {
    const label = req.training.label === 'click' ? { label: 'click' as const } : { labelKey: HISTORY_LABEL };
    sources = [{ maskKey: HISTORY, ...label }];
  } else {
    // One comparison sample per scenario ('lookalike'), so variants of a lookalike compare alike.
    const rate = Math.min(1, req.training.sampleSize / scenario.population.size);
    sources = [
      { maskKey: req.training.seedKey, label: 1 },
      { sample: { name: 'lookalike', rate }, label: 0 },
    ];
  }
  // Fitted on the chunks: the training rows stay where they are (models/fit-chunks.ts).
  const trained = await fitOnChunks(runner, spec, sources, { l2: req.l2 }, signal);
  const unseen = unseenCategories(scenario, spec, trained.categoryRows, trained.rows);
  const notes: string[] = unseen.map((u) => unseenNote(u, trained.rows));
  if (trained.positives === 0 || trained.positives === trained.rows)
    notes.push(`The model had ${trained.rows} training rows, ${trained.positives} positive: it cannot tell people apart.`);
  if (!trained.model.converged) notes.push(`The model fit did not converge in ${trained.model.iterations} iterations.`);
  const key = probKey(req.policyId);
  const model = { intercept: trained.model.intercept, coefficients: trained.model.coefficients };
  await runner.map('scoreModel', { spec: trained.spec, model, outKey: key }, signal);
  return {
    probKey: key,
    notes,
    fit: { spec: trained.spec, intercept: model.intercept, coefficients: model.coefficients, sources, l2: req.l2, perPrice: false },
    model: {
      target: req.target,
      intercept: trained.model.intercept,
      features: trained.spec.columns.map((col, j) => ({
        name: col.kind === 'category' ? `${col.attribute}=${col.category}` : col.attribute,
        coefficient: trained.model.coefficients[j] as number,
      })),
      trainingRows: trained.rows,
      ...(unseen.length > 0 ? { unseen } : {}),
    },
  };
}

/**
 * Scores the consenting eligible candidates of a model policy from its fitted probabilities:
 * p̂ itself, or p̂ per unit price (`perPrice`, the delivery auction's bid per cost).
 */
export async function scoreWithModel(
  ctx: PolicyContext,
  policyId: string,
  fitted: FittedPolicyModel,
  perPrice: boolean,
): Promise<ScoredPolicy> {
  const parts = await ctx.runner.map(
    'policyScores',
    { policyId, source: { kind: 'model', probKey: fitted.probKey, perPrice }, requireConsent: true },
    ctx.signal,
  );
  const contextual = await scoreWithoutConsent(ctx, policyId, fitted.probKey, perPrice);
  return {
    scoreKey: scoreKey(policyId),
    probKey: fitted.probKey,
    candidates: parts.reduce((a, p) => a + p.candidates, 0) + contextual.candidates,
    notes: [...fitted.notes, ...contextual.notes],
    model: fitted.model,
    fit: { ...fitted.fit, perPrice },
  };
}
