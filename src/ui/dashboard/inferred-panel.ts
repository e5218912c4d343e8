/**
 * "What does the estimate get wrong?": for each inferred attribute (results.inferred), the
 * selected policy's representation ratio per group by the truth, by the most probable category
 * and by the posterior sums, with each estimate's error. Shown only when the scenario infers an
 * attribute; a real audit sees only the estimates, this one also sees the truth.
 */
import { css, html, nothing } from 'lit';
import type { Results } from '../../core/results/types';
import type { InferredAttributeResult } from '../../core/results/inferred-types';

const ratio = (x: number | null) => (x === null ? 'n/a' : `${x.toFixed(2)}×`);
const signed = (x: number | null) => (x === null ? 'n/a' : `${x > 0 ? '+' : x < 0 ? '−' : '±'}${Math.abs(x).toFixed(2)}`);
const percent = (x: number | null) => (x === null ? 'n/a' : `${(x * 100).toFixed(1)}%`);
/** An error this large changes what a four-fifths reading would say: worth a mark, not only a number. */
const LARGE = 0.1;

export function renderInferred(results: Results, policyId: string | undefined) {
  const reports = results.inferred ?? [];
  const policy = results.policies.find((p) => p.id === policyId) ?? results.policies[0];
  if (!reports.length || !policy) return nothing;
  return html`${reports.map((r) => renderOne(results, r, policy.id, policy.label))}`;
}

function renderOne(results: Results, report: InferredAttributeResult, policyId: string, policyLabel: string) {
  const name = (id: string) => results.attributes.find((a) => a.id === id)?.label ?? id;
  const p = report.policies.find((x) => x.policyId === policyId);
  if (!p) return nothing;
  const from = report.from.map(name).join(' and ');
  const titleId = `inferred-${report.attribute}`;
  return html`<section class="inferred" aria-labelledby=${titleId}>
    <h2 id=${titleId}>What the estimate gets wrong · ${name(report.attribute)} · ${policyLabel}</h2>
    <p class="explain">${name(report.attribute)} is estimated from ${from}${report.assign === 'sample' ? ', each person given a group drawn from their posterior' : ''}: it puts ${percent(report.accuracy)} of everyone and ${percent(p.accuracy)} of those reached in their true group.
      Ratios are reach share ÷ population share, by the truth and by two estimates: each person in ${report.assign === 'map' ? 'their most likely group' : 'the group drawn for them'}, or counted fractionally by their posterior probabilities. A real audit sees only the estimates.</p>
    <div class="table-wrap"><table>
      <caption class="visually-hidden">Representation ratio by group: by the truth, by the estimate, and the estimate's error</caption>
      <thead><tr><th scope="col">Group</th><th scope="col">Truth</th><th scope="col" title=${report.assign === 'map' ? 'each person counted in their most probable group' : 'each person counted in a group drawn from their posterior'}>${report.assign === 'map' ? 'Most likely' : 'Drawn'}</th><th scope="col">Error</th><th scope="col" title="each person counted fractionally in every group, by their posterior probabilities">Posterior</th><th scope="col">Error</th></tr></thead>
      <tbody>${p.groups.map((g) => {
        const label = report.groups.find((x) => x.group === g.group)?.label ?? g.group;
        return html`<tr><th scope="row">${label}</th><td>${ratio(g.ratio)}</td><td>${ratio(g.assignedRatio)}</td>${errorCell(g.assignedError)}<td>${ratio(g.posteriorRatio)}</td>${errorCell(g.posteriorError)}</tr>`;
      })}</tbody>
    </table></div>
  </section>`;
}

function errorCell(x: number | null) {
  const large = x !== null && Math.abs(x) >= LARGE;
  return html`<td class=${large ? 'large-error' : ''}>${signed(x)}${large ? html` <span class="flag">${x! > 0 ? 'too high' : 'too low'}</span>` : nothing}</td>`;
}

export const inferredStyles = css`
  .inferred { background: var(--fg-surface, #fff); border: 1px solid var(--fg-line, #d5d9de); border-radius: 10px; padding: 0.8rem 1rem; margin-bottom: 0.9rem; }
  .inferred .table-wrap { overflow-x: auto; }
  .inferred table { border-collapse: collapse; font-variant-numeric: tabular-nums; min-width: 100%; }
  .inferred th, .inferred td { padding: 0.25rem 0.7rem; text-align: right; border-bottom: 1px solid var(--fg-line, #e3e6ea); white-space: nowrap; }
  .inferred th[scope='row'], .inferred thead th:first-child { text-align: left; }
  .inferred thead th { font-size: 0.85em; color: var(--fg-muted, #5c5c66); font-weight: 600; }
  .inferred .large-error { font-weight: 650; color: #8f3a00; }
  .inferred .flag { font-size: 0.8em; font-weight: 600; }
  @media (max-width: 600px) { .inferred th, .inferred td { padding: 0.25rem 0.35rem; } .inferred .flag { display: none; } }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
