/**
 * The readable summary `fairground run` prints: one row per policy with reach, cost and
 * conversions, then its worst-judged groups on indented lines (by the audit's verdict metric,
 * clear verdicts first, furthest from parity first), each with the interval its verdict read and
 * what kind of interval that is; a legend says how verdicts were made. Fits 80 columns for the
 * usual policy labels.
 */
import type { GroupRow, PolicyResult, Results } from '../core/results/types';
import { formatBasis, verdictBasis } from '../core/results/verdict-basis';
import { countText, roundedCountText } from '../core/text/counts';

/** How many of a policy's worst groups the table names. */
const WORST = 3;

export function summaryTable(results: Results): string {
  const header = ['policy', 'reached', 'cost', 'conversions'];
  const lines: string[] = [];
  const rows = results.policies.map((p) => [p.label || p.id, whole(p.totals.reached), money(p.totals.cost), p.totals.expectedConversions.toFixed(1)]);
  const widths = header.map((_, c) => Math.max(...[header, ...rows].map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) => r.map((cell, c) => (c >= 1 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ').trimEnd();
  lines.push(line(header), widths.map((w) => '-'.repeat(w)).join('  '));
  results.policies.forEach((p, k) => {
    lines.push(line(rows[k]!));
    const worst = worstGroups(p, results.metric);
    for (const w of worst) lines.push(`    ${w}`);
    if (worst.length === 0) lines.push('    no group judged');
  });
  return [...lines, '', ...legend(results)].join('\n') + '\n';
}

function worstGroups(policy: PolicyResult, metric: Results['metric']): string[] {
  const judged: { row: GroupRow; distance: number }[] = [];
  for (const slice of policy.slices)
    for (const id of slice.ranking) {
      const row = slice.groups.find((g) => g.group === id);
      const value = row ? verdictBasis(row, metric).value : null;
      if (row && typeof value === 'number' && value > 0) judged.push({ row, distance: Math.abs(Math.log(value)) });
    }
  // Clear exclusions and over-targeting first, then uncertain gaps, then the rest.
  const weight = (row: GroupRow) => (row.verdict === 'uncertain' ? 1 : row.verdict === 'within' ? 2 : 0);
  judged.sort((a, b) => weight(a.row) - weight(b.row) || b.distance - a.distance);
  const shown = judged.slice(0, WORST).map(({ row }) => ({ row, name: `${row.attribute}=${row.group}`, basis: `${metricName(metric)} ${formatBasis(verdictBasis(row, metric))}` }));
  const nameWidth = Math.max(0, ...shown.map((x) => x.name.length));
  const basisWidth = Math.max(0, ...shown.map((x) => x.basis.length));
  return shown.map(({ row, name, basis }) => {
    const unseen = row.unseenInTraining ? '; model never met this group' : '';
    return `${name.padEnd(nameWidth)}  ${basis.padEnd(basisWidth)}  ${verdictWords(row)}${unseen}`;
  });
}

/** "uncertain, leaning low", with "*" when the multiplicity control turned an out-of-band verdict into it. */
function verdictWords(row: GroupRow): string {
  const lean = row.verdict === 'uncertain' && row.leaning ? `, leaning ${row.leaning}` : '';
  return `${row.verdict}${lean}${isDemoted(row) ? '*' : ''}`;
}

function isDemoted(row: GroupRow): boolean {
  return row.rawVerdict !== undefined && row.rawVerdict !== row.verdict;
}

/** How the verdicts were made, in two or three short lines. */
function legend(results: Results): string[] {
  const control = { holm: 'Holm (family-wise 5%)', bh: 'Benjamini–Hochberg (FDR 5%)', none: 'no multiplicity control' }[results.multiplicity ?? 'none'];
  const rule = results.metric === 'impactRatio' ? 'the four-fifths rule' : 'the representation band';
  const out = [
    `Verdicts: ${metricName(results.metric)} against ${results.band.low}–${results.band.high} (${rule}), 95% Katz intervals,`,
    `${control} across each policy's groups.`,
  ];
  if (results.policies.some((p) => p.slices.some((s) => s.groups.some(isDemoted))))
    out.push('*: out of band on its own interval, not after the multiplicity control.');
  if (results.replicates > 1) out.push(`R=${results.replicates}: learned policies' mean and t-interval over replicates (model noise).`);
  return out;
}

function metricName(metric: Results['metric']): string {
  return metric === 'representationRatio' ? 'RR' : metric === 'disparateImpact' ? 'DI' : 'IR';
}

function whole(n: number): string {
  return countText(Math.round(n));
}

function money(n: number): string {
  return roundedCountText(n);
}
