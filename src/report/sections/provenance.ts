/** Section 2: provenance — engine, scenario name and hash, seed, replicates, date, and the scenario itself. */
import type { Results } from '../../core/results/types';
import type { Scenario } from '../../core/scenario/types';
import { multiplicityMethod } from '../findings';
import { el, type Html } from '../html';

/** How the results made their intervals: their own words when they carry them. */
function intervalWords(results: Results): string {
  const methods = results.intervalMethods;
  const words = methods ? [methods.rates, methods.ratios, results.replicates > 1 ? methods.replicates : undefined].filter((w): w is string => typeof w === 'string') : [];
  return words.length ? words.join('; ') : '95% Wilson intervals for rates; the ratios\' intervals are induced from the selection rate\'s';
}

export function provenanceSection(results: Results, scenario: Scenario, generated: string): Html {
  const rows: [string, Html | string][] = [
    ['Engine', results.engine],
    ['Scenario', results.scenario.name],
    ['Scenario hash', el('code', { class: 'hash', id: 'scenario-hash' }, results.scenario.hash)],
    ['Seed', String(results.seed)],
    ['People (synthetic)', results.populationSize.toLocaleString('en')],
    ['Replicates', String(results.replicates)],
    ['Offer', results.offer === 'risk' ? 'risk: over-targeting is the harm' : 'opportunity: exclusion is the harm'],
    ['Verdict metric and band', `${results.metric}, ${results.band.low}–${results.band.high}`],
    ['Reference group', typeof results.reference === 'string' ? results.reference : Object.entries(results.reference).map(([a, g]) => `${a}: ${g}`).join(', ')],
    ['Intervals', intervalWords(results)],
    ['Multiplicity', multiplicityMethod(results)],
    ['Smallest group judged', `${results.minGroupSize} people (rates need ${results.minCount} in their denominator)`],
    ['Report made', generated],
  ];
  return el('section', { id: 'provenance' },
    el('h2', {}, '2. Provenance'),
    el('p', {}, 'Everything needed to reproduce this report: the same scenario and seed give the same numbers on any machine, with any number of workers, in the browser or on the command line (', el('code', {}, 'fairground report scenario.json'), ').'),
    el('table', { class: 'provenance' }, el('tbody', {}, rows.map(([k, v]) => el('tr', {}, el('th', { scope: 'row' }, k), el('td', {}, v))))),
    el('details', {}, el('summary', {}, 'The scenario as run (JSON)'), el('pre', { class: 'scenario' }, JSON.stringify(scenario, null, 2))),
    el('p', { class: 'note print-only' }, 'The full scenario is embedded in the HTML file of this report.'),
  );
}
