/**
 * Retraining a learned policy's model at the end of a round on what its campaign observed. The
 * training rows are the history's people the campaign has not reached (with the history's
 * recorded label, label bias and all) and every person it has reached (with the outcome it
 * observed): the feedback loop of selective labels — a group the campaign does not reach keeps
 * only its old, biased record, however many rounds pass.
 *
 * The fit is the engine's parallel Newton fit (models/fit-chunks.ts) on the same features and
 * penalty as the policy's first model; one more pass at the fitted β gives the Hessian that
 * Thompson sampling draws from (posterior.ts).
 */
import type { AbortSignalLike } from '../engine/chunk-state';
import type { ChunkRunner } from '../engine/runner';
import { reduceChunks } from '../engine/runner';
import type { StoreKey } from '../engine/chunk-store';
import { HISTORY } from '../engine/store-keys';
import type { FeatureSpec, RowSource } from '../models';
import { fitOnChunks, modelEvaluate, rowsKeys } from '../models';
import type { ModelFit } from '../policies/context';
import { penalisedHessian } from './posterior';

export interface Retrained {
  /** The spec with the training rows' standardisation (what the coefficients apply to). */
  spec: FeatureSpec;
  /** β: the intercept first, then one coefficient per column. */
  beta: Float64Array;
  /** The penalised Hessian at β (p × p, full), for the posterior N(β, H⁻¹). */
  hessian: Float64Array;
  rows: number;
  positives: number;
}

export interface RetrainRequest {
  fit: ModelFit;
  /** Masks written by `learnerObserve` for this round. */
  observedKey: StoreKey<Uint8Array>;
  historyOnlyKey: StoreKey<Uint8Array>;
  /** The observed outcome the model learns (conversions, or clicks for a click model). */
  outcomeKey: StoreKey<Uint8Array>;
  /** A lookalike's seed grown by the observed positives (written by `learnerObserve`). */
  grownSeedKey?: StoreKey<Uint8Array>;
}

/** The policy's features before any standardisation (mean 0, SD 1 on the raw observed values). */
export function rawSpec(spec: FeatureSpec): FeatureSpec {
  return { columns: spec.columns.map((col) => (col.kind === 'numeric' ? { ...col, mean: 0, sd: 1 } : col)) };
}

/**
 * The rows a policy's model retrains on. A model of the history (propensity, delivery): the
 * history's people not observed yet, labelled as its first model labelled them (recorded
 * conversions, or clicks), then the observed people with the outcome the campaign saw. A
 * lookalike: its seed grown by the observed converters ("our customers" now include the
 * campaign's), against the same random sample — the seed takes on the skew of whom the campaign
 * reached, round after round.
 */
export function trainingSources(req: RetrainRequest): RowSource[] {
  const [first, second] = req.fit.sources;
  if (first?.maskKey === HISTORY && req.fit.sources.length === 1)
    return [
      { ...first, maskKey: req.historyOnlyKey },
      { maskKey: req.observedKey, labelKey: req.outcomeKey },
    ];
  if (first?.label === 1 && second?.label === 0 && second.sample && req.fit.sources.length === 2 && req.grownSeedKey !== undefined)
    return [{ ...first, maskKey: req.grownSeedKey }, second];
  throw new Error('learning over rounds: this model cannot retrain (it was trained neither on the history nor on a seed audience)');
}

/** The seed mask a lookalike model was trained on (undefined for other models). */
export function seedMaskOf(fit: ModelFit): StoreKey<Uint8Array> | undefined {
  const [first, second] = fit.sources;
  return first?.label === 1 && second?.label === 0 ? first.maskKey : undefined;
}

export async function retrain(runner: ChunkRunner, req: RetrainRequest, signal?: AbortSignalLike): Promise<Retrained> {
  const spec = rawSpec(req.fit.spec);
  const sources = trainingSources(req);
  const trained = await fitOnChunks(runner, spec, sources, { l2: req.fit.l2 }, signal);
  const p = spec.columns.length + 1;
  const beta = new Float64Array(p);
  beta[0] = trained.model.intercept;
  beta.set(trained.model.coefficients, 1);
  // The fit read column j as (x − shift[j]) / scale[j]; from a raw spec those are exactly the
  // fitted spec's mean and SD (0 + 1·m and 1·sd), so this pass reuses the fit's encoded rows.
  const shift = new Float64Array(trained.spec.columns.map((col) => (col.kind === 'numeric' ? col.mean : 0)));
  const scale = new Float64Array(trained.spec.columns.map((col) => (col.kind === 'numeric' ? col.sd : 1)));
  const data = await reduceChunks(runner, modelEvaluate, { keys: rowsKeys(spec, sources), shift, scale, beta }, signal);
  return { spec: trained.spec, beta, hessian: penalisedHessian(data.hessian, p, req.fit.l2), rows: trained.rows, positives: trained.positives };
}
