/**
 * Fits a learned policy's logistic regression once and writes its predicted probability for every
 * person under `prob:<policyId>`. Training rows are only people who consented (see
 * models/row-source.ts): the consent gap flows into what every model learns.
 */
import { scoreWithoutConsent } from './contextual-scores';
import { HISTORY, HISTORY_LABEL } from '../engine/store-keys';
import type { RowSource } from '../models';
import { featureSpec, fitOnChunks } from '../models';
import type { ModelFit, PolicyContext, ScoredPolicy } from './context';
import type { StoreKey } from '../engine/chunk-store';
import { reduceChunks } from '../engine/runner';
import { probKey, scoreKey } from '../engine/store-keys';
import { scoreModel } from '../models/row-tasks';
import { policyScores } from './candidate-scores';
import type { ModelSummary } from './outcome';
import type { ModelSpec } from './types/descriptor';
import { unseenCategories, unseenNote } from '../models/unseen-categories';

export interface ModelRequest extends Omit<ModelSpec, 'perPrice'> {
  policyId: string;
}

export type { ModelFit } from './context';

export interface FittedPolicyModel {
  probKey: StoreKey<Float32Array>;
  model: ModelSummary;
  notes: string[];
  fit: ModelFit;
}

export { probKey } from '../engine/store-keys';

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
  await runner.map(scoreModel, { spec: trained.spec, model, outKey: key }, signal);
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
 * Scores the eligible candidates of a model policy (the consenting ones, as its type's consent
 * rule says) from its fitted probabilities: p̂ itself, or p̂ per unit price (`perPrice`, the delivery auction's bid per cost).
 */
export async function scoreWithModel(
  ctx: PolicyContext,
  policyId: string,
  fitted: FittedPolicyModel,
  perPrice: boolean,
  requireConsent: boolean,
): Promise<ScoredPolicy> {
  const { candidates } = await reduceChunks(
    ctx.runner,
    policyScores,
    { policyId, source: { kind: 'model', probKey: fitted.probKey, perPrice }, requireConsent },
    ctx.signal,
  );
  const contextual = requireConsent ? await scoreWithoutConsent(ctx, policyId, fitted.probKey, perPrice) : { candidates: 0, notes: [] };
  return {
    scoreKey: scoreKey(policyId),
    probKey: fitted.probKey,
    candidates: candidates + contextual.candidates,
    notes: [...fitted.notes, ...contextual.notes],
    model: fitted.model,
    fit: { ...fitted.fit, perPrice },
  };
}
