/** Section 1: the summary of findings, harms first, each with its interval and the multiplicity method. */
import { formatInterval, formatNumber } from '../../charts/format';
import { attributeLabel, metricName, verdictText } from '../../charts/lookup';
import { layoutPolicyComparison } from '../../charts/policy-comparison/layout';
import type { Results } from '../../core/results/types';
import type { ClaimOutcome } from '../../core/presets/claims';
import { intervalCell, numCell, table, textCell } from '../cells';
import type { Finding, FindingsSummary } from '../findings';
import { el, raw, type Html } from '../html';
import type { LevellingDownCheck } from '../levelling-down';
import { chartSvg } from '../svg';

function spreadText(f: Finding, metric: Results['metric']): string {
  const s = f.row.spread?.[metric];
  return s && s.low !== null && s.high !== null ? `[${s.low.toFixed(2)}, ${s.high.toFixed(2)}]` : 'n/a';
}

function findingRows(results: Results, findings: readonly Finding[]): Html[] {
  const replicates = results.replicates > 1;
  return findings.map((f) =>
    el('tr', { 'data-policy': f.policy.id, 'data-slice': f.slice.attribute, 'data-group': f.row.group },
      textCell(f.policy.label), textCell(f.slice.attributes.map((a) => attributeLabel(results, a)).join(' × ')), textCell(f.row.label), el('td', { class: 'verdict' }, verdictText(f.row)),
      numCell(results.metric, f.value, formatNumber(f.value)), intervalCell(results.metric, f.interval, formatInterval(f.interval)),
      replicates ? el('td', { class: 'num', 'data-field': `${results.metric}.spread`, 'data-low': String(f.row.spread?.[results.metric]?.low ?? null), 'data-high': String(f.row.spread?.[results.metric]?.high ?? null) }, spreadText(f, results.metric)) : null),
  );
}

function columns(results: Results): (string | [string, 'num'])[] {
  return results.replicates > 1 ? [...COLUMNS, [`${results.replicates} replicates (2.5–97.5%)`, 'num']] : [...COLUMNS];
}

const COLUMNS = ['Policy', 'Attribute', 'Group', 'Verdict', ['Ratio', 'num'], ['95% interval', 'num']] as const satisfies readonly (string | [string, 'num'])[];

export function summarySection(results: Results, summary: FindingsSummary, levelling: readonly LevellingDownCheck[], claims: readonly ClaimOutcome[]): Html {
  const harm = results.offer === 'risk' ? 'over-targeted (a risky offer)' : 'excluded (an opportunity)';
  const n = summary.harms.length;
  const levels = levelling.filter((c) => c.levelsDown);
  const failed = claims.filter((c) => !c.holds);
  const band = `${results.band.low}–${results.band.high}`;
  const comparison = layoutPolicyComparison(results, {}, { width: 720, height: 360 });
  return el('section', { id: 'summary' },
    el('h2', { class: 'keep' }, '1. Summary of findings'),
    el('p', {}, `${n === 0 ? 'No group is' : `${n} group${n === 1 ? ' is' : 's are'}`} ${harm} clearly outside the ${band} band, out of ${summary.judged} groups judged across ${results.policies.length} policies. ` +
      `Verdicts read the ${metricName(results.metric)}; a harm needs its whole 95% interval outside the band (${summary.multiplicity}${summary.multiplicity.startsWith('no ') ? ': with many groups judged, a few intervals miss by chance' : ''}).`),
    n
      ? el('div', { class: 'callout' }, el('strong', {}, 'Harms'), table(`Groups ${harm}, furthest from parity first`, columns(results), findingRows(results, summary.harms), { class: 'harms' }))
      : el('div', { class: 'callout ok' }, el('strong', {}, 'No harm found. '), `Every judged group under every policy is within the band or within sampling noise of it.`),
    levels.length
      ? el('div', { class: 'callout' }, el('strong', {}, 'Levelling down. '),
        levels.map((c) => `${c.policy.label} lowers ${c.best.label}'s selection rate without raising ${c.worst.label}'s (${attributeLabel(results, c.attribute)}). `), 'See section 6.')
      : levelling.length ? el('div', { class: 'callout ok' }, el('strong', {}, 'No levelling down. '), 'No fairness constraint lowers the best-off group without raising the worst-off (section 6).') : null,
    failed.length
      ? el('div', { class: 'callout warn' }, el('strong', {}, `${failed.length} of the preset's claims do not hold on this run. `), 'See section 7.')
      : null,
    summary.uncertain.length
      ? el('details', {}, el('summary', {}, `${summary.uncertain.length} groups are outside the band only within sampling noise`),
        table('Outside the band, but the 95% interval reaches into it', columns(results), findingRows(results, summary.uncertain)))
      : null,
    summary.otherSide.length
      ? el('details', {}, el('summary', {}, `${summary.otherSide.length} groups are clearly ${results.offer === 'risk' ? 'under-targeted' : 'over-targeted'} (not the harm of this offer)`),
        table(`Clearly outside the band on the other side of the harm, shown for completeness`, columns(results), findingRows(results, summary.otherSide)))
      : null,
    el('figure', {}, raw(chartSvg(comparison, 'chart-comparison')), el('figcaption', {}, comparison.title)),
  );
}
