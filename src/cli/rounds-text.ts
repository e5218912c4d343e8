/**
 * The round-by-round table `fairground run` prints for a market scenario: per policy, each round's
 * spend, impressions, people reached so far, newly reached, clicks and conversions, and the ratio
 * (reach share ÷ population share) of each group of the first audited attribute, and under the
 * table of a learner that explored, how many people it explored each round. Fits 80 columns for up
 * to three groups; with more, the ratios are left to results.json.
 */
import type { Results } from '../core/results/types';
import { COLUMNS, wrap } from './wrap';

const MAX_GROUPS = 3;

export function roundsText(results: Results): string {
  const rounds = results.rounds;
  if (!rounds) return '';
  const attribute = results.attributes[0];
  const groups = attribute && attribute.categories.length <= MAX_GROUPS ? attribute.categories : [];
  const header = ['round', 'spend', 'impr.', 'reach', 'new', 'clicks', 'conv.', ...groups.map((g) => `ratio ${g.id}`.slice(0, 10))];
  const out: string[] = [wrap(`Rounds: ${rounds.count} in the market${groups.length ? `; ratio = share of the people reached so far ÷ share of the population, by ${attribute?.label ?? attribute?.id}` : ''}.`, COLUMNS, '')];
  for (const policy of rounds.policies) {
    const label = results.policies.find((p) => p.id === policy.policyId)?.label ?? policy.policyId;
    const rows = policy.rounds.map((r) => [
      String(r.round + 1),
      money(r.spend),
      whole(r.impressions),
      whole(r.reach),
      whole(r.newReach),
      whole(r.clicks),
      whole(r.conversions),
      ...groups.map((g) => {
        const row = r.groups.find((x) => x.attribute === attribute?.id && x.group === g.id);
        return row ? row.ratio.toFixed(2) : '';
      }),
    ]);
    const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
    const line = (r: string[]) => `  ${r.map((cell, c) => cell.padStart(widths[c] as number)).join('  ')}`.trimEnd();
    out.push('', label, line(header), ...rows.map(line));
    // A learner that explored (ε-greedy) says how many people it explored each round.
    if (policy.rounds.some((r) => r.exploration !== undefined))
      out.push(wrap(`explored (targeted at random by the learner): ${policy.rounds.map((r) => whole(r.exploration ?? 0)).join(', ')}`, COLUMNS, '  '));
  }
  return `${out.join('\n')}\n`;
}

const whole = (n: number) => Math.round(n).toLocaleString('en');
const money = (n: number) => (n >= 1000 ? Math.round(n).toLocaleString('en') : n.toFixed(1));
