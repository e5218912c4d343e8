/**
 * The nearest counterfactual of a learned policy's decision about one person: the smallest change
 * to ONE feature the model sees — a numeric attribute's observed value, or a categorical
 * attribute's category — that puts their score on the other side of the cut. Distance: a numeric
 * change counts its size in the training rows' SDs; a category switch counts 1 (one step), and
 * among categories the one moving the logit least is preferred. Every candidate change is
 * verified by re-scoring the edited person through the engine's scoring (rescore.ts); a change
 * that does not flip the decision when re-scored is never reported.
 */
import type { ModelFit } from '../policies/fit-model';
import type { Scenario } from '../scenario/types';
import { categoryEffects } from './contributions';
import type { SeenFeatures } from './contributions';
import { rescore } from './rescore';

export interface FeatureChange {
  attribute: string;
  kind: 'numeric' | 'category';
  protected: boolean;
  /** Numeric: observed value before and after; categorical: category ids. */
  from: number | string;
  to: number | string;
  /** SDs for a numeric change, 1 for a category switch. */
  distance: number;
  /** The re-scored score after the change, and whether it then lies on the other side of the cut. */
  score: number;
  flips: boolean;
}

export interface CutOf {
  /** The score a person must beat to be selected (the lowest selected score of their group). */
  (codes: Readonly<Record<string, number>>): number | null;
}

/** Whether `score` lands on the other side of the cut from the current decision. */
export function flipsAt(selected: boolean, score: number, cut: number): boolean {
  return selected ? score < cut : score > cut;
}

const logit = (p: number) => Math.log(p / (1 - p));

/** Every single-feature change that flips the decision, verified, nearest first. */
export function counterfactuals(
  scenario: Scenario,
  fit: ModelFit,
  person: SeenFeatures & { price: number },
  selected: boolean,
  cutOf: CutOf,
): FeatureChange[] {
  const found: FeatureChange[] = [];
  const base = rescore(fit, person, person.price);
  const seen = new Set<string>();
  for (const col of fit.spec.columns) {
    if (seen.has(col.attribute)) continue;
    seen.add(col.attribute);
    const attr = scenario.population.attributes.find((a) => a.id === col.attribute)!;
    const isProtected = attr.protected === true;
    if (col.kind === 'numeric') {
      const cut = cutOf(person.codes);
      const j = fit.spec.columns.indexOf(col);
      const c = fit.coefficients[j] as number;
      if (cut === null || c === 0) continue;
      const pTarget = fit.perPrice ? cut * person.price : cut;
      if (!(pTarget > 0 && pTarget < 1)) continue;
      const from = person.observed[col.attribute] as number;
      // Aim just past the cut; widen the margin until the float32 re-score agrees.
      for (let margin = 1e-6; margin < 1e-1; margin *= 8) {
        const target = logit(pTarget) + (selected ? -1 : 1) * margin * Math.max(1, Math.abs(logit(pTarget)));
        const dz = (target - base.eta) / c;
        const to = Math.fround(from + dz * col.sd);
        const edited = { ...person, observed: { ...person.observed, [col.attribute]: to } };
        const score = rescore(fit, edited, person.price).score;
        if (flipsAt(selected, score, cut)) {
          found.push({ attribute: col.attribute, kind: 'numeric', protected: isProtected, from, to, distance: Math.abs(to - from) / col.sd, score, flips: true });
          break;
        }
      }
      continue;
    }
    if (attr.type !== 'categorical') continue;
    const effects = categoryEffects(fit, attr.id, attr.categories.length);
    const current = person.codes[attr.id] as number;
    const options = attr.categories
      .map((category, code) => ({ category, code, move: Math.abs((effects[code] as number) - (effects[current] as number)) }))
      .filter((o) => o.code !== current)
      .sort((a, b) => a.move - b.move || a.code - b.code);
    for (const o of options) {
      const codes = { ...person.codes, [attr.id]: o.code };
      const cut = cutOf(codes);
      if (cut === null) continue;
      const score = rescore(fit, { ...person, codes }, person.price).score;
      if (!flipsAt(selected, score, cut)) continue;
      found.push({ attribute: attr.id, kind: 'category', protected: isProtected, from: attr.categories[current]!.id, to: o.category.id, distance: 1, score, flips: true });
      break;
    }
  }
  return found.sort((a, b) => a.distance - b.distance || a.attribute.localeCompare(b.attribute));
}
