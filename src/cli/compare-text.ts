/**
 * `fairground report --compare` as text for a terminal (80 columns): what changed between two runs,
 * policy by policy and group by group. Unchanged groups are counted, not listed.
 */
import type { GroupRow, PolicyTotals } from '../core/results/types';
import { TOTAL_FIELDS, type RunComparison } from '../report/compare';

const VERDICT: Record<GroupRow['verdict'], string> = {
  excluded: 'excluded', within: 'within', 'over-targeted': 'over-targeted', uncertain: 'noise', 'too-small': 'too small', 'not-comparable': 'n/a',
};

const TOTAL_NAMES: Record<(typeof TOTAL_FIELDS)[number], string> = {
  reached: 'reached', expectedConversions: 'conversions', realisedConversions: 'realised', cost: 'cost', costPerConversion: 'cost/conv',
};

function amount(v: number | null | undefined): string {
  if (v === null || v === undefined) return 'n/a';
  return Math.abs(v) < 100 ? v.toFixed(2) : Math.round(v).toLocaleString('en');
}

function whole(v: number | null | undefined): string {
  return v === null || v === undefined ? 'n/a' : Math.round(v).toLocaleString('en');
}

function ratio(v: number | null | undefined): string {
  return v === null || v === undefined ? 'n/a' : v.toFixed(2);
}

function clip(text: string, width: number): string {
  return text.length <= width ? text.padEnd(width) : `${text.slice(0, width - 1)}…`;
}

/** The totals that changed, as indented lines of at most 80 columns. */
function totalsLines(before: PolicyTotals | undefined, after: PolicyTotals | undefined): string[] {
  const parts = TOTAL_FIELDS.filter((f) => before?.[f] !== after?.[f]).map((f) => {
    const show = f === 'reached' || f === 'realisedConversions' ? whole : amount;
    return `${TOTAL_NAMES[f]} ${show(before?.[f])} → ${show(after?.[f])}`;
  });
  if (!parts.length) return ['  totals unchanged'];
  const lines: string[] = [];
  let line = ' ';
  for (const part of parts) {
    if (line.length > 1 && line.length + part.length + 2 > 80) {
      lines.push(line.replace(/,$/, ''));
      line = ' ';
    }
    line += ` ${part},`;
  }
  lines.push(line.replace(/,$/, ''));
  return lines;
}

export function comparisonText(c: RunComparison): string {
  const m = c.metric === 'representationRatio' ? 'RR' : 'DI';
  const out: string[] = [];
  const run = (label: string, r: RunComparison['before']) => [
    clip(`${label} ${r.scenario.name}`, 80).trimEnd(),
    clip(`        scenario ${r.scenario.hash}, seed ${String(r.seed)}, ${r.populationSize.toLocaleString('en')} people`, 80).trimEnd(),
  ];
  out.push(...run('before:', c.before), ...run('after: ', c.after));
  out.push(c.sameScenario ? 'Same scenario hash: any difference is in the engine or the seed.' : 'The scenario changed between the runs.', '');
  let changedGroups = 0;
  for (const p of c.policies) {
    if (!p.before || !p.after) {
      out.push(clip(`${p.label}: ${p.before ? 'removed' : 'added'} (only in the ${p.before ? 'before' : 'after'} run)`, 80).trimEnd(), '');
      continue;
    }
    out.push(clip(p.label, 80).trimEnd(), ...totalsLines(p.before.totals, p.after.totals));
    const changed = p.groups.filter((g) => g.changed);
    changedGroups += changed.length;
    if (changed.length) {
      out.push(`  ${clip('group', 34)} ${`${m} before`.padStart(9)} ${'after'.padStart(6)}  verdict`);
      for (const g of changed) {
        const verdict = g.before?.verdict === g.after?.verdict ? VERDICT[g.after?.verdict ?? 'not-comparable'] : `${g.before ? VERDICT[g.before.verdict] : 'absent'} → ${g.after ? VERDICT[g.after.verdict] : 'absent'}`;
        out.push(`  ${clip(`${g.slice}: ${g.label}`, 34)} ${ratio(g.before?.[c.metric]).padStart(9)} ${ratio(g.after?.[c.metric]).padStart(6)}  ${verdict}`);
      }
    }
    const same = p.groups.length - changed.length;
    if (same) out.push(`  ${same} group${same === 1 ? '' : 's'} unchanged (${m} within 0.005, same verdict)`);
    out.push('');
  }
  out.push(changedGroups ? `${changedGroups} group${changedGroups === 1 ? '' : 's'} changed.` : 'No group changed.');
  return out.join('\n') + '\n';
}
