/** The report's section 5a on the BISG fixture: every number read back equals results.inferred. */
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { LocalRunner } from '../../src/core/engine/local-runner';
import { runScenario } from '../../src/core/engine/run';
import { resultsToJson } from '../../src/core/results';
import type { Results } from '../../src/core/results';
import { buildReport } from '../../src/report/build';
import { bisgScenario } from '../inference/bisg-fixture';
import { checkCells, collectCells } from './read-back';

function parse(html: string): Document {
  const window = new Window();
  window.document.write(html);
  return window.document as unknown as Document;
}

describe('report: inferred attributes against the truth', () => {
  it('lists each policy and group with the true, most-likely and posterior ratios, all matching results.json', async () => {
    const s = bisgScenario(20_000);
    const { results } = await runScenario(s, new LocalRunner(s));
    const doc = parse(buildReport({ scenario: s, results, generated: '2026-12-01T10:00:00Z' }));
    const section = doc.querySelector('section#inferred')!;
    expect(section.querySelector('h2')?.textContent).toBe('5a. Inferred attributes against the truth');
    // As results.json holds them (10 significant digits), as the report prints them.
    const written = JSON.parse(resultsToJson(results)) as Results;
    const cells = collectCells(section);
    expect(cells).toHaveLength(2 * 5);
    expect(checkCells(cells, written)).toEqual([]);
    expect(checkCells(collectCells(doc), written)).toEqual([]);
  });

  it('has no such section when nothing is inferred', async () => {
    const s = bisgScenario(2000, { derived: undefined, audit: { attributes: ['race'] } });
    const { results } = await runScenario(s, new LocalRunner(s));
    expect(parse(buildReport({ scenario: s, results, generated: '2026-12-01T10:00:00Z' })).querySelector('section#inferred')).toBeNull();
  });
});
