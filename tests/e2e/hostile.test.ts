/**
 * Hostile-but-valid share links in the built app: each is refused (with the message of its cap),
 * or confirmed (a run above the interactive budget waits for Run, a prototype-named category runs),
 * right after the page opens, with the page's JS heap well under 200 MB. The time from navigation
 * to the answer and the heap are written to tests/e2e/screenshots/hostile-figures.json (tests do
 * not assert wall-clock times; the figures are for the record).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession } from 'playwright-core';
import { scenarioToLink } from '../../src/core/scenario/share';
import { groupBomb, overflowingScenarios, tenMillionPeople, toStringTableRowMissing, valueOfCategory } from '../hostile/hostile-scenarios';
import type { AppSession } from './browser';
import { SCREENSHOTS, openApp, waitForDraw } from './browser';

let session: AppSession;
let cdp: CDPSession;
const figures: Record<string, { ms: number; heapMB: number }> = {};

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  session = await openApp();
  cdp = await session.context.newCDPSession(session.page);
  await cdp.send('Performance.enable');
}, 120_000);

afterAll(async () => {
  writeFileSync(join(SCREENSHOTS, 'hostile-figures.json'), `${JSON.stringify(figures, null, 2)}\n`);
  await session?.close();
});

type AppState = { notice: string; runs: { status: string; awaiting?: { people: number }; results?: { populationSize: number } } };

/** Opens the app on `link` (a fresh document) and waits until `settled` holds; returns ms since navigation. */
async function openLink(name: string, doc: unknown, settled: 'refused' | 'waiting' | 'done'): Promise<number> {
  const { page } = session;
  await page.goto('about:blank');
  await page.goto(`${session.server.origin}/${scenarioToLink(doc as never)}`);
  const handle = await page.waitForFunction(
    (check) => {
      // The page's CSP forbids evaluating strings, so the condition is named, not passed as code.
      const app = document.querySelector('fg-app') as unknown as AppState | null;
      const ok = check === 'refused' ? app?.notice.includes('could not be opened') : check === 'waiting' ? app?.runs.awaiting !== undefined : app?.runs.status === 'done';
      return ok ? performance.now() : false;
    },
    settled,
    { timeout: 30_000, polling: 10 },
  );
  const ms = (await handle.jsonValue()) as number;
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Infinity;
  figures[name] = { ms: Math.round(ms), heapMB: Math.round((heap / 2 ** 20) * 10) / 10 };
  await page.screenshot({ path: join(SCREENSHOTS, `hostile-${name}.png`) });
  return ms;
}

const notice = () => session.page.evaluate(() => (document.querySelector('fg-app') as unknown as AppState).notice);

describe('hostile share links in the built app', () => {
  it('a link with a 64 × 64 × 64 intersection in 16 slices is refused with the group count', async () => {
    await openLink('group-bomb', groupBomb(), 'refused');
    expect(await notice()).toContain('The link could not be opened (audit.intersections[0]: 262,144 groups (64 × 64 × 64); at most 4,096 groups in one slice;');
    expect(figures['group-bomb']!.heapMB).toBeLessThan(200);
  });

  it('a link whose table misses the row of a category called toString is refused', async () => {
    await openLink('to-string', toStringTableRowMissing(), 'refused');
    expect(await notice()).toContain('population.attributes[1].table: is missing 1 parent combination(s): "toString"');
  });

  it.each(overflowingScenarios().map((o, i) => ({ ...o, i })))('a link with $name is refused', async ({ scenario, i }) => {
    await openLink(`overflow-${i}`, scenario, 'refused');
    expect(await notice()).toMatch(/could not be opened \((population|behaviour)\.[^:]+: must be at (least|most) /);
    expect(figures[`overflow-${i}`]!.heapMB).toBeLessThan(200);
  });

  it('a link of ten million people opens and waits for Run, showing its estimate', async () => {
    await openLink('ten-million', tenMillionPeople(), 'waiting');
    const text = await session.page.locator('fg-run-controls .confirm').textContent();
    expect(text?.replace(/\s+/g, ' ')).toContain('Large run, not started: 10,000,000 people × 4 passes');
    expect(await session.page.evaluate(() => (document.querySelector('fg-app') as unknown as AppState).runs.status)).not.toBe('running');
    expect(figures['ten-million']!.heapMB).toBeLessThan(200);
  });

  it('a link with a category called valueOf runs to finite results', async () => {
    await openLink('value-of', valueOfCategory(), 'done');
    await waitForDraw(session.page, 0);
    const cost = await session.page.evaluate(() => {
      const r = (document.querySelector('fg-app') as unknown as { runs: { results: { policies: { slices: { groups: { group: string; cost: number }[] }[] }[] } } }).runs.results;
      return r.policies[0]!.slices[0]!.groups.find((g) => g.group === 'valueOf')!.cost;
    });
    expect(Number.isFinite(cost) && cost > 0).toBe(true);
    expect(figures['value-of']!.heapMB).toBeLessThan(200);
  });
});
