// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../src/ui/app/register';
import { DRAFTS_PER_SCENARIO, ScenarioAutosave } from '../../src/ui/sharing/autosave';
import { scenarioToLink, scenarioToFileText } from '../../src/core/scenario/share';
import type { EnginePort } from '../../src/ui/run/engine-port';
import { standInResults } from '../ui/stand-in-results';
import { baseScenario } from './hostile-scenarios';

function memoryStorage(limit = Infinity) {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (v.length > limit) throw new DOMException('quota', 'QuotaExceededError');
      map.set(k, v);
    },
    removeItem: (k: string) => void map.delete(k),
  };
}

const text = (name: string, extra = '') => `{"name": "${name}"${extra}}`;

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
  localStorage.clear();
  history.replaceState(null, '', location.pathname);
});

describe('ScenarioAutosave drafts', () => {
  it('a second session (a link opened, one edit) keeps the first session\'s draft', () => {
    const storage = memoryStorage();
    let t = 1;
    const first = new ScenarioAutosave(storage, 'k', 0, () => t++);
    first.schedule(text('Mine', ', "edits": 40'));
    first.flush();
    const second = new ScenarioAutosave(storage, 'k', 0, () => t++);
    second.schedule(text('From a link'));
    second.flush();
    expect(second.drafts().map((d) => d.name)).toEqual(['From a link', 'Mine']);
    expect(second.restore()?.text).toBe(text('From a link'));
  });

  it('keeps at most 3 drafts per scenario name, newest first, and reads a version-1 entry', () => {
    const storage = memoryStorage();
    storage.map.set('k', JSON.stringify({ text: text('Old'), savedAt: 0 }));
    let t = 1;
    for (let i = 0; i < 5; i++) {
      const a = new ScenarioAutosave(storage, 'k', 0, () => t++);
      a.schedule(text('Same', `, "i": ${i}`));
      a.flush();
    }
    const drafts = new ScenarioAutosave(storage, 'k').drafts();
    expect(drafts.filter((d) => d.name === 'Same').map((d) => JSON.parse(d.text).i)).toEqual([4, 3, 2]);
    expect(drafts.filter((d) => d.name === 'Same')).toHaveLength(DRAFTS_PER_SCENARIO);
    expect(drafts.at(-1)?.name).toBe('Old');
  });

  it('a full storage first drops the oldest other drafts, then reports the failure, and reports recovery', () => {
    const storage = memoryStorage(600);
    let t = 1;
    const old = new ScenarioAutosave(storage, 'k', 0, () => t++);
    old.schedule(text('Old', `, "pad": "${'x'.repeat(200)}"`));
    old.flush();
    const a = new ScenarioAutosave(storage, 'k', 0, () => t++);
    const reports: boolean[] = [];
    a.onSaveFailed = (failed) => reports.push(failed);
    a.schedule(text('New', `, "pad": "${'y'.repeat(300)}"`));
    a.flush();
    // Both do not fit: the old draft made room.
    expect(a.drafts().map((d) => d.name)).toEqual(['New']);
    expect(reports).toEqual([]);
    a.schedule(text('New', `, "pad": "${'z'.repeat(700)}"`));
    a.flush();
    expect(reports).toEqual([true]);
    a.schedule(text('New'));
    a.flush();
    expect(reports).toEqual([true, false]);
  });
});

describe('fg-app and drafts', () => {
  const engine: EnginePort = { run: async () => ({ results: standInResults() }), dispose() {} };
  async function open() {
    const app = document.createElement('fg-app');
    app.engineFactory = () => engine;
    document.body.append(app);
    await app.updateComplete;
    await new Promise((r) => setTimeout(r, 0));
    await app.updateComplete;
    return app;
  }

  it('opening a link offers the earlier autosaved work back, and Restore brings it', async () => {
    const mine = baseScenario();
    mine.name = 'My own work';
    localStorage.setItem('fairground.autosave.v1', JSON.stringify({ version: 2, drafts: [{ id: 's1', name: 'My own work', text: scenarioToFileText(mine as never), savedAt: Date.now() }] }));
    const linked = baseScenario();
    linked.name = 'From a stranger';
    history.replaceState(null, '', scenarioToLink(linked as never));
    const app = await open();
    expect(app.scenarioName).toBe('From a stranger');
    const line = app.shadowRoot!.querySelector('.earlier-draft')!;
    expect(line.textContent!.replace(/\s+/g, ' ')).toMatch(/Earlier work is kept: “My own work”, saved at/);
    line.querySelector('button')!.click();
    await app.updateComplete;
    expect(app.scenarioName).toBe('My own work');
    expect(app.shadowRoot!.querySelector('.earlier-draft')).toBeNull();
  });

  it('when storage refuses every save, a warning stays on screen', async () => {
    vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    const app = await open();
    app.setScenarioText(scenarioToFileText(baseScenario() as never));
    window.dispatchEvent(new Event('pagehide'));
    await app.updateComplete;
    expect(app.shadowRoot!.querySelector('.autosave-failed')?.textContent).toContain('Your edits are not being autosaved');
    vi.restoreAllMocks();
  });
});

describe('editor drafts and prototype names', () => {
  it('getIn never reads Object.prototype: an unset effect of a category called valueOf is undefined', async () => {
    const { getIn, setIn } = await import('../../src/ui/editor/draft');
    const draft = { behaviour: { conversion: { effects: { gender: {} } } } };
    expect(getIn(draft, ['behaviour', 'conversion', 'effects', 'gender', 'valueOf'])).toBeUndefined();
    expect(getIn(draft, ['behaviour', 'toString'])).toBeUndefined();
    const next = setIn(draft, ['behaviour', 'conversion', 'effects', 'gender', 'toString', 'x'], 1);
    expect(getIn(next, ['behaviour', 'conversion', 'effects', 'gender', 'toString'])).toEqual({ x: 1 });
  });
});
