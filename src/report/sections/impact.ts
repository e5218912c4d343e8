/**
 * Section 5: impact-ratio tables in the NYC Local Law 144 layout (selection rate and impact ratio
 * against the highest-rate group, for each category and each intersection, small categories
 * marked, unknown counts stated), error rates per group, and the disparity chart of each attribute.
 */
import { formatCount, formatInterval, formatNumber, formatPercent } from '../../charts/format';
import { attributeLabel, verdictText } from '../../charts/lookup';
import { layoutDisparity } from '../../charts/disparity/layout';
import { layoutIntersectionHeatmap } from '../../charts/intersection-heatmap/layout';
import type { PolicyResult, Results, SliceResult } from '../../core/results/types';
import { intervalCell, numCell, table, textCell } from '../cells';
import { el, raw, type Html } from '../html';
import { impactRatioTable, SMALL_CATEGORY_SHARE } from '../impact-ratio';
import { chartSvg } from '../svg';

const rowKey = (policy: PolicyResult, slice: SliceResult, group: string) => ({ 'data-policy': policy.id, 'data-slice': slice.attribute, 'data-group': group });

function sliceName(results: Results, slice: SliceResult): string {
  return slice.attributes.map((a) => attributeLabel(results, a)).join(' × ');
}

function impactTable(results: Results, policy: PolicyResult, slice: SliceResult): Html {
  const t = impactRatioTable(results, policy, slice);
  const withInterval = t.rows.some((r) => r.interval !== undefined);
  const rows = t.rows.map(({ row, small, impactRatio, interval, highest }) =>
    el('tr', { class: [small ? 'small' : '', row.harm ? 'harm' : ''].join(' ').trim() || undefined, ...rowKey(policy, slice, row.group) },
      textCell(row.label, small ? ' †' : '', highest ? ' (highest)' : ''),
      numCell('n', row.n, formatCount(row.n)),
      numCell('populationShare', row.populationShare, formatPercent(row.populationShare)),
      numCell('reached', row.reached, formatCount(row.reached)),
      numCell('selectionRate', row.selectionRate, formatPercent(row.selectionRate, 2)),
      numCell('impactRatio', impactRatio, formatNumber(impactRatio, 3)),
      withInterval ? intervalCell('impactRatio', interval ?? null, formatInterval(interval ?? null, 3)) : null,
      el('td', { class: 'verdict' }, verdictText(row))),
  );
  const smallCount = t.rows.filter((r) => r.small).length;
  return el('div', { class: 'impact' },
    table(`${policy.label}: selection rate and impact ratio by ${sliceName(results, slice)}`,
      ['Category', ['People', 'num'], ['Share', 'num'], ['Reached', 'num'], ['Selection rate', 'num'], ['Impact ratio', 'num'], ...(withInterval ? [['95%', 'num'] as [string, 'num']] : []), 'Verdict'], rows,
      { class: 'll144', 'data-policy': policy.id, 'data-slice': slice.attribute }),
    el('p', { class: 'note' },
      `Impact ratio = selection rate ÷ the highest selection rate among the groups of at least ${results.minGroupSize} people (${formatPercent(t.highestRate, 2)}). `,
      smallCount ? `† ${smallCount} categor${smallCount === 1 ? 'y is' : 'ies are'} under ${SMALL_CATEGORY_SHARE * 100}% of the people (Local Law 144 lets an auditor leave such categories out; they are shown). ` : '',
      'Unknown category: ', el('span', { 'data-field': 'unknown', 'data-v': String(t.unknown), 'data-policy': policy.id, 'data-slice': slice.attribute }, formatCount(t.unknown)), ' people',
      t.unknown === 0 ? ' (every synthetic person has a recorded value).' : '.'),
  );
}

function errorTable(results: Results, policy: PolicyResult, slice: SliceResult): Html {
  const rows = slice.groups.map((row) =>
    el('tr', rowKey(policy, slice, row.group),
      textCell(row.label),
      numCell('positives', row.positives, formatCount(row.positives)),
      numCell('truePositives', row.truePositives, formatCount(row.truePositives)),
      numCell('tpr', row.tpr, formatPercent(row.tpr)), intervalCell('tpr', row.intervals.tpr, formatInterval(row.intervals.tpr, 3)),
      numCell('fpr', row.fpr, formatPercent(row.fpr)), intervalCell('fpr', row.intervals.fpr, formatInterval(row.intervals.fpr, 3)),
      numCell('precision', row.precision, formatPercent(row.precision)), intervalCell('precision', row.intervals.precision, formatInterval(row.intervals.precision, 3))),
  );
  return table(`${policy.label}: error rates by ${sliceName(results, slice)}`,
    ['Group', ['Would convert', 'num'], ['Reached of them', 'num'], ['TPR', 'num'], ['95%', 'num'], ['FPR', 'num'], ['95%', 'num'], ['Precision', 'num'], ['95%', 'num']], rows,
    { class: 'errors', 'data-policy': policy.id, 'data-slice': slice.attribute });
}

export function impactSection(results: Results): Html {
  return el('section', { id: 'impact' },
    el('h2', {}, '5. Impact ratios and error rates'),
    el('p', {}, 'In the layout of New York City Local Law 144 bias audits: for each category and each intersection, the selection rate (people reached ÷ people) and the impact ratio against the category with the highest selection rate. ',
      'Error rates per group: the true-positive rate (share of the people who would convert that were reached), the false-positive rate (share of the others that were reached) and precision, each with a 95% Wilson interval.'),
    results.policies.map((policy, p) =>
      el('div', { class: 'policy-impact', 'data-policy': policy.id },
        el('h3', {}, policy.label),
        policy.slices.map((slice, s) => {
          const chart = slice.kind === 'attribute'
            ? layoutDisparity(results, { policy: policy.id, attribute: slice.attribute }, { width: 680, height: 70 + 30 * slice.groups.length })
            : layoutIntersectionHeatmap(results, { policy: policy.id, intersection: slice.attribute }, { width: 680, height: 320 });
          return el('div', { class: 'slice' },
            el('h4', {}, sliceName(results, slice)),
            impactTable(results, policy, slice),
            slice.kind === 'attribute' ? errorTable(results, policy, slice) : null,
            el('figure', {}, raw(chartSvg(chart, `chart-${p}-${s}`)), el('figcaption', {}, chart.title)),
          );
        }),
      ),
    ),
  );
}
