/**
 * A market preset in Chromium: it runs on the app's nested workers, every existing view shows the
 * people reached at least once, and results.json is byte for byte that of one Node thread
 * (browser = Node for the rounds loop too). The app makes no network requests.
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
  await app.page.goto(`${app.server.origin}/#preset=market-budget-effect`);
  await app.page.reload();
  await waitForDraw(app.page, 0, 120_000);
}, 240_000);
afterAll(() => app?.close());

describe('a market preset in the app', () => {
  it('gives results.json byte-identical to Node, with the rounds, and requests nothing outside the app', async () => {
    const { page } = app;
    await page.locator('header summary', { hasText: 'Export' }).click();
    const [file] = await Promise.all([page.waitForEvent('download'), page.locator('header .menu-items button', { hasText: 'Results (JSON)' }).click()]);
    const browserJson = readFileSync((await file.path())!, 'utf8');
    const scenario = mustParseScenario(await page.evaluate(() => (document.querySelector('fg-app') as unknown as { text: string }).text));
    expect(scenario.market?.rounds).toBe(7);
    const { results } = await runScenario(scenario, new LocalRunner(scenario));
    expect(results.rounds?.policies).toHaveLength(2);
    expect(browserJson === resultsToJson(results), 'browser and Node results.json differ').toBe(true);
    expect(app.requests.filter((u) => /^(https?|wss?):/.test(u) && !u.startsWith(app.server.origin))).toEqual([]);
  }, 120_000);
});
