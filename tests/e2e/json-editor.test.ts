/**
 * The JSON view in Chromium: a CodeMirror editor with line numbers and highlighting; a comma
 * deleted with the keyboard is underlined where it is missing; completion and hover help come
 * from the scenario schema; an unknown id suggests the nearest one.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { AppSession } from './browser';
import { SCREENSHOTS, openApp, waitForDraw, showEditor } from './browser';

let session: AppSession;
let page: Page;

type View = { text: string; editor: { state: { doc: { toString(): string } }; dispatch(spec: unknown): void; focus(): void; coordsAtPos(pos: number): { left: number; top: number; bottom: number } | null } };

/** Puts the cursor at offset `pos` of the text (found from `find` plus `offset`). */
async function cursorAt(find: string, offset: number): Promise<void> {
  await page.locator('fg-json-view').evaluate((el, [f, o]) => {
    const v = el as unknown as View;
    const pos = v.editor.state.doc.toString().indexOf(f as string) + (o as number);
    v.editor.dispatch({ selection: { anchor: pos }, scrollIntoView: true });
    v.editor.focus();
  }, [find, offset] as const);
}

function problems(): Promise<string[]> {
  return page.locator('fg-json-view button.issue').allTextContents();
}

beforeAll(async () => {
  session = await openApp({ width: 1280, height: 800 });
  page = session.page;
  await waitForDraw(page, 0);
  await showEditor(page);
  await page.locator('fg-scenario-editor .tabs button', { hasText: 'JSON' }).click();
  // The editor is loaded on demand, as its own chunk.
  await page.locator('fg-json-view .cm-editor').waitFor();
}, 120_000);

afterAll(async () => {
  await session?.close();
});

describe('the JSON editor', () => {
  it('shows line numbers and highlights keys, strings and numbers in different colours', async () => {
    await expect(page.locator('fg-json-view .cm-lineNumbers .cm-gutterElement', { hasText: /^12$/ }).count()).resolves.toBe(1);
    const colours = await page.locator('fg-json-view .cm-content').evaluate((content) => {
      const spans = [...content.querySelectorAll('span')];
      const colourOf = (text: string) => {
        const s = spans.find((x) => x.textContent === text);
        return s ? getComputedStyle(s).color : '';
      };
      return { key: colourOf('"version"'), number: colourOf('1'), string: colourOf('"fairground.scenario"') };
    });
    expect(colours.key).not.toBe('');
    expect(new Set([colours.key, colours.number, colours.string]).size).toBe(3);
  });

  it('a comma deleted with the keyboard is reported and underlined after the value it should follow', async () => {
    await cursorAt('"version": 1,', '"version": 1,'.length);
    await page.keyboard.press('Backspace');
    await expect.poll(problems).toEqual(['(root): not valid JSON: missing comma after this value (line 4, column 14)']);
    await expect(page.locator('fg-json-view .cm-lintRange-error').first().textContent()).resolves.toBe('1');
    await page.screenshot({ path: join(SCREENSHOTS, 'json-missing-comma.png') });
    await page.keyboard.press('Control+z');
    await expect.poll(problems).toEqual([]);
  });

  it('Ctrl+Space completes a key of the audit section from the schema, with its description', async () => {
    await cursorAt('"audit": {', '"audit": {'.length);
    await page.keyboard.press('Enter');
    await page.keyboard.type('"me');
    await page.keyboard.press('Control+Space');
    const option = page.locator('fg-json-view .cm-tooltip-autocomplete li', { hasText: 'metric' });
    await option.waitFor({ timeout: 5000 });
    await expect(option.count()).resolves.toBe(1);
    await page.screenshot({ path: join(SCREENSHOTS, 'json-completion.png') });
    await page.keyboard.press('Enter');
    const text = await page.locator('fg-json-view').evaluate((el) => (el as unknown as View).editor.state.doc.toString());
    expect(text).toMatch(/"audit": \{\n\s*"metric": /);
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
  });

  it('hovering a key shows what it means, read from the schema', async () => {
    const box = await page.locator('fg-json-view').evaluate((el) => {
      const v = el as unknown as View;
      const pos = v.editor.state.doc.toString().indexOf('"offer"') + 3;
      v.editor.dispatch({ scrollIntoView: true, selection: { anchor: pos } });
      return v.editor.coordsAtPos(pos);
    });
    expect(box).not.toBeNull();
    await page.mouse.move(box!.left + 2, (box!.top + box!.bottom) / 2);
    const hover = page.locator('fg-json-view .fg-hover');
    await hover.waitFor({ timeout: 5000 });
    await expect(hover.textContent()).resolves.toContain('exclusion is the harm');
    await page.screenshot({ path: join(SCREENSHOTS, 'json-hover.png') });
  });

  it('an unknown policy id suggests the nearest valid one', async () => {
    const text = await page.locator('fg-json-view').evaluate((el) => (el as unknown as View).editor.state.doc.toString());
    await page.locator('fg-json-view').evaluate((el, t) => (el as unknown as { typeText(text: string): void }).typeText(t), text.replace('"base": "delivery"', '"base": "delivry"'));
    await expect.poll(problems).toEqual(['policies[5].base: unknown policy "delivry"; did you mean "delivery"?']);
    const underline = page.locator('fg-json-view .cm-lintRange-error').first();
    await expect(underline.textContent()).resolves.toBe('"base": "delivry"');
    // The suggestion is one click away: hover the underline, press "Use "delivery"".
    await underline.scrollIntoViewIfNeeded();
    await underline.hover();
    const fix = page.locator('fg-json-view .cm-diagnosticAction', { hasText: 'Use "delivery"' });
    await fix.waitFor({ timeout: 5000 });
    await page.screenshot({ path: join(SCREENSHOTS, 'json-did-you-mean.png') });
    await fix.click();
    await expect.poll(problems).toEqual([]);
  });

  it('Tab indents inside the editor; Escape then Tab leaves it (no keyboard trap)', async () => {
    await cursorAt('"version": 1,', 0);
    const inEditor = () => page.evaluate(() => {
      let a: Element | null = document.activeElement;
      while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
      return a?.classList.contains('cm-content') ?? false;
    });
    expect(await inEditor()).toBe(true);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    expect(await inEditor()).toBe(false);
  });
});
