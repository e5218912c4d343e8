/**
 * The bounds of number-bounds.ts that depend on several fields at once, checked on a parsed
 * scenario (a file of its own: the schema reads the bounds, and this reads the scenario's type).
 */
import type { Issue } from './issues';
import { formatPath } from './issues';
import { NUMBER_BOUNDS } from './number-bounds';
import type { Scenario } from './types';

/** Standard normal draws beyond 12 SDs do not happen (probability below 1e-32 per draw). */
const DRAW_SDS = 12;

/** The cross-field bounds: lognormal log-values and beta logit shifts. */
export function checkNumberRanges(s: Scenario): Issue[] {
  const issues: Issue[] = [];
  const extra = sumOfLargest(s.behaviour.observation.extra);
  const noise = s.behaviour.observation.noise + extra;
  s.population.attributes.forEach((a, i) => {
    if (a.type !== 'numeric') return;
    const shift = sumOfLargest(a.shift ?? {});
    const d = a.distribution;
    const at = formatPath(['population', 'attributes', i, 'distribution']);
    if (d.kind === 'lognormal') {
      const reach = Math.abs(d.mu) + shift + DRAW_SDS * d.sigma * (1 + noise);
      if (!(reach <= NUMBER_BOUNDS.maxLogValue))
        issues.push({
          path: at,
          message: `log-values can reach ${round(reach)} (|mu| ${round(Math.abs(d.mu))} + shifts ${round(shift)} + ${DRAW_SDS} × sigma ${d.sigma} × (1 + observation noise ${round(noise)})); at most ${NUMBER_BOUNDS.maxLogValue}, or values overflow`,
        });
    }
    if (d.kind === 'beta' && !(shift <= NUMBER_BOUNDS.maxLogitShift))
      issues.push({ path: formatPath(['population', 'attributes', i, 'shift']), message: `the shifts add up to ${round(shift)} on the logit scale; at most ${NUMBER_BOUNDS.maxLogitShift}` });
  });
  return issues;
}

/** Σ over attributes of the largest |value| among its categories: the most a person can get. */
function sumOfLargest(map: Record<string, Record<string, number>>): number {
  let sum = 0;
  for (const byCategory of Object.values(map)) sum += Math.max(0, ...Object.values(byCategory).map(Math.abs));
  return sum;
}

function round(x: number): string {
  return Number.isFinite(x) ? String(Math.round(x * 100) / 100) : String(x);
}
