/**
 * A learned policy's score for one person, taken apart: the intercept plus one contribution per
 * attribute, where a numeric attribute contributes coefficient × its standardised observed value
 * and a categorical one the effect of the person's category (0 for the reference category). The
 * sum is the logit the engine scored (linear-predictor.ts adds the same terms in the same order).
 */
import type { FeatureSpec } from '../models';

/** What the model saw of one person: category code per categorical attribute, observed value per numeric one. */
export interface SeenFeatures {
  readonly codes: Readonly<Record<string, number>>;
  readonly observed: Readonly<Record<string, number>>;
}

export interface Contribution {
  attribute: string;
  kind: 'numeric' | 'category';
  /** Numeric: (observed − mean) / sd with the training rows' mean and SD. */
  standardised?: number;
  /** Categorical: the person's category code (its effect is 0 for the reference, code 0). */
  code?: number;
  /** Coefficient per SD (numeric) or the category's effect (categorical). */
  coefficient: number;
  contribution: number;
}

export interface ModelTerms {
  readonly spec: FeatureSpec;
  readonly intercept: number;
  readonly coefficients: Float64Array;
}

/** One contribution per attribute, in the spec's order; categories of one attribute are contiguous. */
export function contributions(model: ModelTerms, person: SeenFeatures): Contribution[] {
  const out: Contribution[] = [];
  const { columns } = model.spec;
  for (let j = 0; j < columns.length; ) {
    const col = columns[j]!;
    if (col.kind === 'numeric') {
      const c = model.coefficients[j] as number;
      const x = person.observed[col.attribute];
      if (x === undefined) throw new Error(`no observed value of "${col.attribute}"`);
      const z = (Math.fround(x) - col.mean) / col.sd;
      // As linearPredictor: a zero coefficient adds nothing (not even 0 × a non-finite value).
      out.push({ attribute: col.attribute, kind: 'numeric', standardised: z, coefficient: c, contribution: c === 0 ? 0 : c * z });
      j++;
      continue;
    }
    const code = person.codes[col.attribute];
    if (code === undefined) throw new Error(`no category of "${col.attribute}"`);
    let effect = 0;
    for (; j < columns.length; j++) {
      const next = columns[j]!;
      if (next.kind !== 'category' || next.attribute !== col.attribute) break;
      if (next.code === code) effect += model.coefficients[j] as number;
    }
    out.push({ attribute: col.attribute, kind: 'category', code, coefficient: effect, contribution: effect });
  }
  return out;
}

/** intercept + Σ contributions, added in spec order (the engine's order). */
export function logitOf(model: ModelTerms, parts: readonly Contribution[]): number {
  let eta = model.intercept;
  for (const p of parts) eta += p.contribution;
  return eta;
}

/** The effect of each category of a categorical attribute (0 for the reference and unlisted codes). */
export function categoryEffects(model: ModelTerms, attribute: string, categories: number): number[] {
  const effects = new Array<number>(categories).fill(0);
  model.spec.columns.forEach((col, j) => {
    if (col.kind === 'category' && col.attribute === attribute && col.code < categories)
      effects[col.code] = (effects[col.code] as number) + (model.coefficients[j] as number);
  });
  return effects;
}

export function sigmoid(eta: number): number {
  return 1 / (1 + Math.exp(-eta));
}
