/** `fairground report --compare … --out compare.html`: the comparison of two runs as a self-contained page. */
import { formatAmount, formatNumber, formatPercent } from '../charts/format';
import { verdictText } from '../charts/lookup';
import { REPORT_CSP } from './build';
import { numCell, table, textCell } from './cells';
import { TOTAL_FIELDS, TOTAL_LABELS, type RunComparison } from './compare';
import { el, raw, render, type Html } from './html';
import { REPORT_CSS } from './styles';

function policyBlock(c: RunComparison, p: RunComparison['policies'][number]): Html {
  if (!p.before || !p.after) return el('p', {}, `${p.label}: only in the ${p.before ? 'before' : 'after'} run.`);
  const totals = TOTAL_FIELDS.map((f) =>
    el('tr', {}, textCell(TOTAL_LABELS[f]), numCell(`before.${f}`, p.before!.totals[f], formatAmount(p.before!.totals[f])), numCell(`after.${f}`, p.after!.totals[f], formatAmount(p.after!.totals[f]))));
  const groups = p.groups.map((g) =>
    el('tr', { class: g.changed ? 'harm' : undefined, 'data-policy': p.id, 'data-slice': g.slice, 'data-group': g.group, 'data-changed': String(g.changed) },
      textCell(g.slice), textCell(g.label),
      numCell('before.selectionRate', g.before?.selectionRate ?? null, formatPercent(g.before?.selectionRate ?? null, 2)),
      numCell('after.selectionRate', g.after?.selectionRate ?? null, formatPercent(g.after?.selectionRate ?? null, 2)),
      numCell(`before.${c.metric}`, g.before?.[c.metric] ?? null, formatNumber(g.before?.[c.metric] ?? null)),
      numCell(`after.${c.metric}`, g.after?.[c.metric] ?? null, formatNumber(g.after?.[c.metric] ?? null)),
      textCell(g.before && g.after && g.before.verdict === g.after.verdict ? verdictText(g.after) : `${g.before ? verdictText(g.before) : 'absent'} → ${g.after ? verdictText(g.after) : 'absent'}`)));
  return el('section', { 'data-policy': p.id },
    el('h2', { class: 'keep' }, p.label),
    table('Totals', ['', ['Before', 'num'], ['After', 'num']], totals),
    table('Groups (changed rows in bold)', ['Slice', 'Group', ['SR before', 'num'], ['SR after', 'num'], ['Ratio before', 'num'], ['Ratio after', 'num'], 'Verdict'], groups));
}

export function buildComparisonReport(c: RunComparison, generated: string): string {
  const run = (label: string, r: RunComparison['before']) => el('li', {}, `${label}: ${r.scenario.name} — scenario `, el('code', {}, r.scenario.hash), `, seed ${String(r.seed)}, ${r.populationSize.toLocaleString('en')} people, ${r.engine}`);
  return '<!doctype html>\n' + render(el('html', { lang: 'en' },
    el('head', {}, raw('<meta charset="utf-8">'), raw(`<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`),
      el('title', {}, `What changed: ${c.after.scenario.name}`), el('style', {}, raw(REPORT_CSS))),
    el('body', {},
      el('header', { class: 'cover' }, el('p', { class: 'muted' }, `Fairground run comparison · ${generated}`), el('h1', {}, 'What changed between two runs'),
        el('ul', {}, run('Before', c.before), run('After', c.after)),
        el('p', {}, c.sameScenario ? 'The scenario hash is the same in both runs.' : 'The scenario changed between the runs.')),
      c.policies.map((p) => policyBlock(c, p))),
  )) + '\n';
}
