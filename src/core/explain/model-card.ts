/**
 * The model card of a learned policy, from an in-process run: the features it used and withheld,
 * coefficients with standard errors, its training data (size, composition against the population,
 * label bias, categories never seen in training) and, against the synthetic truth, how well it
 * ranks (AUC) and how well it is calibrated (by decile), overall and by group.
 */
import type { ChunkState } from '../engine/chunk-state';
import type { StoreKey } from '../engine/chunk-store';
import { ELIGIBLE } from '../engine/store-keys';
import { modelRows, pickRows } from '../models/row-tasks';
import { probKey } from '../policies/fit-model';
import type { ModelFit } from '../policies/fit-model';
import type { PolicyType, Scenario } from '../scenario/types';
import type { ModelTarget } from '../policies/types/descriptor';
import type { ExplainInput } from './explain-person';
import { policyFit } from './explain-person';
import type { CalibrationBin } from './model-stats';
import { auc, calibrationByDecile, standardErrors } from './model-stats';

export interface CardGroup {
  group: string;
  /** Share of the training rows and of the population in this group. */
  trainingShare: number | null;
  populationShare: number;
  trainingRows: number;
  /** Ranking and calibration among this group's eligible people, against their potential outcome. */
  auc: number | null;
  calibration: CalibrationBin[];
}

export interface ModelCard {
  policy: { id: string; type: PolicyType; target: ModelTarget };
  features: { attribute: string; protected: boolean }[];
  withheld: { attribute: string; protected: boolean }[];
  coefficients: { name: string; coefficient: number; standardError: number | null }[];
  intercept: { coefficient: number; standardError: number | null };
  l2: number;
  training: {
    rows: number;
    positives: number;
    source: 'history' | 'seed audience vs sample';
    labelBias: Scenario['history']['labelBias'];
    /** `attribute=category` of every category the model has a column or reference for but no training row has. */
    unseenCategories: string[];
  };
  /** The truth judged against: conversion for conversion and seed models, click for click models. */
  truth: 'conversion' | 'click';
  overall: { auc: number | null; calibration: CalibrationBin[] };
  byAttribute: { attribute: string; groups: CardGroup[] }[];
}

export function modelCard(input: ExplainInput, policyId: string): ModelCard {
  const { policy, fit } = policyFit(input, policyId);
  if (!fit) throw new Error(`policy "${policyId}" (${policy.type}) has no learned model: only propensity, lookalike and delivery policies (and fairness over them) have a model card`);
  const { scenario, states } = input;
  const outcome = input.outcomes.find((o) => o.id === policyId);
  const target = (outcome?.model?.target ?? 'conversion');
  const used = [...new Set(fit.spec.columns.map((c) => c.attribute))];
  const attrs = scenario.population.attributes;
  const se = trainingErrors(states, fit);
  const names = fit.spec.columns.map((c) => (c.kind === 'category' ? `${c.attribute}=${c.category}` : c.attribute));
  const truth: 'conversion' | 'click' = target === 'click' ? 'click' : 'conversion';
  const scoredId = policy.type === 'fairness' ? policy.base : policy.id;
  const evaluation = evaluate(scenario, states, probKey(scoredId), truth, fit);
  return {
    policy: { id: policy.id, type: policy.type, target },
    features: used.map((id) => ({ attribute: id, protected: attrs.find((a) => a.id === id)?.protected === true })),
    withheld: attrs.filter((a) => !used.includes(a.id)).map((a) => ({ attribute: a.id, protected: a.protected })),
    coefficients: names.map((name, j) => ({ name, coefficient: fit.coefficients[j] as number, standardError: se.errors[j + 1] ?? null })),
    intercept: { coefficient: fit.intercept, standardError: se.errors[0] ?? null },
    l2: fit.l2,
    training: {
      rows: se.rows,
      positives: se.positives,
      source: fit.sources.some((s) => s.sample) ? 'seed audience vs sample' : 'history',
      labelBias: scenario.history.labelBias,
      unseenCategories: evaluation.unseen,
    },
    truth,
    overall: evaluation.overall,
    byAttribute: evaluation.byAttribute,
  };
}

