/**
 * The feedback-loop preset in Chromium: a market with learners that retrain and explore every
 * round runs on the app's nested workers (after Run: it is above the interactive budget) and gives
 * results.json byte for byte that of one Node thread — retraining, ε-greedy and Thompson draws
 * included (browser = Node). The rounds charts are drawn for it.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalRunner } from '../../src/core/engine/local-runner';
import { runScenario } from '../../src/core/engine/run';
import { resultsToJson } from '../../src/core/results/json';
import { mustParseScenario } from '../../src/core/scenario';
import { openApp, waitForDraw } from './browser';
import type { AppSession } from './browser';

let app: AppSession;
beforeAll(async () => {
  app = await openApp();
  await waitForDraw(app.page, 0, 120_000);
  await app.page.goto(`${app.server.origin}/#preset=market-feedback-loop`);
  await app.page.reload();
  await app.page.getByRole('button', { name: 'Run', exact: true }).first().click();
  await waitForDraw(app.page, 0, 180_000);
}, 300_000);
afterAll(() => app?.close());

describe('learning over rounds in the app', () => {
  it('gives results.json byte-identical to Node and draws the rounds charts', async () => {
    const { page } = app;
    expect(await page.locator('fg-rounds-ratio-chart').count()).toBeGreaterThan(0);
    expect(await page.locator('fg-rounds-policies-chart').count()).toBe(1);
    await page.locator('header summary', { hasText: 'Export' }).click();
    const [file] = await Promise.all([page.waitForEvent('download'), page.locator('header .menu-items button', { hasText: 'Results (JSON)' }).click()]);
    const browserJson = readFileSync((await file.path())!, 'utf8');
    const scenario = mustParseScenario(await page.evaluate(() => (document.querySelector('fg-app') as unknown as { text: string }).text));
    expect(scenario.market?.learning).toHaveLength(3);
    const { results } = await runScenario(scenario, new LocalRunner(scenario));
    expect(results.rounds?.policies.find((p) => p.policyId === 'explore')?.rounds[1]?.exploration).toBeGreaterThan(0);
    expect(browserJson === resultsToJson(results), 'browser and Node results.json differ').toBe(true);
  }, 180_000);
});
