// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../src/ui/app/register';
import type { FgToast } from '../../src/ui/app/toast';
import { TOAST_DURATION_MS } from '../../src/ui/app/toast';
import { AUTOSAVE_KEY } from '../../src/ui/sharing/autosave';
import { DEFAULT_SCENARIO_TEXT } from '../../src/ui/app/app';
import { standInResults } from './stand-in-results';

async function toast(message: string): Promise<{ element: FgToast; dismissals: number[] }> {
  const element = document.createElement('fg-toast');
  const dismissals: number[] = [];
  element.addEventListener('toast-dismiss', () => dismissals.push(Date.now()));
  element.message = message;
  document.body.append(element);
  await element.updateComplete;
  return { element, dismissals };
}

const shown = (t: FgToast) => t.shadowRoot!.querySelector('.toast .text')?.textContent ?? null;
const live = (t: FgToast) => t.shadowRoot!.querySelector('[aria-live=polite]')?.textContent?.trim();

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
  localStorage.clear();
});

describe('fg-toast', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  it('shows its message, announces it in a polite live region, and goes away by itself after about 6 s', async () => {
    expect(TOAST_DURATION_MS).toBe(6000);
    const { element, dismissals } = await toast('Saved fixture.json.');
    expect(shown(element)).toBe('Saved fixture.json.');
    expect(live(element)).toBe('Saved fixture.json.');
    vi.advanceTimersByTime(5999);
    await element.updateComplete;
    expect(shown(element)).toBe('Saved fixture.json.');
    vi.advanceTimersByTime(1);
    await element.updateComplete;
    expect(shown(element)).toBeNull();
    expect(live(element)).toBe('');
    expect(dismissals).toHaveLength(1);
  });

  it('goes away on Escape and on its close button', async () => {
    const { element, dismissals } = await toast('Restored your last scenario.');
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    await element.updateComplete;
    expect(shown(element)).toBeNull();
    element.serial++;
    await element.updateComplete;
    expect(shown(element)).toBe('Restored your last scenario.');
    const close = element.shadowRoot!.querySelector<HTMLButtonElement>('button')!;
    expect(close.getAttribute('aria-label')).toBe('Dismiss this message');
    close.click();
    await element.updateComplete;
    expect(shown(element)).toBeNull();
    expect(dismissals).toHaveLength(2);
    // Nothing left to time: no late second dismissal.
    vi.advanceTimersByTime(TOAST_DURATION_MS * 2);
    expect(dismissals).toHaveLength(2);
  });

  it('waits while the pointer is over it, then gives a full 6 s again', async () => {
    const { element } = await toast('Link copied: it holds the whole scenario.');
    const box = element.shadowRoot!.querySelector('.toast')!;
    vi.advanceTimersByTime(4000);
    box.dispatchEvent(new Event('pointerenter'));
    vi.advanceTimersByTime(20_000);
    await element.updateComplete;
    expect(shown(element)).not.toBeNull();
    box.dispatchEvent(new Event('pointerleave'));
    vi.advanceTimersByTime(5900);
    await element.updateComplete;
    expect(shown(element)).not.toBeNull();
    vi.advanceTimersByTime(100);
    await element.updateComplete;
    expect(shown(element)).toBeNull();
  });

  it('a new message (or the same one said again) restarts the clock', async () => {
    const { element } = await toast('Saved a.json.');
    vi.advanceTimersByTime(5000);
    element.serial++;
    await element.updateComplete;
    vi.advanceTimersByTime(5000);
    await element.updateComplete;
    expect(shown(element)).toBe('Saved a.json.');
    element.message = 'Saved b.json.';
    await element.updateComplete;
    vi.advanceTimersByTime(5000);
    await element.updateComplete;
    expect(shown(element)).toBe('Saved b.json.');
  });
});

describe('fg-app and its toast', () => {
  it('after a reload with autosaved work, says "Restored your last scenario." and lets Escape clear it', async () => {
    localStorage.setItem(AUTOSAVE_KEY, JSON.stringify({ text: DEFAULT_SCENARIO_TEXT, savedAt: Date.now() }));
    const app = document.createElement('fg-app');
    app.engineFactory = () => ({ run: async () => ({ results: standInResults() }), dispose() {} });
    document.body.append(app);
    await app.updateComplete;
    const element = app.shadowRoot!.querySelector('fg-toast')!;
    await element.updateComplete;
    expect(shown(element)).toBe('Restored your last scenario.');
    expect(live(element)).toBe('Restored your last scenario.');
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    await app.updateComplete;
    await element.updateComplete;
    expect(app.notice).toBe('');
    expect(shown(element)).toBeNull();
  });
});
