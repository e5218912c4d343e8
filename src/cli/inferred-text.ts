/**
 * What `fairground run` prints about inferred attributes (results.inferred): how often the
 * estimate is right, and per policy the group it gets most wrong, by the most likely group and by
 * the posterior sums. Lines fit 80 columns for the usual labels.
 */
import type { Results } from '../core/results/types';

const ratio = (x: number | null) => (x === null ? 'n/a' : `${x.toFixed(2)}×`);
const signed = (x: number | null) => (x === null ? 'n/a' : `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(2)}`);
const percent = (x: number | null) => (x === null ? 'n/a' : `${(x * 100).toFixed(1)}%`);

export function inferredText(results: Results): string {
  const lines: string[] = [];
  const name = (id: string) => results.attributes.find((a) => a.id === id)?.label ?? id;
  for (const r of results.inferred ?? []) {
    lines.push(`\n${name(r.attribute)} against the truth`, `  estimated from ${r.from.join(', ')}; right for ${percent(r.accuracy)} of everyone`);
    for (const p of r.policies) {
      const label = results.policies.find((x) => x.id === p.policyId)?.label ?? p.policyId;
      const worst = p.groups.reduce((a, g) => (Math.abs(g.assignedError ?? 0) > Math.abs(a.assignedError ?? 0) ? g : a), p.groups[0]!);
      const group = r.groups.find((g) => g.group === worst.group)?.label ?? worst.group;
      lines.push(`  ${label}`);
      lines.push(`    ${group}: true ${ratio(worst.ratio)}, most likely ${ratio(worst.assignedRatio)} (${signed(worst.assignedError)}), posterior ${ratio(worst.posteriorRatio)} (${signed(worst.posteriorError)})`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
