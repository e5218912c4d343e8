// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadPreset, PRESETS } from '../../src/core/presets';
import { scenarioToLink } from '../../src/core/scenario/share';
import {
  chooseStartupScenario,
  copyShareLink,
  DROPPING_CLASS,
  installScenarioDrop,
  readScenarioFile,
  ScenarioAutosave,
  scenarioFileName,
  shareUrl,
} from '../../src/ui/sharing';
import type { FileOpenResult } from '../../src/ui/sharing';

/** An in-memory Storage. */
function memoryStorage() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

const defaultText = JSON.stringify(PRESETS[0]!.source);

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('ScenarioAutosave', () => {
  it('writes once, the last text, after the edits pause for the delay', () => {
    vi.useFakeTimers();
    const storage = memoryStorage();
    const setItem = vi.spyOn(storage, 'setItem');
    const autosave = new ScenarioAutosave(storage, 'k', 500, () => 42);
    autosave.schedule('a');
    vi.advanceTimersByTime(400);
    autosave.schedule('ab');
    vi.advanceTimersByTime(400);
    expect(setItem).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(setItem).toHaveBeenCalledTimes(1);
    expect(autosave.restore()).toEqual({ text: 'ab', savedAt: 42 });
  });

  it('flush writes a pending save at once; discard forgets saved and pending text', () => {
    vi.useFakeTimers();
    const storage = memoryStorage();
    const autosave = new ScenarioAutosave(storage, 'k', 500);
    autosave.schedule('x');
    autosave.flush();
    expect(autosave.restore()?.text).toBe('x');
    autosave.schedule('y');
    autosave.discard();
    vi.advanceTimersByTime(1000);
    expect(autosave.restore()).toBeUndefined();
  });

  it('treats a corrupt entry as none and survives a storage that throws', () => {
    const storage = memoryStorage();
    storage.map.set('k', '{not json');
    expect(new ScenarioAutosave(storage, 'k').restore()).toBeUndefined();
    const full = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); }, removeItem: () => {} };
    const autosave = new ScenarioAutosave(full, 'k');
    autosave.schedule('x');
    expect(() => autosave.flush()).not.toThrow();
  });
});

describe('chooseStartupScenario', () => {
  const saved = { text: '{"edited":true}', savedAt: 1 };

  it('prefers a valid link over the autosave', () => {
    const choice = chooseStartupScenario(scenarioToLink(loadPreset('consent-gap')), saved);
    expect(choice.source).toBe('link');
    if (choice.source === 'link') expect(choice.scenario.name).toBe(loadPreset('consent-gap').name);
  });

  it('falls back to the autosave with the link problems when the link is broken', () => {
    const choice = chooseStartupScenario('#s=AAAA', saved);
    expect(choice.source).toBe('autosave');
    if (choice.source === 'autosave') {
      expect(choice.entry).toBe(saved);
      expect(choice.linkIssues[0]?.path).toBe('(link)');
    }
  });

  it('opens the autosave when there is no link, and the default when there is neither', () => {
    expect(chooseStartupScenario('', saved)).toEqual({ source: 'autosave', entry: saved, linkIssues: [] });
    expect(chooseStartupScenario('#view=dots', undefined)).toEqual({ source: 'default', linkIssues: [] });
  });
});

describe('readScenarioFile', () => {
  it('reads and validates a scenario file', async () => {
    const r = await readScenarioFile(new File([defaultText], 'city.json'));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.scenario.population.size).toBe(100_000);
  });

  it('refuses a file over the size cap before reading it, stating the cap', async () => {
    const text = vi.fn(async () => '');
    const r = await readScenarioFile({ name: 'big.json', size: 5_000_000, text });
    expect(text).not.toHaveBeenCalled();
    expect(r).toEqual({ ok: false, fileName: 'big.json', issues: [{ path: '(file)', message: expect.stringContaining('1.0 MB') }] });
  });

  it('returns every validation problem with its path', async () => {
    const bad = JSON.parse(defaultText) as { population: { size: number }; policies: unknown[] };
    bad.population.size = 0;
    bad.policies = [];
    const r = await readScenarioFile(new File([JSON.stringify(bad)], 'bad.json'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['population.size', 'policies']));
  });
});

