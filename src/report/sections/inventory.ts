/** Section 3: the data inventory — the data-minimisation record. */
import type { Scenario } from '../../core/scenario/types';
import { table, textCell } from '../cells';
import { el, type Html } from '../html';
import { consentWords, historyWords, inventoryRows, protectedAttributes } from '../inventory';
import { attributeName } from '../policy-words';

export function inventorySection(scenario: Scenario): Html {
  const names = (ids: readonly string[]) => ids.map((id) => attributeName(scenario, id)).join(', ') || '—';
  const prot = protectedAttributes(scenario);
  const rows = inventoryRows(scenario).map((r) =>
    el('tr', { 'data-policy': r.policy.id },
      textCell(r.policy.label ?? r.policy.id), textCell(names(r.used)), textCell(names(r.protectedUsed)), textCell(names(r.protectedWithheld)), textCell(r.consent), textCell(r.training)),
  );
  return el('section', { id: 'inventory' },
    el('h2', {}, '3. Data inventory'),
    el('p', {}, `The synthetic people have ${scenario.population.attributes.length} attributes; protected: ${names(prot)}. The audit slices by the protected ones; models may use them only when a policy says so.`),
    table('What each policy used and withheld', ['Policy', 'Attributes used', 'Protected attributes used', 'Protected attributes withheld', 'Who it may select', 'Trained on'], rows, { class: 'inventory' }),
    el('h3', {}, 'Consent'), el('p', {}, consentWords(scenario)),
    el('h3', {}, 'History'), el('p', {}, historyWords(scenario)),
    el('p', { class: 'note' }, 'A protected attribute a model does not see can still be reached through a proxy (an attribute that depends on it); the impact-ratio tables below measure the outcome, not the intent.'),
  );
}
