/**
 * Issue 14 in headless Chromium on the built app: clicking a dot (and choosing one by keyboard)
 * opens the person inspector; dragging a threshold changes the verdicts, and keeping it adds a
 * policy whose verdicts join the overview; the ledger runs, and can be cancelled.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { AppSession } from './browser';
import { SCREENSHOTS, drawCount, openApp, waitForDraw } from './browser';

let session: AppSession;
let page: Page;

const policyCount = () => page.evaluate(() => (document.querySelector('fg-app') as unknown as { runs: { results?: { policies: unknown[] } } }).runs.results?.policies.length ?? 0);

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  session = await openApp();
  page = session.page;
  await waitForDraw(page, 0);
}, 120_000);

afterAll(async () => {
  await session?.close();
});

describe('explanations in the app', () => {
  it('clicking a dot opens the inspector on that person', async () => {
    const dot = page.locator('fg-people-chart circle[data-person]').nth(7);
    const id = await dot.getAttribute('data-person');
    await dot.click();
    await expect.poll(() => page.locator('fg-person-inspector h3').textContent(), { timeout: 20_000 }).toMatch(new RegExp(`^Person ${id} `));
    await expect(page.locator('fg-person-inspector table[aria-label="Contributions to the score"]').isVisible()).resolves.toBe(true);
    await page.locator('fg-explain-views').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'explain-person.png'), fullPage: false });
  }, 60_000);

  it('a dot chosen by keyboard (focus, Enter) opens the inspector too, and a what-if re-scores the person', async () => {
    const dot = page.locator('fg-people-chart circle[data-person]').nth(20);
    const id = await dot.getAttribute('data-person');
    await dot.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('fg-person-inspector h3').textContent(), { timeout: 20_000 }).toMatch(new RegExp(`^Person ${id} `));
    const apply = page.locator('fg-person-inspector button.apply').first();
    if ((await apply.count()) > 0) {
      await apply.click();
      await expect.poll(() => page.locator('fg-person-inspector .what-if').textContent(), { timeout: 20_000 }).toMatch(/What-if/);
    }
  }, 60_000);

  it('dragging a threshold changes the verdicts; keeping it adds a policy to the overview', async () => {
    await page.locator('fg-explain-views [role=tab]', { hasText: 'Thresholds' }).click();
    const slider = page.locator('fg-threshold-panel input[type=range]').first();
    await slider.waitFor({ timeout: 20_000 });
    await expect.poll(() => page.locator('fg-threshold-panel .total-reached').textContent(), { timeout: 20_000 }).not.toBe('0');
    const verdicts = () => page.locator('fg-threshold-panel td.verdict').allTextContents();
    const before = await verdicts();
    const box = (await slider.boundingBox())!;
    // Drag the first group's threshold to the far left: everyone in it is reached.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 1, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();
    await expect.poll(verdicts).not.toEqual(before);
    await page.screenshot({ path: join(SCREENSHOTS, 'explain-thresholds.png') });
    await page.locator('fg-threshold-panel button', { hasText: 'Demographic parity' }).click();
    await expect.poll(verdicts, { timeout: 20_000 }).not.toContain('excluded');
    const n = await policyCount();
    const draws = await drawCount(page);
    await page.locator('fg-threshold-panel button.keep').click();
    await waitForDraw(page, draws);
    expect(await policyCount()).toBe(n + 1);
  }, 90_000);

  it('the model card shows coefficients with standard errors and each group against the truth', async () => {
    await page.locator('fg-explain-views [role=tab]', { hasText: 'Model card' }).click();
    const rows = page.locator('fg-model-card table[aria-label="Coefficients"] tr');
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBeGreaterThan(3);
    await expect(page.locator('fg-model-card table[aria-label="Training data and performance by group"] svg[role=img]').count()).resolves.toBeGreaterThan(1);
    await page.locator('fg-model-card').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'explain-model-card.png') });
  }, 60_000);

  it('the ledger runs, and can be cancelled', async () => {
    await page.locator('fg-explain-views [role=tab]', { hasText: 'Data ledger' }).click();
    const status = page.locator('fg-ledger .ledger-status');
    await page.locator('fg-ledger button.run-ledger').click();
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toMatch(/^running/);
    await page.locator('fg-ledger button.cancel-ledger').click();
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toMatch(/^cancelled/);
    const draws = await drawCount(page);
    await waitForDraw(page, draws - 1);
    await page.locator('fg-ledger button.run-ledger').click();
    await expect.poll(() => status.textContent(), { timeout: 120_000 }).toMatch(/^done/);
    expect(await page.locator('fg-ledger table tr').count()).toBeGreaterThan(3);
    await page.screenshot({ path: join(SCREENSHOTS, 'explain-ledger.png') });
  }, 180_000);
});
