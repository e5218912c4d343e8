/**
 * The readable summary `fairground run` prints: one row per policy with reach, cost, conversions
 * and its worst-judged groups (by the audit's verdict metric, furthest from parity first).
 */
import type { GroupRow, PolicyResult, Results } from '../core/results/types';

/** How many of a policy's worst groups the table names. */
const WORST = 3;

export function summaryTable(results: Results): string {
  const header = ['policy', 'reached', 'cost', 'conversions', `worst groups (${metricName(results.metric)}, verdict)`];
  const rows = results.policies.map((p) => [
    p.label || p.id,
    whole(p.totals.reached),
    money(p.totals.cost),
    p.totals.expectedConversions.toFixed(1),
    worstGroups(p, results.metric).join('; ') || '—',
  ]);
  return table([header, ...rows]);
}

function worstGroups(policy: PolicyResult, metric: Results['metric']): string[] {
  const judged: { row: GroupRow; distance: number }[] = [];
  for (const slice of policy.slices)
    for (const id of slice.ranking) {
      const row = slice.groups.find((g) => g.group === id);
      const value = row?.[metric];
      if (row && typeof value === 'number' && value > 0) judged.push({ row, distance: Math.abs(Math.log(value)) });
    }
  // Clear exclusions and over-targeting first, then gaps within sampling noise, then the rest.
  const weight = (row: GroupRow) => (row.verdict === 'uncertain' ? 1 : row.verdict === 'within' ? 2 : 0);
  judged.sort((a, b) => weight(a.row) - weight(b.row) || b.distance - a.distance);
  return judged.slice(0, WORST).map(({ row }) => `${row.attribute}=${row.group} ${(row[metric] as number).toFixed(2)} ${row.verdict}`);
}

function metricName(metric: Results['metric']): string {
  return metric === 'representationRatio' ? 'RR' : 'DI';
}

function whole(n: number): string {
  return Math.round(n).toLocaleString('en');
}

function money(n: number): string {
  return n.toLocaleString('en', { maximumFractionDigits: 0 });
}

/** Left-aligned text columns, right-aligned numbers, two spaces apart. */
function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  const numeric = (c: number) => c >= 1 && c <= 3;
  const line = (r: string[]) =>
    r.map((cell, c) => (numeric(c) ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(rows[0]!), rule, ...rows.slice(1).map(line)].join('\n') + '\n';
}
