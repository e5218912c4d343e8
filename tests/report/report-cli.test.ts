/**
 * `fairground report` end to end in Node: the report's scenario hash and every number in its tables
 * equal the results.json of `fairground run` on the same scenario (read back out of the HTML); a
 * report re-made from a signed report keeps its sign-off; --pdf without Chromium says so; --results must be of the same scenario; --compare lists what changed.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program';
import type { Results } from '../../src/core/results/types';
import { readReportPayload } from '../../src/report/payload';
import { collectIo } from '../cli/cli-io';
import { checkCells, collectCells } from './read-back';

const dir = mkdtempSync(join(tmpdir(), 'fairground-report-'));
const SCENARIO = 'scenarios/fairness-tradeoff.json';
const ARGS = ['--size', '12000', '--workers', '1'];

function parseHtml(html: string): Document {
  const window = new Window();
  window.document.write(html);
  return window.document as unknown as Document;
}

let results: Results;
let html: string;

beforeAll(async () => {
  const io = collectIo();
  expect(await runCli(['run', SCENARIO, ...ARGS, '--out', join(dir, 'run')], io)).toBe(0);
  results = JSON.parse(readFileSync(join(dir, 'run/results.json'), 'utf8')) as Results;
  const report = collectIo();
  expect(await runCli(['report', SCENARIO, ...ARGS, '--out', join(dir, 'report.html')], report), report.stderr).toBe(0);
  html = readFileSync(join(dir, 'report.html'), 'utf8');
}, 180_000);

describe('fairground report', () => {
  it("the report's scenario hash and every number in its tables equal results.json", () => {
    const doc = parseHtml(html);
    expect(doc.querySelector('#scenario-hash')?.textContent).toBe(results.scenario.hash);
    const payload = readReportPayload(html);
    expect(payload.ok && payload.payload.scenarioHash).toBe(results.scenario.hash);
    const cells = collectCells(doc);
    // 4 policies × (gender 2 + age 3 groups) × (7 LL144 + 9 error-rate numbers) and more: the
    // count guards against a table silently dropping out of the check.
    expect(cells.length).toBeGreaterThan(4 * 5 * 14);
    const fields = new Set(cells.map((c) => c.field));
    for (const f of ['n', 'populationShare', 'reached', 'selectionRate', 'impactRatio', 'unknown', 'tpr', 'tpr.interval', 'fpr', 'precision', 'expectedConversions', 'cost', 'representationRatio'])
      expect(fields, f).toContain(f);
    expect(checkCells(cells, results)).toEqual([]);
  });

  it('with replicates, the replicate spread of each finding also equals results.json', async () => {
    const out = join(dir, 'replicates');
    const io = collectIo();
    expect(await runCli(['run', SCENARIO, '--size', '6000', '--replicates', '2', '--workers', '1', '--out', out], io)).toBe(0);
    expect(await runCli(['report', SCENARIO, '--size', '6000', '--replicates', '2', '--results', join(out, 'results.json'), '--out', join(out, 'report.html')], io), io.stderr).toBe(0);
    const cells = collectCells(parseHtml(readFileSync(join(out, 'report.html'), 'utf8')));
    expect(cells.filter((c) => c.field === 'representationRatio.spread').length).toBeGreaterThan(0);
    expect(checkCells(cells, JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results)).toEqual([]);
  }, 60_000);

  it('the LL144 tables cover every category and the intersection of every policy', () => {
    const doc = parseHtml(html);
    for (const policy of results.policies)
      for (const slice of policy.slices) {
        const table = doc.querySelector(`table.ll144[data-policy="${policy.id}"][data-slice="${slice.attribute}"]`);
        expect(table, `${policy.id} ${slice.attribute}`).not.toBeNull();
        expect(table!.querySelectorAll('tbody tr')).toHaveLength(slice.groups.length);
      }
  });

  it('--pdf with no Chromium says so in one line and exits 1', async () => {
    const io = collectIo();
    expect(await runCli(['report', SCENARIO, '--out', join(dir, 'never.html'), '--pdf', join(dir, 'never.pdf'), '--chromium', join(dir, 'no-such-browser')], io)).toBe(1);
    expect(io.stderr.trim().split('\n')).toHaveLength(1);
    expect(io.stderr).toContain('--pdf needs headless Chromium and none was found');
    expect(existsSync(join(dir, 'never.html'))).toBe(false);
  });

  it('a report made from a signed report keeps the sign-off and shows the hash it was signed against', async () => {
    const signOff = { reviewer: 'R. Reviewer', role: 'Ethics board', decision: 'approved-with-conditions', conditions: 'Re-audit quarterly', date: '2026-12-01', scenarioHash: results.scenario.hash };
    const signed = html.replace(/"scenarioHash": "[0-9a-f]{16}"/, (m) => `${m},\n "signOff": ${JSON.stringify(signOff)}`);
    writeFileSync(join(dir, 'signed.html'), signed);
    const io = collectIo();
    expect(await runCli(['report', join(dir, 'signed.html'), '--results', join(dir, 'run/results.json'), '--out', join(dir, 'again.html')], io), io.stderr).toBe(0);
    expect(io.stdout).toContain(`signed by R. Reviewer against scenario ${results.scenario.hash}`);
    const again = readFileSync(join(dir, 'again.html'), 'utf8');
    const read = readReportPayload(again);
    expect(read.ok && read.payload.signOff).toEqual(signOff);
    const doc = parseHtml(again);
    expect(doc.querySelector('#signed-hash')?.textContent).toBe(results.scenario.hash);
    expect(doc.querySelector('.signoff')?.getAttribute('data-current')).toBe('true');
  }, 60_000);

  it('--results of another scenario is refused', async () => {
    const io = collectIo();
    expect(await runCli(['report', 'scenarios/default.json', '--results', join(dir, 'run/results.json'), '--out', join(dir, 'x.html')], io)).toBe(1);
    expect(io.stderr).toContain(`is of scenario ${results.scenario.hash}, but scenarios/default.json is scenario`);
  });

  it('--compare lists the groups that changed between two runs, within 80 columns', async () => {
    const io = collectIo();
    expect(await runCli(['run', SCENARIO, '--size', '6000', '--workers', '1', '--out', join(dir, 'small')], io)).toBe(0);
    const cmp = collectIo();
    expect(await runCli(['report', '--compare', join(dir, 'run/results.json'), join(dir, 'small/results.json'), '--out', join(dir, 'compare.html')], cmp), cmp.stderr).toBe(0);
    expect(cmp.stdout).toContain('The scenario changed between the runs.');
    expect(cmp.stdout).toMatch(/\nPropensity model\n {2}reached 1,200 → 600, /);
    expect(cmp.stdout).toMatch(/groups? changed\.\n/);
    for (const line of cmp.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
    const same = collectIo();
    expect(await runCli(['report', '--compare', join(dir, 'run/results.json'), join(dir, 'run/results.json')], same)).toBe(0);
    expect(same.stdout).toContain('No group changed.');
    expect(readFileSync(join(dir, 'compare.html'), 'utf8')).toContain('What changed between two runs');
  }, 60_000);
});
