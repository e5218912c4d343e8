/**
 * Section 5a (only when the scenario infers an attribute): each inferred attribute against the
 * truth — how often it is right, and per policy and group the representation ratio by the truth,
 * by the most likely group and by the posterior sums, with each estimate's error. Cells name their
 * field as `inferred.<field>` of `results.inferred[].policies[].groups[]`.
 */
import type { Results } from '../../core/results/types';
import { numCell, table, textCell } from '../cells';
import { el, type Html } from '../html';

const fixed = (x: number | null) => (x === null ? 'n/a' : x.toFixed(2));
const percent = (x: number | null) => (x === null ? 'n/a' : `${(x * 100).toFixed(1)}%`);

export function inferredSection(results: Results): Html | null {
  const reports = results.inferred ?? [];
  if (!reports.length) return null;
  const name = (id: string) => results.attributes.find((a) => a.id === id)?.label ?? id;
  const policyLabel = (id: string) => results.policies.find((p) => p.id === id)?.label ?? id;
  return el('section', { id: 'inferred' },
    el('h2', {}, '5a. Inferred attributes against the truth'),
    el('p', {}, 'A real audit that cannot see an attribute estimates it from proxies. This synthetic population also knows the truth, so the audit\'s error can be measured: by the most likely group (each person counted once) and by posterior sums (each person counted fractionally).'),
    reports.map((r) =>
      table(
        `${name(r.attribute)}, estimated from ${r.from.map(name).join(' and ')}: right for ${percent(r.accuracy)} of everyone`,
        ['Policy', 'Group', ['True ratio', 'num'], ['Most likely', 'num'], ['Error', 'num'], ['Posterior', 'num'], ['Error', 'num']],
        r.policies.flatMap((p) =>
          p.groups.map((g) =>
            el('tr', { 'data-policy': p.policyId, 'data-slice': r.attribute, 'data-group': g.group },
              textCell(policyLabel(p.policyId)),
              textCell(r.groups.find((x) => x.group === g.group)?.label ?? g.group),
              numCell('inferred.ratio', g.ratio, fixed(g.ratio)),
              numCell('inferred.assignedRatio', g.assignedRatio, fixed(g.assignedRatio)),
              numCell('inferred.assignedError', g.assignedError, fixed(g.assignedError)),
              numCell('inferred.posteriorRatio', g.posteriorRatio, fixed(g.posteriorRatio)),
              numCell('inferred.posteriorError', g.posteriorError, fixed(g.posteriorError)),
            ),
          ),
        ),
      ),
    ),
  );
}
