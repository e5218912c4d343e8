/**
 * Must show (issue 13): a new policy type from one new file (click-model.ts) plus one line in the
 * index, end to end through the shipped path: the command line is built (esbuild, as
 * scripts/build-cli.mjs does) with that line in src/core/policies/types/index.ts, then validates a
 * scenario with the new type and runs it on 1 and 2 Node worker threads.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Plugin } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLICY_TYPES } from '../../src/core/policies/types/catalogue';
import type { Results } from '../../src/core/results/types';
import { INDEX_FILE, indexWithClickModel } from './with-click-model';
import { bundleCli } from '../../scripts/cli-bundle.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// Inside the repository, beside the shipped dist-cli/.
const WORK = join(ROOT, 'node_modules', '.cache', `fairground-new-type-${process.pid}`);
const CLI = join(WORK, 'cli', 'fairground.mjs');
const SCENARIO = join(WORK, 'click-model.json');
const run = promisify(execFile);

/** The command line as scripts/build-cli.mjs bundles it (without code caches: it runs from the source). */
async function buildCli(): Promise<void> {
  // The developer's edit: the index with the click-model line.
  const index: Plugin = {
    name: 'index-with-click-model',
    setup: (b) => b.onLoad({ filter: /policies[\\/]types[\\/]index\.ts$/ }, (args) => (args.path === INDEX_FILE ? { contents: indexWithClickModel(), loader: 'ts' } : undefined)),
  };
  await bundleCli(ROOT, join(WORK, 'cli'), [index]);
}

function scenarioWithClickModel(): string {
  const s = JSON.parse(readFileSync(join(ROOT, 'scenarios/default.json'), 'utf8')) as { policies: unknown[]; claims?: unknown };
  s.policies.push({ id: 'clicks', label: 'Clicks, whatever the price', type: 'click-model' });
  s.policies.push({ id: 'clicks-parity', type: 'fairness', base: 'clicks', constraint: 'demographic-parity', attribute: 'gender' });
  return JSON.stringify(s);
}

beforeAll(async () => {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  writeFileSync(SCENARIO, scenarioWithClickModel());
  await buildCli();
}, 120_000);
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

describe('a new policy type from one file and one index line', () => {
  it('is not in the shipped app: the shipped CLI rejects it, naming the type', async () => {
    expect(POLICY_TYPES).not.toContain('click-model');
    const shipped = run(process.execPath, [join(ROOT, 'dist-cli/fairground.mjs'), 'validate', SCENARIO]);
    await expect(shipped).rejects.toMatchObject({ code: 1, stdout: expect.stringContaining('(got "click-model")') });
  });

  it('validates with the line in the index', async () => {
    const { stdout } = await run(process.execPath, [CLI, 'validate', SCENARIO]);
    expect(stdout).toMatch(/^OK .*, 8 policies,/);
  });

  // 70,000 people are three chunks of 32,768: two threads share them.
  it('runs on 1 and 2 worker threads with byte-identical results.json, its model and its consent rule in the results', async () => {
    const texts: string[] = [];
    for (const workers of [1, 2]) {
      const out = join(WORK, `out-${workers}`);
      await run(process.execPath, [CLI, 'run', SCENARIO, '--size', '70000', '--workers', String(workers), '--out', out]);
      texts.push(readFileSync(join(out, 'results.json'), 'utf8'));
    }
    expect(texts[1]).toBe(texts[0]);
    const results = JSON.parse(texts[0]!) as Results;
    const clicks = results.policies.find((p) => p.id === 'clicks');
    const delivery = results.policies.find((p) => p.id === 'delivery');
    expect(clicks?.type).toBe('click-model');
    expect(clicks?.model?.target).toBe('click');
    expect(clicks?.totals.reached).toBe(delivery?.totals.reached);
    // It uses personal data: only consenting people are candidates, as for delivery.
    expect(clicks?.candidates).toBe(delivery?.candidates);
    expect(clicks?.candidates).toBeLessThan(clicks?.totals.eligible ?? 0);
    // Wrapped by a fairness constraint, which reuses its model.
    expect(results.policies.find((p) => p.id === 'clicks-parity')?.model).toEqual(clicks?.model);
  }, 120_000);
});
