/** Section 4: each policy in plain words with its main targeting parameters. */
import type { Scenario } from '../../core/scenario/types';
import { el, type Html } from '../html';
import { mainParameters, policySentence } from '../policy-words';

export function policiesSection(scenario: Scenario): Html {
  return el('section', { id: 'policies' },
    el('h2', {}, '4. The policies'),
    el('p', {}, 'Each policy in plain words, with the main parameters that decided who it reached (the EU Digital Services Act asks that each ad show them).'),
    scenario.policies.map((p) =>
      el('div', { class: 'policy', 'data-policy': p.id },
        el('h3', {}, p.label ?? p.id, ' ', el('span', { class: 'muted' }, `(${p.type})`)),
        el('p', {}, policySentence(p, scenario)),
        p.description ? el('p', { class: 'note' }, p.description) : null,
        el('dl', { class: 'params' }, mainParameters(p, scenario).map(([k, v]) => [el('dt', {}, k), el('dd', {}, v)])),
      ),
    ),
  );
}
