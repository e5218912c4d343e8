/**
 * Issue 14 in headless Chromium on the built app: clicking a dot (and choosing one by keyboard:
 * the dots are one Tab stop, the arrow keys move between them) opens the person inspector, as does
 * a row of the people table; dragging a threshold (pointer and arrow keys) changes the overview's
 * verdicts for that policy live, and keeping it adds the policy to the overview; the ledger runs,
 * can be cancelled, and draws its chart.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { AppSession } from './browser';
import { SCREENSHOTS, drawCount, openApp, waitForDraw } from './browser';
import { axeViolations } from './views';

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

  it('the dots are one Tab stop: Tab reaches it, the arrow keys move between dots, Enter explains', async () => {
    const chart = page.locator('fg-people-chart').first();
    const dots = chart.locator('circle[data-person]');
    expect(await dots.count()).toBeGreaterThan(100);
    expect(await chart.locator('circle[data-person][tabindex="0"]').count()).toBe(1);
    // Shift+Tab from the chart's first export button lands on the dots' one stop (the SVG is before it).
    await chart.locator('button', { hasText: 'Export SVG' }).focus();
    await page.keyboard.press('Shift+Tab');
    const focused = () => page.evaluate(() => {
      let a: Element | null = document.activeElement;
      while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
      return a?.getAttribute('aria-label') ?? '';
    });
    expect(await focused()).toMatch(/^Person \d+, .+, (reached|not reached): explain$/);
    const first = await focused();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    const moved = await focused();
    expect(moved).not.toBe(first);
    expect(await chart.locator('circle[data-person][tabindex="0"]').count()).toBe(1);
    const id = /^Person (\d+)/.exec(moved)![1];
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('fg-person-inspector h3').textContent(), { timeout: 20_000 }).toMatch(new RegExp(`^Person ${id} `));
  }, 60_000);

  it('a row of the people table opens the inspector: by click, and by arrow keys and Enter', async () => {
    const table = page.locator('fg-people-table');
    await table.scrollIntoViewIfNeeded();
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(20);
    await rows.nth(4).click();
    const id4 = await rows.nth(4).getAttribute('data-person');
    await expect.poll(() => page.locator('fg-person-inspector h3').textContent(), { timeout: 20_000 }).toMatch(new RegExp(`^Person ${id4} `));
    await page.screenshot({ path: join(SCREENSHOTS, 'explain-people-table.png') });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const id5 = await rows.nth(5).getAttribute('data-person');
    await expect.poll(() => page.locator('fg-person-inspector h3').textContent(), { timeout: 20_000 }).toMatch(new RegExp(`^Person ${id5} `));
    // Sorted by score, the next page still opens its people.
    await table.locator('button[data-sort="score"]').click();
    await table.locator('button.next').click();
    const id = await rows.first().getAttribute('data-person');
    await rows.first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('fg-person-inspector h3').textContent(), { timeout: 20_000 }).toMatch(new RegExp(`^Person ${id} `));
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

  it('dragging a threshold (pointer, then arrow keys) changes the overview verdicts for that policy; keeping it makes it a policy', async () => {
    await page.locator('fg-explain-views [role=tab]', { hasText: 'Thresholds' }).click();
    const slider = page.locator('fg-threshold-panel input[type=range]').first();
    await slider.waitFor({ timeout: 20_000 });
    await expect.poll(() => page.locator('fg-threshold-panel .total-reached').textContent(), { timeout: 20_000 }).not.toBe('0');
    const unsaved = page.locator('fg-overview tr.unsaved');
    expect(await unsaved.count()).toBe(0);
    const verdicts = () => page.locator('fg-threshold-panel td.verdict').allTextContents();
    // The overview's cells of the policy being edited: the unsaved row's verdict classes and ratios.
    const overviewCells = () => unsaved.locator('td.cell').evaluateAll((tds) => tds.map((td) => `${td.className.split(' ')[1]} ${td.textContent?.replace(/\s+/g, ' ').trim()}`));
    const before = await verdicts();
    const box = (await slider.boundingBox())!;
    // Drag the first group's threshold to the far left: everyone in it is reached.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 1, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();
    await expect.poll(verdicts).not.toEqual(before);
    await expect.poll(() => unsaved.count()).toBe(1);
    // The unsaved row sits under the policy it re-cuts, and differs from it.
    const baseCells = await unsaved.evaluate((tr) => [...(tr.previousElementSibling?.querySelectorAll('td.cell') ?? [])].map((td) => td.className.split(' ')[1]));
    const dragged = await overviewCells();
    expect(dragged.map((c) => c.split(' ')[0])).not.toEqual(baseCells);
    await page.screenshot({ path: join(SCREENSHOTS, 'explain-thresholds.png') });
    // The unsaved row, the threshold panel and the people table pass axe-core.
    expect(await axeViolations(page)).toEqual([]);
    // The arrow keys on the second group's handle: the overview's cells follow.
    await page.locator('fg-threshold-panel input[type=range]').nth(1).focus();
    for (let i = 0; i < 20 && (await overviewCells()).join() === dragged.join(); i++) for (let k = 0; k < 40; k++) await page.keyboard.press('ArrowLeft');
    expect((await overviewCells()).join()).not.toBe(dragged.join());
    await page.locator('fg-threshold-panel button', { hasText: 'Demographic parity' }).click();
    await expect.poll(verdicts, { timeout: 20_000 }).not.toContain('excluded');
    await expect.poll(async () => (await overviewCells()).filter((c) => c.startsWith('excluded')).length).toBe(0);
    const n = await policyCount();
    const draws = await drawCount(page);
    await unsaved.locator('button.keep-unsaved').click();
    await waitForDraw(page, draws);
    expect(await policyCount()).toBe(n + 1);
    expect(await unsaved.count()).toBe(0);
    await expect.poll(() => page.locator('fg-overview tbody th .policy-name').allTextContents()).toContainEqual(expect.stringMatching(/with kept thresholds/));
  }, 120_000);

  it('the model card (reached from the Thresholds tab by the arrow key) shows coefficients with standard errors and each group against the truth', async () => {
    await page.locator('fg-explain-views [role=tab][aria-selected=true]', { hasText: 'Thresholds' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('fg-explain-views [role=tab][aria-selected=true]').textContent()).toBe('Model card');
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
    expect(await page.locator('fg-ledger-chart svg rect.bar').count()).toBeGreaterThan(3);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'explain-ledger.png') });
  }, 180_000);
});
