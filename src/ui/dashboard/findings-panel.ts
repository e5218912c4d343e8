/** The findings summary: the selected policy's totals and its worst groups with their verdicts. */
import { html, nothing } from 'lit';
import type { Results } from '../../core/results/types';
import { findPolicy, judgedCount, methodSentence, metricWords, policyFindings, uncertainCount, uncertainLeanings, type Finding } from './findings';

const SHOWN = 5;

function fmt(n: number | null, digits = 0): string {
  return n === null || !Number.isFinite(n) ? 'n/a' : n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

export function renderFindings(results: Results, policyId: string | undefined) {
  const policy = findPolicy(results, policyId);
  if (!policy) return nothing;
  const found = policyFindings(results, policy.id);
  const judged = judgedCount(results, policy.id);
  const noisy = uncertainCount(results, policy.id);
  const lean = uncertainLeanings(results, policy.id);
  const noise = noisy
    ? html` <span class="noise">${noisy} ${noisy === 1 ? 'is' : 'are'} uncertain: the 95% interval crosses a band edge (${lean.low} leaning low, ${lean.high} leaning high).</span>`
    : nothing;
  const t = policy.totals;
  const metric = metricWords(results.metric);
  return html`<section class="findings" aria-labelledby="findings-title">
    <div class="findings-head">
      <h2 id="findings-title">Findings · ${policy.label}</h2>
      <dl class="totals">
        <div><dt>Reached</dt><dd>${fmt(t.reached)}</dd></div>
        <div><dt>Expected conversions</dt><dd>${fmt(t.expectedConversions, 0)}</dd></div>
        <div><dt>Cost</dt><dd>${fmt(t.cost, 0)}</dd></div>
        <div><dt>Cost per conversion</dt><dd>${fmt(t.costPerConversion, 2)}</dd></div>
      </dl>
    </div>
    ${found.length === 0
      ? noisy
        ? html`<p class="all-within">None of the ${judged} judged groups is clearly outside ${results.band.low}–${results.band.high}× of a fair share (${metric}).${noise}</p>`
        : html`<p class="all-within"><span class="chip within">within</span> All ${judged} judged groups are within ${results.band.low}–${results.band.high}× of a fair share (${metric}).</p>`
      : html`<p class="summary-line">${found.length} of ${judged} judged groups fall clearly outside ${results.band.low}–${results.band.high}× (${metric}).${noise} Worst first:</p>
          <ol class="worst">
            ${found.slice(0, SHOWN).map((f) => html`<li>
              <span class="chip ${f.verdict}">${f.verdict}</span>
              <span class="group">${f.groupLabel}${f.unseen ? html` <span class="unseen" title="no training row had this group: the model scores them as its first category">model never met this group</span>` : nothing}</span>
              <span class="slice">${f.sliceLabel}</span>
              <span class="ratio" title=${ratioTitle(f)}>${f.ratio.toFixed(2)}×${intervalText(f)}</span>
              ${f.harm ? html`<span class="harm" title="the harm this offer can do">harm</span>` : nothing}
            </li>`)}
          </ol>
          ${found.length > SHOWN ? html`<p class="more">and ${found.length - SHOWN} more (see the charts).</p>` : nothing}`}
    <p class="method">${methodSentence(results, policy.id)}</p>
  </section>`;
}

/** " [0.27–0.35]" (the method line under the list says what kind of interval). */
function intervalText(f: Finding): string {
  return f.interval ? ` [${f.interval[0].toFixed(2)}–${f.interval[1].toFixed(2)}]` : '';
}

function ratioTitle(f: Finding): string {
  return f.intervalKind === 'replicates'
    ? `mean over ${f.replicates} replicates, with its 95% t-interval`
    : '95% Katz log interval';
}
