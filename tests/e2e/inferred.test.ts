/**
 * The inferred-demographics preset in Chromium: the "What the estimate gets wrong" panel shows
 * the selected policy's ratios by the truth and by the estimates, follows the policy selector, and
 * the page has no axe-core violations.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaticServer } from './static-server';
import type { Fresh } from './views';
import { axeViolations, openFresh, serveBuilt, waitForCharts } from './views';

let server: StaticServer;
let session: Fresh | undefined;

beforeAll(async () => {
  server = await serveBuilt();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('inferred-demographics preset', () => {
  it('shows the estimate against the truth for the selected policy, and passes axe-core', async () => {
    session = await openFresh(`${server.origin}/#preset=inferred-demographics&policy=delivery`, { width: 1280, height: 800 });
    const { page } = session;
    await waitForCharts(page);
    const panel = page.locator('fg-dashboard').locator('section.inferred');
    await expect.poll(() => panel.locator('tbody tr').count()).toBe(3);
    expect(await panel.locator('h2').textContent()).toContain('Platform delivery');
    const black = panel.locator('tbody tr').nth(1);
    expect(await black.locator('th').textContent()).toBe('Black');
    expect(await black.locator('td').nth(2).textContent()).toContain('too low');
    await page.locator('fg-dashboard').locator('#policy-select').selectOption('vrs-estimate');
    await expect.poll(() => panel.locator('h2').textContent()).toContain('Variance reduction on estimated race');
    expect(await axeViolations(page)).toEqual([]);
  }, 120_000);
});
