/** Section 7: the preset's claims with their checks, and the limits of a synthetic study. */
import { describeOutcome, type ClaimOutcome } from '../../core/presets/claims';
import type { Scenario } from '../../core/scenario/types';
import { numCell, table, textCell } from '../cells';
import { el, type Html } from '../html';

const LIMITS = [
  'The people are synthetic. The findings show what these policies do to a population built from the scenario\'s assumptions; they are evidence about mechanisms, not measurements of any real audience.',
  'The scenario\'s assumptions (group sizes, proxies, behaviour, prices, consent, history) decide the results. A different, equally plausible scenario can give different numbers: vary the assumptions before relying on one run.',
  'Each person\'s outcome is fixed in advance and known to the audit. Real audits see outcomes only for the people reached (selective labels) and often infer protected attributes; both add error this study does not have.',
  'The verdicts read one ratio against a band. Passing the four-fifths rule is not proof of fairness, and other definitions (error rates, calibration) can disagree; section 5 shows error rates beside the ratios.',
  'Synthetic data lets an audit avoid real special-category data (the EU AI Act allows processing it for bias detection only where synthetic or anonymised data would not do); it does not replace a review of the real system\'s data before deployment.',
];

export function claimsSection(scenario: Scenario, outcomes: readonly ClaimOutcome[]): Html {
  const rows = outcomes.map((o) =>
    el('tr', { class: o.holds ? undefined : 'harm', 'data-policy': o.claim.policy, 'data-claim-holds': String(o.holds) },
      textCell(o.claim.text), textCell(o.claim.policy), textCell(o.claim.metric, o.claim.group ? ` (${o.claim.attribute} = ${o.claim.group})` : ''),
      numCell('claim', o.value, o.value === null ? 'n/a' : String(Number(o.value.toPrecision(4)))),
      textCell(o.holds ? el('span', { class: 'badge good' }, '✓ holds') : el('span', { class: 'badge bad' }, '✗ does not hold'), el('br', {}), el('span', { class: 'muted' }, describeOutcome(o)))),
  );
  return el('section', { id: 'claims' },
    el('h2', {}, '7. Claims and limits'),
    scenario.narrative ? el('p', {}, scenario.narrative.summary) : null,
    outcomes.length
      ? table('What the scenario says its results show, checked on this run', ['Claim', 'Policy', 'Metric', ['Value', 'num'], 'Check'], rows, { class: 'claims' })
      : el('p', {}, 'This scenario makes no checkable claims about its results.'),
    el('h3', {}, 'The limits of a synthetic study'),
    el('ul', {}, LIMITS.map((l) => el('li', {}, l))),
  );
}
