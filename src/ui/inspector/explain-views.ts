/**
 * `<fg-explain-views>`: "Why this person?" — the person inspector, the thresholds you can drag,
 * the model card and the data-minimisation ledger of the chosen policy, as four tabs. Asks the
 * engine (the coordinator worker) about the last run's people; the page itself computes nothing
 * but the live threshold totals.
 *
 * @fires scenario-edit - detail `{ edit: (draft) => draft }`: add a kept policy to the scenario.
 */
import { LitElement, css, html, nothing } from 'lit';
import type { Results } from '../../core/results/types';
import type { Scenario } from '../../core/scenario/types';
import type { Strategy } from '../../core/explain/threshold-strategies';
import type { FeatureChange } from '../../core/explain/counterfactual';
import type { EnginePort } from '../run/engine-port';
import type { FgPersonInspector } from './person-inspector';
import type { FgThresholdPanel } from './threshold-panel';
import type { FgModelCard } from '../model-card/model-card-view';
import type { FgLedger } from '../ledger/ledger-view';
import { POLICY_DESCRIPTORS } from '../../core/policies/types/catalogue';

type Tab = 'person' | 'thresholds' | 'card' | 'ledger';
const TABS: { id: Tab; label: string }[] = [
  { id: 'person', label: 'Why this person?' },
  { id: 'thresholds', label: 'Thresholds' },
  { id: 'card', label: 'Model card' },
  { id: 'ledger', label: 'Data ledger' },
];
const LEARNED = new Set<string>(POLICY_DESCRIPTORS.filter((d) => d.learned).map((d) => d.type));

export class FgExplainViews extends LitElement {
  static override properties = {
    results: { attribute: false },
    scenario: { attribute: false },
    policy: { type: String },
    attribute: { type: String },
    tab: { type: String },
    person: { type: Number },
  };
  declare results: Results | undefined;
  declare scenario: Scenario | undefined;
  declare policy: string;
  declare attribute: string;
  declare tab: Tab;
  declare person: number;
  port: (() => EnginePort | undefined) | undefined;

  static override styles = css`
    :host { display: block; border-top: 1px solid #ccc; margin-top: 1rem; padding-top: 0.5rem; }
    [role='tablist'] button[aria-selected='true'] { font-weight: bold; border-bottom: 3px solid #0072b2; }
    .ask { margin: 0.5rem 0; }
  `;

  constructor() {
    super();
    this.results = undefined;
    this.scenario = undefined;
    this.policy = '';
    this.attribute = '';
    this.tab = 'person';
    this.person = 0;
    this.port = undefined;
  }

  /** The policy the views explain: the dashboard's if it is learned, else the first learned one. */
  private learnedPolicy(): string {
    const ps = this.results?.policies ?? [];
    return (ps.find((p) => p.id === this.policy && LEARNED.has(p.type)) ?? ps.find((p) => LEARNED.has(p.type)))?.id ?? '';
  }

  private baseOf(id: string): string {
    const p = this.scenario?.policies.find((x) => x.id === id);
    return p?.type === 'fairness' ? p.base : id;
  }

  /** Opens the inspector on a person (a clicked dot, or the id box). */
  async inspect(person: number, change?: FeatureChange) {
    this.tab = 'person';
    this.person = person;
    await this.updateComplete;
    const view = this.renderRoot.querySelector<FgPersonInspector>('fg-person-inspector');
    const port = this.port?.();
    if (!view || !port?.inspect) return;
    try {
      view.error = '';
      view.explanation = await port.inspect('explain', this.policy || this.learnedPolicy(), person, change ? { attribute: change.attribute, to: change.to } : undefined);
      this.renderRoot.querySelector<HTMLElement>('#explain-heading')?.focus();
    } catch (e) {
      view.error = (e as Error).message;
    }
  }

  protected override async updated(changed: Map<string, unknown>) {
    if (!changed.has('tab') && !changed.has('results') && !changed.has('policy') && !changed.has('attribute')) return;
    const port = this.port?.();
    const ask = port?.inspect?.bind(port);
    if (!ask || !this.results) return;
    const learned = this.learnedPolicy();
    const attribute = this.attribute || this.results.attributes[0]?.id || '';
    try {
      if (this.tab === 'card') {
        const view = this.renderRoot.querySelector<FgModelCard>('fg-model-card');
        if (view) view.card = learned ? await ask('card', learned) : undefined;
        if (view && !learned) view.error = 'No policy of this scenario has a learned model.';
      }
      if (this.tab === 'thresholds' && learned) {
        const view = this.renderRoot.querySelector<FgThresholdPanel>('fg-threshold-panel');
        if (!view) return;
        const base = this.baseOf(learned);
        view.base = base;
        view.strategy = async (s: Strategy) => (await ask('strategy', base, attribute, s)).thresholds;
        view.data = await ask('thresholds', base, attribute);
        view.thresholds = (await ask('strategy', base, attribute, 'single')).thresholds.map((t) => t ?? Infinity);
      }
    } catch {
      // A run replaced the people meanwhile: the next `results` update asks again.
    }
  }

  override render() {
    const learned = this.learnedPolicy();
    return html`
      <h2 id="explain-heading" tabindex="-1">Why? Explanations of ${learned || 'the policies'}</h2>
      <div role="tablist" aria-label="Explanation views">
        ${TABS.map((t) => html`<button type="button" role="tab" id=${`tab-${t.id}`} aria-selected=${this.tab === t.id ? 'true' : 'false'} @click=${() => (this.tab = t.id)}>${t.label}</button>`)}
      </div>
      <div role="tabpanel" aria-labelledby=${`tab-${this.tab}`}>
        ${this.tab === 'person'
          ? html`<form class="ask" @submit=${(e: Event) => { e.preventDefault(); void this.inspect(Number((this.renderRoot.querySelector('#person-id') as HTMLInputElement).value)); }}>
              <label>Person number <input id="person-id" type="number" min="0" .value=${String(this.person)} /></label>
              <button type="submit">Explain</button></form>
              <fg-person-inspector @what-if=${(e: CustomEvent<{ person: number; change: FeatureChange }>) => void this.inspect(e.detail.person, e.detail.change)}></fg-person-inspector>`
          : nothing}
        ${this.tab === 'thresholds' ? html`<fg-threshold-panel @keep-policy=${this.keep}></fg-threshold-panel>` : nothing}
        ${this.tab === 'card' ? html`<fg-model-card></fg-model-card>` : nothing}
        ${this.tab === 'ledger' ? html`<fg-ledger .scenario=${this.scenario} .policy=${learned} .port=${this.port}></fg-ledger>` : nothing}
      </div>`;
  }

  private keep = (e: CustomEvent<{ policy: Record<string, unknown> }>) => {
    const policy = e.detail.policy;
    this.dispatchEvent(new CustomEvent('scenario-edit', { detail: { policy }, bubbles: true, composed: true }));
  };

  /** For tests: the ledger element. */
  get ledger(): FgLedger | null {
    return this.renderRoot.querySelector('fg-ledger');
  }
}
