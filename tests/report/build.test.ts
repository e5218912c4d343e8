import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { scenarioHash } from '../../src/core/results/hash';
import { mustParseScenario } from '../../src/core/scenario';
import { buildReport } from '../../src/report/build';
import { readReportPayload } from '../../src/report/payload';
import type { SignOff } from '../../src/report/sign-off';
import { matchedResults, matchingScenario, twoPolicies } from './fixtures';

const GENERATED = '2026-12-01T10:00:00Z';

function parse(html: string): Document {
  const window = new Window();
  window.document.write(html);
  return window.document as unknown as Document;
}

function report(base: Record<'a' | 'b' | 'c', number>, fixed: Record<'a' | 'b' | 'c', number>, signOff?: SignOff, name?: string) {
  const scenario = matchingScenario(name);
  const html = buildReport({ scenario, results: matchedResults(scenario, twoPolicies(base, fixed)), generated: GENERATED, ...(signOff ? { signOff } : {}) });
  return { scenario, html, doc: parse(html) };
}

const signOffFor = (hash: string): SignOff => ({ reviewer: 'J. Doe', role: 'Ethics board chair', decision: 'approved', conditions: '', date: '2026-12-01', scenarioHash: hash });

describe('buildReport', () => {
  it('flags a constructed fix that levels down, in the summary and the levelling-down table', () => {
    const { doc } = report({ a: 120, b: 39, c: 3 }, { a: 60, b: 39, c: 3 });
    const row = doc.querySelector('table.levelling tr[data-policy="fixed"][data-slice="g"]');
    expect(row?.getAttribute('data-levels-down')).toBe('true');
    expect(row?.textContent).toContain('20.00% → 10.00%');
    expect(doc.querySelector('#summary')?.textContent).toContain("Policy fixed lowers Group A's selection rate without raising Group B's");
  });

  it('does not flag a constructed fix that raises the worst-off group', () => {
    const { doc } = report({ a: 120, b: 39, c: 3 }, { a: 90, b: 58, c: 3 });
    expect(doc.querySelector('table.levelling tr[data-policy="fixed"]')?.getAttribute('data-levels-down')).toBe('false');
    expect(doc.querySelector('#summary')?.textContent).toContain('No levelling down.');
  });

  it('is self-contained: a CSP that forbids fetches, no external reference, no script that runs', () => {
    const { html, doc } = report({ a: 120, b: 39, c: 3 }, { a: 60, b: 39, c: 3 });
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    expect([...doc.querySelectorAll('script')].map((s) => s.getAttribute('type'))).toEqual(['application/json']);
    expect(html).not.toMatch(/\b(src|href)="(?!#)/);
    expect(html).not.toMatch(/url\((?!#)|@import|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });

  it('escapes what comes from the scenario: a hostile name stays text, and the payload reads back intact', () => {
    const name = '</script><img src=x onerror=alert(1)> & "quotes"';
    const { html, doc, scenario } = report({ a: 120, b: 39, c: 3 }, { a: 60, b: 39, c: 3 }, undefined, name);
    expect(doc.querySelectorAll('img')).toHaveLength(0);
    expect(doc.querySelector('h1')?.textContent).toBe(name);
    const read = readReportPayload(html);
    expect(read.ok && mustParseScenario(JSON.parse(read.scenarioText))).toEqual(scenario);
  });

  it('a sign-off round-trips through the file, and the scenario read back has the hash it was signed against', () => {
    const scenario = matchingScenario();
    const signOff = signOffFor(scenarioHash(scenario));
    const { html, doc } = report({ a: 120, b: 39, c: 3 }, { a: 60, b: 39, c: 3 }, signOff);
    const read = readReportPayload(html);
    if (!read.ok) throw new Error(read.problem);
    expect(read.payload.signOff).toEqual(signOff);
    expect(scenarioHash(mustParseScenario(JSON.parse(read.scenarioText)))).toBe(signOff.scenarioHash);
    expect(doc.querySelector('#signed-hash')?.textContent).toBe(signOff.scenarioHash);
    expect(doc.querySelector('.signoff')?.getAttribute('data-current')).toBe('true');
  });

  it('a sign-off given for another scenario says the scenario changed since it was signed', () => {
    const { doc } = report({ a: 120, b: 39, c: 3 }, { a: 60, b: 39, c: 3 }, signOffFor('0123456789abcdef'));
    const block = doc.querySelector('.signoff');
    expect(block?.getAttribute('data-current')).toBe('false');
    expect(block?.textContent).toContain('The scenario changed since it was signed.');
    expect(block?.textContent).toContain('0123456789abcdef');
  });

  it('an unsigned report prints blank sign-off lines', () => {
    const { doc } = report({ a: 120, b: 39, c: 3 }, { a: 60, b: 39, c: 3 });
    expect(doc.querySelector('.signoff')?.getAttribute('data-signed')).toBe('false');
    expect(doc.querySelectorAll('.signoff .blank')).toHaveLength(5);
  });

  it('refuses results of another scenario', () => {
    const scenario = matchingScenario();
    expect(() => buildReport({ scenario, results: twoPolicies({ a: 1, b: 1, c: 1 }, { a: 1, b: 1, c: 1 }), generated: GENERATED })).toThrow(/not of this scenario/);
  });
});

describe('readReportPayload', () => {
  const { html } = report({ a: 120, b: 39, c: 3 }, { a: 60, b: 39, c: 3 });

  it('refuses a sign-off that does not validate, saying why', () => {
    const bad = html.replace(/"scenarioHash": "([0-9a-f]{16})"/, (m) => `${m}, "signOff": { "reviewer": "", "role": "", "decision": "maybe", "conditions": "", "date": "yesterday", "scenarioHash": "x" }`);
    const read = readReportPayload(bad);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.problem).toMatch(/reviewer: the reviewer is missing.*decision: choose a decision.*date: the date must be YYYY-MM-DD/);
  });

  it('refuses HTML that is not a report, a cut-off payload and a newer report version', () => {
    expect(readReportPayload('<!doctype html><p>hello</p>')).toEqual({ ok: false, problem: 'this HTML file is not a Fairground audit report (it has no embedded scenario)' });
    expect(readReportPayload(html.slice(0, html.indexOf('</script>'))).ok).toBe(false);
    const newer = readReportPayload(html.replace('"version": 1', '"version": 9'));
    expect(!newer.ok && newer.problem).toContain('report version 9 is not supported');
  });
});
