/**
 * Section 8: the sign-off. A signed report shows the scenario hash it was signed against and says
 * so plainly when that is not the scenario of this report; an unsigned one prints blank lines.
 */
import { el, type Html } from '../html';
import { DECISIONS, signedThisScenario, type SignOff } from '../sign-off';

function blank(label: string): Html {
  return el('p', {}, el('strong', {}, `${label}: `), el('span', { class: 'blank' }, ' '));
}

export function signOffSection(scenarioHash: string, signOff: SignOff | undefined): Html {
  if (!signOff)
    return el('section', { id: 'sign-off' },
      el('h2', {}, '8. Sign-off'),
      el('div', { class: 'signoff', 'data-signed': 'false' },
        el('p', {}, 'Not signed. Sign in the app (Audit report), or on paper below, against scenario ', el('code', {}, scenarioHash), '.'),
        ['Reviewer', 'Role', 'Decision', 'Conditions', 'Date'].map(blank)));
  const same = signedThisScenario(signOff, scenarioHash);
  const rows: [string, string | Html][] = [
    ['Reviewer', signOff.reviewer],
    ['Role', signOff.role || '—'],
    ['Decision', DECISIONS[signOff.decision]],
    ['Conditions', signOff.conditions || 'none'],
    ['Date', signOff.date],
    ['Signed against scenario', el('code', { class: 'hash', id: 'signed-hash' }, signOff.scenarioHash)],
  ];
  return el('section', { id: 'sign-off' },
    el('h2', {}, '8. Sign-off'),
    el('div', { class: 'signoff', 'data-signed': 'true', 'data-current': String(same) },
      el('table', {}, el('tbody', {}, rows.map(([k, v]) => el('tr', {}, el('th', { scope: 'row' }, k), el('td', { class: k === 'Conditions' ? 'conditions' : undefined }, v))))),
      same
        ? el('p', { class: 'callout ok' }, 'This sign-off covers the scenario of this report (the hashes match).')
        : el('p', { class: 'callout', role: 'alert' }, el('strong', {}, 'The scenario changed since it was signed. '),
          `The sign-off was given for scenario ${signOff.scenarioHash}; this report is of scenario ${scenarioHash}. It does not cover these results until it is signed again.`)));
}
