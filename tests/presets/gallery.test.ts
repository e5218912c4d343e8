// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/ui/gallery/register';
import type { FgGallery, ScenarioSelectedDetail } from '../../src/ui/gallery';
import { parseInlines, parseLightMarkdown } from '../../src/ui/gallery';
import { PRESETS } from '../../src/core/presets';
import type { Results } from '../../src/core/results/types';

async function mount(): Promise<FgGallery> {
  const el = document.createElement('fg-gallery');
  document.body.append(el);
  await el.updateComplete;
  return el;
}

afterEach(() => document.body.replaceChildren());

describe('<fg-gallery>', () => {
  it('lists every preset with its title as a button', async () => {
    const el = await mount();
    const titles = [...el.shadowRoot!.querySelectorAll('button.open')].map((b) => b.textContent?.trim());
    expect(titles).toHaveLength(PRESETS.length);
    expect(titles).toContain('Job ad: who the platform thinks will click');
  });

  it('fires scenario-selected with the parsed preset when a title is clicked', async () => {
    const el = await mount();
    const events: ScenarioSelectedDetail[] = [];
    document.body.addEventListener('scenario-selected', (e) => events.push(e.detail));
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.open[data-id="consent-gap"]')!.click();
    expect(events).toHaveLength(1);
    expect(events[0]!.id).toBe('consent-gap');
    // Parsed: defaults are filled in (the file sets no audit.band).
    expect(events[0]!.scenario.audit.band).toEqual({ low: 0.8, high: 1.25 });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('li[aria-current="true"] button.open')?.getAttribute('data-id')).toBe('consent-gap');
  });

  it('gives each selection a fresh copy, so the shell may edit it', async () => {
    const el = await mount();
    const got: ScenarioSelectedDetail[] = [];
    el.addEventListener('scenario-selected', (e) => got.push(e.detail));
    el.choose('default');
    got[0]!.scenario.population.size = 7;
    el.choose('default');
    expect(got[1]!.scenario.population.size).toBe(100_000);
  });

  it('moves focus between presets with the arrow keys, Home and End', async () => {
    const el = await mount();
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.open')];
    buttons[0]!.focus();
    const press = (key: string) =>
      el.shadowRoot!.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
    press('ArrowDown');
    expect(el.shadowRoot!.activeElement).toBe(buttons[1]);
    press('End');
    expect(el.shadowRoot!.activeElement).toBe(buttons[buttons.length - 1]);
    press('ArrowDown');
    expect(el.shadowRoot!.activeElement).toBe(buttons[buttons.length - 1]);
    press('Home');
    expect(el.shadowRoot!.activeElement).toBe(buttons[0]);
  });

  it('opens the narrative with its questions and marks the toggle expanded', async () => {
    const el = await mount();
    const toggle = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.toggle')[1]!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const narrative = el.shadowRoot!.querySelector('.narrative')!;
    expect(narrative.querySelectorAll('ol li').length).toBeGreaterThanOrEqual(2);
    expect(narrative.querySelector('em')).not.toBeNull(); // *random* in "what to look at"
  });

  it('shows whether each claim of the selected preset holds on the given results', async () => {
    const el = await mount();
    el.choose('job-ad-delivery');
    const row = (group: string, rr: number) => ({ attribute: 'gender', group, representationRatio: rr });
    const policy = (id: string, rr: number) => ({ id, totals: {}, slices: [{ attribute: 'gender', groups: [row('f', rr)] }] });
    el.results = { policies: [policy('random', 1.0), policy('delivery', 0.9), policy('delivery-vrs', 1.0)] } as unknown as Results;
    await el.updateComplete;
    const items = [...el.shadowRoot!.querySelectorAll('.claims li')];
    expect(items.map((li) => li.className)).toEqual(['fails', 'holds', 'holds']);
  });

  it('renders narrative text as text, never as HTML', async () => {
    const el = await mount();
    el.presets = [{ ...el.presets[0]!, id: 'x', lookAt: '<img src=x onerror=alert(1)> *hi*', questions: ['<b>q</b>', 'two'] }];
    el.expanded = 'x';
    await el.updateComplete;
    const narrative = el.shadowRoot!.querySelector('.narrative')!;
    expect(narrative.querySelector('img')).toBeNull();
    expect(narrative.querySelector('ol b')).toBeNull();
    expect(narrative.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('parseLightMarkdown', () => {
  it('splits paragraphs on blank lines and joins wrapped lines', () => {
    expect(parseLightMarkdown('one\ntwo\n\nthree')).toEqual([
      { kind: 'paragraph', inlines: [{ kind: 'text', text: 'one two' }] },
      { kind: 'paragraph', inlines: [{ kind: 'text', text: 'three' }] },
    ]);
  });

  it('reads bulleted and numbered lists, with indented continuation lines', () => {
    const blocks = parseLightMarkdown('Look:\n- a\n  more\n- b\n\n1. x\n2) y');
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'list', 'list']);
    expect(blocks[1]).toEqual({ kind: 'list', ordered: false, items: [[{ kind: 'text', text: 'a more' }], [{ kind: 'text', text: 'b' }]] });
    expect(blocks[2]).toMatchObject({ kind: 'list', ordered: true });
  });

  it('reads *emphasis*, _emphasis_ and **strong**, and leaves a lone * literal', () => {
    expect(parseInlines('a *b* _c_ **d** 2 * 3')).toEqual([
      { kind: 'text', text: 'a ' },
      { kind: 'em', text: 'b' },
      { kind: 'text', text: ' ' },
      { kind: 'em', text: 'c' },
      { kind: 'text', text: ' ' },
      { kind: 'strong', text: 'd' },
      { kind: 'text', text: ' 2 * 3' },
    ]);
  });
});
