/**
 * `fairground report --pdf`: the PDF that headless Chromium prints has the report's tables as text
 * (read with poppler's pdftotext): the section titles, the scenario hash, and a row of a Local Law
 * 144 table with its numbers from results.json. Its pages were also looked at as images
 * (pdftoppm -png) while building the report.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program';
import type { Results } from '../../src/core/results/types';
import { collectIo } from '../cli/cli-io';
import { chromiumPath } from '../e2e/chromium';

const dir = mkdtempSync(join(tmpdir(), 'fairground-report-pdf-'));
const SCENARIO = 'scenarios/fairness-tradeoff.json';
const ARGS = ['--size', '12000', '--workers', '1'];

let results: Results;

beforeAll(async () => {
  const io = collectIo();
  expect(await runCli(['run', SCENARIO, ...ARGS, '--out', join(dir, 'run')], io)).toBe(0);
  results = JSON.parse(readFileSync(join(dir, 'run/results.json'), 'utf8')) as Results;
  const report = collectIo();
  const args = ['report', SCENARIO, '--results', join(dir, 'run/results.json'), ...ARGS, '--out', join(dir, 'report.html'), '--pdf', join(dir, 'report.pdf'), '--chromium', chromiumPath()];
  expect(await runCli(args, report), report.stderr).toBe(0);
  expect(report.stdout).toContain(`Wrote ${join(dir, 'report.pdf')} (printed by ${chromiumPath()})`);
}, 180_000);

describe('fairground report --pdf', () => {
  it('the PDF printed by headless Chromium has the tables as text', () => {
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'report.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('1. Summary of findings');
    expect(text).toContain('8. Sign-off');
    expect(text).toContain(results.scenario.hash);
    // A row of the LL144 table of the parity policy for women: label, people, share, reached, rate, ratio.
    const parity = results.policies.find((p) => p.id === 'parity')!;
    const women = parity.slices.find((s) => s.attribute === 'gender')!.groups.find((g) => g.group === 'f')!;
    const row = new RegExp(`Women(?: \\(highest\\))?\\s+${women.n.toLocaleString('en')}\\s+${((women.populationShare ?? 0) * 100).toFixed(1)}%\\s+${women.reached.toLocaleString('en')}\\s+${((women.selectionRate ?? 0) * 100).toFixed(2)}%`);
    expect(text).toMatch(row);
    expect(text).toContain('Propensity + demographic parity: selection rate and impact ratio by Gender');
    expect(text).toContain('Propensity + demographic parity: error rates by Gender');
    expect(text).toMatch(/Levelling-down check/);
  });

});