/** Standard errors from the training rows the model was fitted on, re-encoded with its spec. */
function trainingErrors(states: readonly ChunkState[], fit: ModelFit) {
  const cols = fit.spec.columns.length;
  const parts = states.flatMap((state) => fit.sources.map((source) => modelRows.run(state, { spec: fit.spec, source })));
  const rows = parts.reduce((n, p) => n + p.rows, 0);
  const X = new Float64Array(rows * cols);
  const y = new Uint8Array(rows);
  let at = 0;
  for (const p of parts) {
    X.set(p.X, at * cols);
    y.set(p.y, at);
    at += p.rows;
  }
  const beta = Float64Array.of(fit.intercept, ...fit.coefficients);
  const positives = y.reduce((a, v) => a + v, 0);
  return { rows, positives, errors: standardErrors({ X, y, rows, cols }, beta, fit.l2) };
}

function auditedAttributes(scenario: Scenario): string[] {
  const cat = scenario.population.attributes.filter((a) => a.type === 'categorical');
  return scenario.audit.attributes ?? cat.filter((a) => a.protected).map((a) => a.id);
}

function evaluate(scenario: Scenario, states: readonly ChunkState[], key: StoreKey<Float32Array>, truth: 'conversion' | 'click', fit: ModelFit) {
  const audited = auditedAttributes(scenario);
  const catAttrs = scenario.population.attributes.filter((a) => a.type === 'categorical');
  const watched = catAttrs.filter((a) => audited.includes(a.id) || fit.spec.columns.some((c) => c.attribute === a.id));
  const training = new Map(watched.map((a) => [a.id, new Float64Array(a.categories.length)]));
  const population = new Map(watched.map((a) => [a.id, new Float64Array(a.categories.length)]));
  const predicted: number[] = [];
  const labels: number[] = [];
  const codesOf = new Map(watched.map((a) => [a.id, [] as number[]]));
  for (const state of states) {
    const chunk = state.chunk;
    if (!chunk) continue;
    const prob = state.store.get(key);
    const eligible = state.store.get(ELIGIBLE);
    if (!(prob instanceof Float32Array) || !(eligible instanceof Uint8Array)) throw new Error(`chunk ${state.index} has no predictions of the model`);
    const y = truth === 'click' ? chunk.clicks : chunk.converts;
    for (const source of fit.sources)
      for (const i of pickRows(state, source))
        for (const a of watched) {
          const t = training.get(a.id)!;
          const c = chunk.codes[a.id]![i] as number;
          t[c] = (t[c] as number) + 1;
        }
    for (const a of watched) {
      const codes = chunk.codes[a.id]!;
      const pop = population.get(a.id)!;
      for (let i = 0; i < chunk.size; i++) pop[codes[i] as number] = (pop[codes[i] as number] as number) + 1;
    }
    for (let i = 0; i < chunk.size; i++) {
      if (eligible[i] !== 1) continue;
      predicted.push(prob[i] as number);
      labels.push(y[i] as number);
      for (const a of watched) codesOf.get(a.id)!.push(chunk.codes[a.id]![i] as number);
    }
  }
  const unseen: string[] = [];
  for (const a of watched) {
    if (!fit.spec.columns.some((c) => c.attribute === a.id)) continue;
    a.categories.forEach((c, code) => {
      if ((training.get(a.id)![code] as number) === 0) unseen.push(`${a.id}=${c.id}`);
    });
  }
  const size = scenario.population.size;
  const byAttribute = watched
    .filter((a) => audited.includes(a.id))
    .map((a) => {
      const t = training.get(a.id)!;
      const total = t.reduce((x, v) => x + v, 0);
      const codes = codesOf.get(a.id)!;
      return {
        attribute: a.id,
        groups: a.categories.map((c, code): CardGroup => {
          const p: number[] = [];
          const l: number[] = [];
          codes.forEach((k, r) => {
            if (k === code) {
              p.push(predicted[r] as number);
              l.push(labels[r] as number);
            }
          });
          return {
            group: c.id,
            trainingRows: t[code] as number,
            trainingShare: total > 0 ? (t[code] as number) / total : null,
            populationShare: (population.get(a.id)![code] as number) / size,
            auc: auc(p, l),
            calibration: calibrationByDecile(p, l),
          };
        }),
      };
    });
  return { unseen, overall: { auc: auc(predicted, labels), calibration: calibrationByDecile(predicted, labels) }, byAttribute };
}
