/**
 * What-ifs in the built app: excluding a group, dropping a feature and adding a parity constraint
 * each take one action and start exactly one run (counted by the run controller); repeating one
 * that changes nothing, or an editor edit that changes nothing a run depends on, starts none.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { AppSession } from './browser';
import { SCREENSHOTS, drawCount, openApp, waitForDraw, showEditor } from './browser';

let session: AppSession;
let page: Page;

function runsStarted(): Promise<number> {
  return page.evaluate(() => (document.querySelector('fg-app') as unknown as { runs: { runsStarted: number } }).runs.runsStarted);
}

function scenarioOnScreen(): Promise<{ exclude: unknown; policies: { id: string; label?: string; features?: string[] }[] }> {
  return page.evaluate(() => {
    const s = (document.querySelector('fg-app') as unknown as { runs: { resultsScenario: { campaign: { eligibility: { exclude: unknown } }; policies: { id: string; label?: string; features?: string[] }[] } } }).runs.resultsScenario;
    return { exclude: s.campaign.eligibility.exclude, policies: s.policies };
  });
}

/** Does one action, waits for its run to draw, then waits past the debounce for any further run. */
async function oneAction(action: () => Promise<void>): Promise<number> {
  const runs = await runsStarted();
  const draws = await drawCount(page);
  await action();
  await waitForDraw(page, draws);
  await page.waitForTimeout(600);
  expect(await page.evaluate(() => (document.querySelector('fg-app') as unknown as { runs: { status: string } }).runs.status)).toBe('done');
  return (await runsStarted()) - runs;
}

/** The message in the toast. */
function notice(): Promise<string> {
  return page.evaluate(() => (document.querySelector('fg-app') as unknown as { notice: string }).notice);
}

async function noRun(action: () => Promise<void>): Promise<number> {
  const runs = await runsStarted();
  await action();
  await page.waitForTimeout(800);
  return (await runsStarted()) - runs;
}

beforeAll(async () => {
  session = await openApp({ width: 1280, height: 800 });
  page = session.page;
  await waitForDraw(page, 0);
  // The editor tests below edit in the side panel, hidden at first below 1440 px.
  await showEditor(page);
}, 120_000);

afterAll(async () => {
  await session?.close();
});

describe('what-ifs in one step', () => {
  it('excluding a group is one choice in "Exclude a group" and starts exactly one run', async () => {
    const started = await oneAction(() => page.locator('#what-if-exclude').selectOption('age|18-24').then(() => undefined));
    expect(started).toBe(1);
    expect((await scenarioOnScreen()).exclude).toEqual([{ attribute: 'age', in: ['18-24'] }]);
    expect(await notice()).toContain('Excluded 18-24 (Age band)');
  }, 90_000);

  it('dropping a feature is one choice in "Drop a feature" and starts exactly one run', async () => {
    await page.locator('#policy-select').selectOption('delivery');
    const started = await oneAction(() => page.locator('#what-if-drop').selectOption('neighbourhood').then(() => undefined));
    expect(started).toBe(1);
    const delivery = (await scenarioOnScreen()).policies.find((p) => p.id === 'delivery');
    expect(delivery?.features).toEqual(['income', 'education', 'device', 'careerInterest', 'hoursOnline']);
  }, 90_000);

  it('adding a parity constraint is one button press, starts exactly one run and shows the new, named policy', async () => {
    await page.locator('#attribute-select').selectOption('age');
    const started = await oneAction(() => page.locator('#what-if-parity').click());
    expect(started).toBe(1);
    const added = (await scenarioOnScreen()).policies.at(-1);
    expect(added).toMatchObject({ id: 'delivery-parity-age', label: 'Platform delivery (clicks per price) + demographic parity by Age band' });
    await expect(page.locator('#findings-title').textContent()).resolves.toContain('Platform delivery (clicks per price) + demographic parity by Age band');
    await page.screenshot({ path: join(SCREENSHOTS, 'what-if-parity.png') });
  }, 90_000);

  it('once added, the constraint is no longer offered; sent again (as another view may), it starts no run and says why', async () => {
    await page.locator('#policy-select').selectOption('delivery');
    await page.locator('#attribute-select').selectOption('age');
    await expect(page.locator('#what-if-parity').count()).resolves.toBe(0);
    const again = () => page.locator('fg-dashboard').evaluate((d) => {
      d.dispatchEvent(new CustomEvent('fg-what-if', { detail: { kind: 'add-constraint', policy: 'delivery', constraint: 'demographic-parity', attribute: 'age' }, bubbles: true, composed: true }));
    });
    expect(await noRun(again)).toBe(0);
    expect(await notice()).toContain('Nothing to run');
  }, 30_000);

  it('unticking "all it may use" in the editor (the same features, written out) starts no run', async () => {
    const propensity = page.locator('fg-scenario-editor fieldset:has(> legend:text-is("Propensity model"))');
    await page.locator('fg-scenario-editor summary', { hasText: 'Policies' }).scrollIntoViewIfNeeded();
    expect(await noRun(() => propensity.getByLabel('all it may use').uncheck())).toBe(0);
  }, 30_000);

  it('in the editor, unticking one feature of the lookalike model is one action and one run', async () => {
    const lookalike = page.locator('fg-scenario-editor fieldset:has(> legend:text-is("Lookalike of past applicants"))');
    const started = await oneAction(() => lookalike.getByLabel('Device', { exact: true }).uncheck());
    expect(started).toBe(1);
    const policy = (await scenarioOnScreen()).policies.find((p) => p.id === 'lookalike');
    expect(policy?.features).toEqual(['neighbourhood', 'income', 'education', 'careerInterest', 'hoursOnline']);
  }, 90_000);

  it('in the editor, "Add demographic parity by" on a policy card is one choice and one run', async () => {
    const card = page.locator('fg-scenario-editor fieldset:has(> legend:text-is("Lookalike of past applicants"))');
    const started = await oneAction(() => card.locator('.add-constraint select').selectOption('gender').then(() => undefined));
    expect(started).toBe(1);
    expect((await scenarioOnScreen()).policies.at(-1)).toMatchObject({ id: 'lookalike-parity-gender', label: 'Lookalike of past applicants + demographic parity by Gender' });
  }, 90_000);
});
