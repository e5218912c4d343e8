// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loadPreset } from '../../src/core/presets';
import { scenarioToLink } from '../../src/core/scenario/share';
import { startupView, syncHash } from '../../src/ui/app/view-sync';
import { draftToText } from '../../src/ui/editor/draft';

function fakeWindow(hash: string) {
  const urls: string[] = [];
  const win = {
    location: { hash, href: `http://localhost/${hash}` },
    history: { state: null, replaceState: (_s: unknown, _t: string, url: string) => urls.push(url) },
  };
  return { win: win as unknown as Window, urls };
}

describe('startupView', () => {
  it('opens the preset a link names, with the view it asks for', () => {
    const start = startupView('#preset=consent-gap&step=2&policy=personalised', undefined, 'DEFAULT');
    expect(start.text).toBe(draftToText(loadPreset('consent-gap')));
    expect(start.view).toEqual({ preset: 'consent-gap', step: 2, policy: 'personalised' });
  });

  it('falls back to the default for an unknown preset, and a scenario in the link wins over a preset id', () => {
    expect(startupView('#preset=no-such-preset', undefined, 'DEFAULT').text).toBe('DEFAULT');
    const link = scenarioToLink(loadPreset('high-cost-credit'));
    const start = startupView(`${link}&preset=consent-gap`, undefined, 'DEFAULT');
    expect(JSON.parse(start.text).name).toBe(loadPreset('high-cost-credit').name);
  });
});

describe('syncHash', () => {
  it('keeps the scenario in the hash while it is the one on screen, and drops it once edited', () => {
    const draft = loadPreset('consent-gap');
    const link = scenarioToLink(draft);
    const kept = fakeWindow(link);
    syncHash({ policy: 'p' }, draft, kept.win);
    expect(kept.urls).toEqual([`http://localhost/${link}&policy=p`]);
    const edited = fakeWindow(link);
    syncHash({ policy: 'p' }, { ...draft, seed: 'other' }, edited.win);
    expect(edited.urls).toEqual(['http://localhost/#policy=p']);
  });

  it('writes nothing when the hash already says it', () => {
    const same = fakeWindow('#preset=consent-gap&step=1');
    syncHash({ preset: 'consent-gap', step: 1 }, undefined, same.win);
    expect(same.urls).toEqual([]);
  });
});
