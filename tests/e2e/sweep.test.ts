/**
 * The sweep panel in headless Chromium: a sweep of the example runs in the Web Workers, can be
 * cancelled, draws the frontier and the metric chart, and its table and both CSV downloads equal
 * what `fairground sweep` writes for the same scenario (byte for byte).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runCli } from '../../src/cli/program';
import { collectIo } from '../cli/cli-io';
import type { AppSession } from './browser';
import { ROOT, SCREENSHOTS, openApp, waitForDraw } from './browser';

const FILE = 'examples/sweeps/budget-small.json';
let session: AppSession;
let page: Page;
const cliOut = mkdtempSync(join(tmpdir(), 'fairground-sweep-e2e-'));

const status = () => page.locator('fg-sweep-panel #sweep-status').innerText();

describe('sweep panel in Chromium', () => {
  beforeAll(async () => {
    const io = collectIo();
    expect(await runCli(['sweep', FILE, '--out', cliOut, '--workers', '1'], io), io.stderr).toBe(0);
    session = await openApp();
    page = session.page;
    await waitForDraw(page, 0);
    const text = readFileSync(join(ROOT, FILE), 'utf8');
    await page.evaluate((t) => (document.querySelector('fg-app') as unknown as { setScenarioText(t: string): void }).setScenarioText(t), text);
    await page.locator('fg-sweep-panel #sweep-text').filter({ hasText: '' }).waitFor();
    await page.waitForFunction(() => (document.querySelector('fg-app')?.shadowRoot?.querySelector('fg-sweep-panel')?.shadowRoot?.querySelector('#sweep-text') as HTMLTextAreaElement | null)?.value.includes('campaign.budget.people'));
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  });

  it('a running sweep can be cancelled, and says how far it got', async () => {
    await page.locator('fg-sweep-panel #sweep-run').click();
    await page.locator('fg-sweep-panel #sweep-cancel').click();
    await expect.poll(status, { timeout: 30_000 }).toMatch(/^Cancelled after \d+ of 10 points$/);
    expect(await page.locator('fg-sweep-frontier-chart').count()).toBe(0);
  });

  it('a sweep runs to the end and draws the frontier: one line per policy and seed, a point per grid point', async () => {
    await page.locator('fg-sweep-panel #sweep-run').click();
    await expect.poll(status, { timeout: 120_000 }).toBe('Done: 10 points');
    const frontier = page.locator('fg-sweep-frontier-chart');
    await frontier.locator('svg').waitFor();
    // 4 policies × 2 seeds, lines following the budget; 10 points × 4 policies
    expect(await frontier.locator('path.series').count()).toBe(8);
    expect(await frontier.locator('circle.point').count()).toBe(40);
    expect(await page.locator('fg-sweep-metric-chart circle.point').count()).toBe(40);
    for (const [tag, name] of [['fg-sweep-frontier-chart', 'sweep-frontier'], ['fg-sweep-metric-chart', 'sweep-metric']] as const) {
      await page.locator(tag).scrollIntoViewIfNeeded();
      await page.locator(tag).screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
    }
  });

  it("the panel's table and CSV downloads equal the CLI's sweep of the same file, byte for byte", async () => {
    const download = async (id: string) => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`fg-sweep-panel #${id}`).click()]);
      return readFileSync((await file.path())!, 'utf8');
    };
    const policies = readFileSync(join(cliOut, 'sweep-policies.csv'), 'utf8');
    expect(await download('sweep-policies-csv')).toBe(policies);
    expect(await download('sweep-csv')).toBe(readFileSync(join(cliOut, 'sweep.csv'), 'utf8'));
    await page.locator('fg-sweep-panel details.table summary').click();
    const table = await page.locator('fg-sweep-panel #sweep-table').evaluate((t: HTMLTableElement) =>
      [...t.rows].map((r) => [...r.cells].map((c) => c.textContent ?? '')));
    const parsed = Papa.parse<string[]>(policies.trim()).data;
    expect(table).toEqual(parsed);
  });
});
