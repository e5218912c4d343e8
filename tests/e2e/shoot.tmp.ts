import { openApp, waitForDraw } from './browser';
const [w, h, sel, out, large] = process.argv.slice(2);
const s = await openApp({ width: Number(w), height: Number(h) });
await waitForDraw(s.page, 0);
if (large === '1') await s.page.locator('button', { hasText: 'Large text' }).click();
await s.page.waitForTimeout(500);
if (sel && sel !== '-') {
  await s.page.locator(sel).first().scrollIntoViewIfNeeded();
  await s.page.locator(sel).first().screenshot({ path: out! });
} else await s.page.screenshot({ path: out! });
await s.close();
