/**
 * What `fairground sweep` prints at the end of a whole sweep: per policy, at how many points its
 * worst group stays within the band, and its best point there by expected conversions.
 */
import type { SweepPolicyRow } from '../core/sweep/tables';

export function sweepSummary(parameters: readonly string[], rows: readonly SweepPolicyRow[], band: { low: number; high: number }): string {
  const policies = [...new Set(rows.map((r) => r.policy))];
  const header = ['policy', 'in band', 'best in band: expected conversions at'];
  const lines = policies.map((id) => {
    const mine = rows.filter((r) => r.policy === id);
    const within = mine.filter((r) => r.worstRatio !== null && r.worstRatio >= band.low && r.worstRatio <= band.high);
    const best = within.reduce<SweepPolicyRow | undefined>((a, r) => (!a || (r.totals.expectedConversions ?? -Infinity) > (a.totals.expectedConversions ?? -Infinity) ? r : a), undefined);
    const where = best ? `${(best.totals.expectedConversions ?? 0).toFixed(1)} at ${best.point} (${parameters.map((p, i) => `${p}=${String(best.values[i])}`).join(', ')})` : '—';
    return [id, `${within.length} of ${mine.length}`, where];
  });
  const widths = header.map((_, c) => Math.max(...[header, ...lines].map((l) => l[c]!.length)));
  const line = (l: string[]) => l.map((cell, c) => cell.padEnd(widths[c]!)).join('  ').trimEnd();
  return [`Points where the worst group (any audited attribute) is within ${band.low}–${band.high}×:`, line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(line)].join('\n') + '\n';
}
