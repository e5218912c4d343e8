import { describe, expect, it } from 'vitest';
import { readScenarioFile } from '../../src/ui/sharing/file-open';
import { fieldsOf, localDate, signOffFromFields } from '../../src/ui/report/sign-off-form';
import { buildReport } from '../../src/report/build';
import type { SignOff } from '../../src/report/sign-off';
import { scenarioHash } from '../../src/core/results/hash';
import { matchedResults, matchingScenario, twoPolicies } from '../report/fixtures';

const OLD: SignOff = { reviewer: 'A. Person', role: 'DPO', decision: 'changes-required', conditions: 'Fix x', date: '2026-11-30', scenarioHash: 'aaaaaaaaaaaaaaaa' };

describe('signOffFromFields', () => {
  it('keeps an existing sign-off, hash and date included, when no field changed', () => {
    const r = signOffFromFields(fieldsOf(OLD, '2026-12-01'), OLD, 'bbbbbbbbbbbbbbbb');
    expect(r).toEqual({ ok: true, signOff: OLD });
  });

  it('signs the scenario on screen when a field changed', () => {
    const r = signOffFromFields({ ...fieldsOf(OLD, '2026-12-01'), conditions: 'Fix x and y' }, OLD, 'bbbbbbbbbbbbbbbb');
    expect(r).toEqual({ ok: true, signOff: { ...OLD, conditions: 'Fix x and y', scenarioHash: 'bbbbbbbbbbbbbbbb' } });
  });

  it('says what is missing from an empty form', () => {
    const r = signOffFromFields(fieldsOf(undefined, '2026-12-01'), undefined, 'bbbbbbbbbbbbbbbb');
    expect(r).toEqual({ ok: false, problems: ['reviewer: the reviewer is missing', 'decision: choose a decision'] });
  });

  it('localDate is YYYY-MM-DD in local time', () => {
    expect(localDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('readScenarioFile with an audit report', () => {
  it('gives back the report\'s scenario and sign-off', async () => {
    const scenario = matchingScenario();
    const signOff = { ...OLD, scenarioHash: scenarioHash(scenario) };
    const html = buildReport({ scenario, results: matchedResults(scenario, twoPolicies({ a: 1, b: 1, c: 1 }, { a: 1, b: 1, c: 1 })), generated: 'now', signOff });
    const r = await readScenarioFile({ name: 'report.html', size: html.length, text: async () => html });
    expect(r.ok && r.report).toBe(true);
    expect(r.ok && r.signOff).toEqual(signOff);
    expect(r.ok && scenarioHash(r.scenario)).toBe(signOff.scenarioHash);
  });

  it('refuses an HTML file that is not a report', async () => {
    const r = await readScenarioFile({ name: 'page.html', size: 30, text: async () => '<!doctype html><p>hi</p>' });
    expect(r).toEqual({ ok: false, fileName: 'page.html', issues: [{ path: '(file)', message: 'this HTML file is not a Fairground audit report (it has no embedded scenario)' }] });
  });
});
