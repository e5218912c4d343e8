/**
 * `<fg-person-inspector>`: one person under one policy — what the policy saw (observed values with
 * their noise), the score's contributions, the cut, consent, the synthetic ground truth and the
 * nearest counterfactual, with a button that applies it as a what-if.
 *
 * @fires what-if - detail `{ person, policy, change }`: re-score the person with that one change.
 */
import { LitElement, css, html, nothing } from 'lit';
import type { PersonExplanation } from '../../core/explain/explain-person';
import type { FeatureChange } from '../../core/explain/counterfactual';
import { describeBudget } from '../../core/policies/budget';

const fmt = (x: number | null | undefined, d = 4) => (x === null || x === undefined || !Number.isFinite(x) ? '—' : x.toPrecision(d));
const signed = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(3)}`;

export class FgPersonInspector extends LitElement {
  static override properties = { explanation: { attribute: false }, error: { type: String } };
  declare explanation: PersonExplanation | undefined;
  declare error: string;

  static override styles = css`
    :host { display: block; }
    table { border-collapse: collapse; font-size: 0.9em; }
    th, td { text-align: left; padding: 0.15rem 0.6rem 0.15rem 0; }
    td.num { text-align: right; font-variant-numeric: tabular-nums; }
    .bar { display: inline-block; height: 0.7rem; vertical-align: middle; }
    .pos { background: #0072b2; } .neg { background: #d55e00; }
    .verdict { font-weight: bold; }
    .error { color: #b00020; }
  `;

  constructor() {
    super();
    this.explanation = undefined;
    this.error = '';
  }

  override render() {
    if (this.error) return html`<p class="error" role="alert">${this.error}</p>`;
    const e = this.explanation;
    if (!e) return html`<p>Click a dot in “People as dots” (or focus one and press Enter), or type a person's number above.</p>`;
    const max = Math.max(1e-9, ...(e.model?.contributions.map((c) => Math.abs(c.contribution)) ?? [0]));
    return html`
      <h3 id="inspector-heading">Person ${e.person.id} — ${e.policy.label}</h3>
      <p class="verdict" role="status">${e.selected ? 'Reached.' : 'Not reached.'} ${e.reason}</p>
      <table aria-label="What the policy saw">
        <caption>What the policy saw</caption>
        <tr><th>Feature</th><th>Seen</th><th>True</th><th>Noise</th></tr>
        ${Object.entries(e.person.categories).map(([a, c]) => html`<tr><td>${a}</td><td>${c}</td><td>${c}</td><td></td></tr>`)}
        ${Object.entries(e.person.observed).map(([a, v]) => html`<tr><td>${a}</td><td class="num">${fmt(v)}</td><td class="num">${fmt(e.person.values[a])}</td><td class="num">${signed(e.noise[a] ?? 0)}</td></tr>`)}
        <tr><td>consent</td><td>${e.person.consent ? 'yes' : 'no'}</td><td></td><td></td></tr>
      </table>
      ${e.model
        ? html`<table aria-label="Contributions to the score">
            <caption>Score: logit ${fmt(e.model.logit)} → p̂ ${fmt(e.model.prob)} (policy score ${fmt(e.score, 6)})</caption>
            <tr><th>Term</th><th>Contribution</th><th></th></tr>
            <tr><td>intercept</td><td class="num">${signed(e.model.intercept)}</td><td></td></tr>
            ${e.model.contributions.map((c) => html`<tr><td>${c.kind === 'numeric' ? `${c.attribute} (${signed(c.standardised ?? 0)} SD)` : `${c.attribute}=${e.person.categories[c.attribute]}`}</td>
              <td class="num">${signed(c.contribution)}</td>
              <td><span class="bar ${c.contribution >= 0 ? 'pos' : 'neg'}" style="width:${(80 * Math.abs(c.contribution)) / max}px"></span></td></tr>`)}
          </table>`
        : html`<p>This policy has no model: its score is ${fmt(e.score)}.</p>`}
      <p>Cut${e.cut.kind === 'group' ? ` for ${e.cut.attribute}=${e.cut.group}` : ''}: ${fmt(e.cut.score, 6)}${e.cut.pacing !== undefined ? `, pacing ×${fmt(e.cut.pacing)}` : ''}
        (budget ${describeBudget(e.cut.budget, undefined)}).
        ${e.rank ? html`Ranked <strong>${e.rank.position.toLocaleString('en')}</strong> of ${e.rank.candidates.toLocaleString('en')} candidates${e.rank.within ? ` in ${e.rank.within.attribute}=${e.rank.within.group}` : ''}.` : nothing}</p>
      <p>Ground truth (synthetic): would ${e.person.truth.converts ? '' : 'not '}convert (p ${fmt(e.person.truth.conversionProb, 3)}).</p>
      ${this.renderCounterfactual(e)}
      ${e.whatIf
        ? html`<p class="what-if" role="status">What-if: with ${e.whatIf.attribute} = ${typeof e.whatIf.to === 'number' ? fmt(e.whatIf.to) : e.whatIf.to}, the score would be ${fmt(e.whatIf.score, 6)} against a cut of ${fmt(e.whatIf.cut, 6)}: <strong>${e.whatIf.reached ? 'reached' : 'not reached'}</strong>.</p>`
        : nothing}
    `;
  }

  private renderCounterfactual(e: PersonExplanation) {
    const [best, ...rest] = e.counterfactuals;
    if (!best) return html`<p>No single-feature change flips this decision.</p>`;
    return html`<h4>Nearest counterfactual (verified by re-scoring)</h4>
      <ol class="counterfactuals">
        ${[best, ...rest.slice(0, 3)].map((c) => html`<li>${this.describe(c)} → ${e.selected ? 'not reached' : 'reached'} (score ${fmt(c.score, 6)})
          <button type="button" class="apply" @click=${() => this.apply(c)}>Apply as what-if</button></li>`)}
      </ol>`;
  }

  private describe(c: FeatureChange) {
    const change = c.kind === 'numeric' ? `${c.attribute} ${fmt(c.from as number)} → ${fmt(c.to as number)} (${c.distance.toFixed(2)} SD)` : `${c.attribute}: ${c.from} → ${c.to}`;
    return `${change}${c.protected ? ' [protected attribute]' : ''}`;
  }

  private apply(change: FeatureChange) {
    const e = this.explanation!;
    this.dispatchEvent(new CustomEvent('what-if', { detail: { person: e.person.id, policy: e.policy.id, change }, bubbles: true, composed: true }));
  }
}