describe('installScenarioDrop', () => {
  function dragEvent(type: string, files: File[] = []) {
    const e = new Event(type, { bubbles: true, cancelable: true }) as DragEvent;
    Object.defineProperty(e, 'dataTransfer', { value: { types: ['Files'], files, dropEffect: 'none' } });
    return e;
  }

  it('marks the target while a file is dragged over and reads the dropped file', async () => {
    const target = document.createElement('div');
    document.body.append(target);
    const results: FileOpenResult[] = [];
    const stop = installScenarioDrop(target, (r) => results.push(r));
    target.dispatchEvent(dragEvent('dragenter'));
    expect(target.classList.contains(DROPPING_CLASS)).toBe(true);
    const over = dragEvent('dragover');
    target.dispatchEvent(over);
    expect(over.defaultPrevented).toBe(true);
    target.dispatchEvent(dragEvent('drop', [new File([defaultText], 'dropped.json')]));
    expect(target.classList.contains(DROPPING_CLASS)).toBe(false);
    await vi.waitFor(() => expect(results).toHaveLength(1));
    expect(results[0]).toMatchObject({ ok: true, fileName: 'dropped.json' });
    stop();
    target.dispatchEvent(dragEvent('drop', [new File([defaultText], 'again.json')]));
    await new Promise((r) => setTimeout(r, 20));
    expect(results).toHaveLength(1);
  });
});

describe('scenarioFileName', () => {
  it.each([
    ['Warehouse supervisor job ad', 'warehouse-supervisor-job-ad.json'],
    ['Crédit à la consommation: été 2026!', 'credit-a-la-consommation-ete-2026.json'],
    ['../../etc/passwd', 'etc-passwd.json'],
    ['***', 'scenario.json'],
  ])('%s → %s', (name, file) => {
    expect(scenarioFileName(name)).toBe(file);
  });
});

describe('shareUrl / copyShareLink', () => {
  const scenario = loadPreset('stem-ad-prices');

  it('replaces the page hash with the scenario link', () => {
    const r = shareUrl(scenario, 'http://localhost:4173/index.html#s=old');
    expect(r).toEqual({ ok: true, url: `http://localhost:4173/index.html${scenarioToLink(scenario)}`, copied: false });
  });

  it('copies the link when a clipboard is available, and returns it for copying by hand when not', async () => {
    const writeText = vi.fn(async () => {});
    const copied = await copyShareLink(scenario, { pageUrl: 'http://x/', clipboard: { writeText } });
    expect(copied).toMatchObject({ ok: true, copied: true });
    expect(writeText).toHaveBeenCalledWith(copied.ok ? copied.url : '');
    const refused = await copyShareLink(scenario, { pageUrl: 'http://x/', clipboard: { writeText: async () => { throw new Error('denied'); } } });
    expect(refused).toMatchObject({ ok: true, copied: false });
    expect(await copyShareLink(scenario, { pageUrl: 'http://x/', clipboard: undefined })).toMatchObject({ ok: true, copied: false });
  });
});

describe('<fg-restore-notice>', () => {
  async function mount(choice: ReturnType<typeof chooseStartupScenario>) {
    await import('../../src/ui/sharing/register');
    const el = document.createElement('fg-restore-notice');
    el.choice = choice;
    document.body.append(el);
    await el.updateComplete;
    return el;
  }

  it('shows nothing for the default scenario opened without a link', async () => {
    const el = await mount(chooseStartupScenario('', undefined));
    expect(el.shadowRoot!.querySelector('.notice')).toBeNull();
  });

  it('offers to discard restored work and fires autosave-discard', async () => {
    const el = await mount(chooseStartupScenario('', { text: '{}', savedAt: Date.now() }));
    const fired = vi.fn();
    document.body.addEventListener('autosave-discard', fired);
    const button = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.includes('Discard'))!;
    button.click();
    expect(fired).toHaveBeenCalledTimes(1);
  });

  it('lists the problems of a broken link as text', async () => {
    const el = await mount(chooseStartupScenario('#s=<b>x</b>', undefined));
    const notice = el.shadowRoot!.querySelector('.notice.bad')!;
    expect(notice.textContent).toContain('The link could not be opened; showing the default scenario');
    expect(notice.querySelectorAll('li')).toHaveLength(1);
    expect(notice.querySelector('b')).toBeNull();
  });
});
