/**
 * Chart exports stand alone: the SVG and PNG a user downloads carry the chart's finding, the
 * scenario, the policy, the attribute, the metric and the scenario hash.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { AppSession } from './browser';
import { openApp, waitForDraw } from './browser';

let session: AppSession;
let page: Page;

async function download(click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { name: file.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

beforeAll(async () => {
  session = await openApp({ width: 1280, height: 800 });
  page = session.page;
  await waitForDraw(page, 0);
  // The app opens on the policy that leaves out a group most; these exports are of the baseline.
  await page.locator('#policy-select').selectOption('random');
  await page.locator('#attribute-select').selectOption('gender');
}, 120_000);

afterAll(async () => {
  await session?.close();
});

describe('chart exports', () => {
  it('the disparity chart’s SVG carries its finding, the scenario, policy, attribute, metric and scenario hash', async () => {
    const results = await page.evaluate(() => (document.querySelector('fg-app') as unknown as { runs: { results: { scenario: { name: string; hash: string } } } }).runs.results.scenario);
    const title = await page.locator('fg-disparity-chart h3').first().textContent();
    const svg = await download(() => page.getByRole('button', { name: 'Export SVG of Disparity per group' }).first().click());
    const text = svg.bytes.toString('utf8');
    expect(svg.name).toBe('disparity-random-gender.svg');
    expect(text).toContain('DISPARITY PER GROUP');
    for (const part of [`Scenario: ${results.name}`, 'Policy: Random (baseline)', 'Attribute: Gender', 'Metric: representation ratio', `Scenario hash ${results.hash}`])
      expect(text, part).toContain(part);
    // The finding, as on screen (wrapped over lines in the file).
    const words = [...text.matchAll(/font-weight="bold" fill="#1f2328">([^<]*)</g)].map((m) => m[1]).join(' ');
    expect(words).toBe(title?.trim());
  });

  it('the PNG of the error-rates chart is drawn at twice the size of the whole standalone picture', async () => {
    const size = await page.locator('fg-error-rates-chart .plot svg').first().evaluate((svg) => ({ width: Number(svg.getAttribute('width')), height: Number(svg.getAttribute('height')) }));
    const png = await download(() => page.getByRole('button', { name: 'Export PNG of Error rates per group' }).first().click());
    expect(png.bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
    const width = png.bytes.readUInt32BE(16);
    const height = png.bytes.readUInt32BE(20);
    expect(width).toBe(Math.round(size.width * 2));
    // The heading above and the context below add at least 80 units to the chart's height.
    expect(height).toBeGreaterThan((size.height + 80) * 2);
  });
});
