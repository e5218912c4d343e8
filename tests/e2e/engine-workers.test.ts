/**
 * The browser engine's threads, seen from Chromium (playwright lists nested workers too): the
 * page runs no engine code; one coordinator worker, whose nested chunk workers are started (and
 * warmed up) after the first small run and kept warm between large runs; Cancel terminates the
 * coordinator and every nested worker with it, and the next run starts afresh.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import type { AppSession } from './browser';
import { LocalRunner } from '../../src/core/engine/local-runner';
import { runScenario } from '../../src/core/engine/run';
import { resultsToJson } from '../../src/core/results/json';
import { mustParseScenario } from '../../src/core/scenario';
import { ROOT, drawCount, openApp, runStatus, shownPopulation, waitForDraw } from './browser';

let session: AppSession;
let page: Page;

// Workers start from blob: URLs (they inherit the page's CSP), so they are told apart by name.
const kinds = () =>
  Promise.all(
    page.workers().map((w) =>
      w.evaluate(() => self.name).then(
        (name) => (name === 'fairground-coordinator' ? 'coordinator' : name === 'fairground-engine' ? 'chunk' : name),
        () => 'gone',
      ),
    ),
  );

async function runAt(size: number, cancelAfterMs?: number): Promise<void> {
  const input = page.locator('fg-run-controls #size');
  await input.fill(String(size));
  await input.press('Enter');
  const before = await drawCount(page);
  await page.locator('fg-run-controls #run').click();
  if (cancelAfterMs === undefined) return waitForDraw(page, before, 120_000);
  await page.waitForTimeout(cancelAfterMs);
  await page.locator('fg-run-controls #cancel').click();
}

beforeAll(async () => {
  session = await openApp();
  page = session.page;
  await waitForDraw(page, 0, 120_000);
});

afterAll(async () => {
  await session?.close();
});

describe('the browser engine threads', () => {
  it('the page bundle holds no engine code: the policy, model and selection code is only in the worker bundles', () => {
    const assets = join(ROOT, 'dist/assets');
    const text = (prefix: string) => readdirSync(assets).filter((f) => f.startsWith(prefix) && f.endsWith('.js')).map((f) => readFileSync(join(assets, f), 'utf8')).join('');
    // A message of the model step (policies/fit-model.ts) and one of the chunk tasks.
    for (const marker of ['The model fit did not converge', 'has no people yet: run the generate task first']) {
      expect(text('index-').includes(marker), marker).toBe(false);
      expect(text('coordinator.worker-').includes(marker), marker).toBe(true);
    }
  });

  it('has one coordinator worker, whose chunk workers start and warm up a second after the first run', async () => {
    const chunkWorkers = await page.evaluate(() => (document.querySelector('fg-app') as unknown as { workerCount: number }).workerCount);
    expect((await kinds()).filter((k) => k === 'coordinator')).toHaveLength(1);
    await expect.poll(async () => (await kinds()).sort(), { timeout: 10_000 }).toEqual(['coordinator', ...Array<string>(chunkWorkers).fill('chunk')].sort());
  });

  it('runs 1,000,000 people on nested chunk workers and keeps them warm for the next run', async () => {
    const chunkWorkers = await page.evaluate(() => (document.querySelector('fg-app') as unknown as { workerCount: number }).workerCount);
    await runAt(1_000_000);
    expect((await kinds()).sort()).toEqual(['coordinator', ...Array<string>(chunkWorkers).fill('chunk')].sort());
    const first = new Set<Worker>(page.workers());
    await runAt(999_000);
    expect(await shownPopulation(page)).toBe(999_000);
    expect(page.workers().every((w) => first.has(w))).toBe(true);
    // Split over nested workers in Chromium, the results are byte for byte those of one Node thread.
    await page.locator('header summary', { hasText: 'Export' }).click();
    const [file] = await Promise.all([page.waitForEvent('download'), page.locator('header .menu-items button', { hasText: 'Results (JSON)' }).click()]);
    const browserJson = readFileSync((await file.path())!, 'utf8');
    const scenario = mustParseScenario(await page.evaluate(() => (document.querySelector('fg-app') as unknown as { text: string }).text));
    expect(scenario.population.size).toBe(999_000);
    const { results } = await runScenario(scenario, new LocalRunner(scenario));
    expect(browserJson === resultsToJson(results), 'browser and Node results.json differ').toBe(true);
  }, 120_000);

  it('Cancel terminates the coordinator and its nested workers at once; the next run starts a fresh coordinator', async () => {
    const before = new Set<Worker>(page.workers());
    await runAt(1_000_000, 300);
    await expect.poll(() => runStatus(page), { timeout: 5_000 }).toBe('cancelled');
    await expect.poll(() => page.workers().length, { timeout: 5_000 }).toBe(0);
    await runAt(100_000);
    expect((await kinds()).filter((k) => k === 'coordinator')).toHaveLength(1);
    expect(page.workers().some((w) => before.has(w))).toBe(false);
  });
});
