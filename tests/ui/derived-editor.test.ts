// @vitest-environment happy-dom
/** The form editor offers derived attributes where they may be used: audit and fairness constraints, not rules or features. */
import { afterEach, describe, expect, it } from 'vitest';
import preset from '../../scenarios/inferred-demographics.json';
import '../../src/ui/editor/register';
import { draftToText } from '../../src/ui/editor/draft';
import { fixture } from './default-text';

afterEach(() => document.body.replaceChildren());

describe('derived attributes in the form editor', () => {
  it('shows a fairness constraint on the estimate with its attribute selected, and lists the estimate among audited attributes', async () => {
    const { el, inputs } = await fixture(draftToText(preset));
    const root = el.shadowRoot!;
    const fieldsets = [...root.querySelectorAll('fieldset')];
    const vrs = fieldsets.find((f) => f.querySelector('legend')?.textContent === 'Variance reduction on estimated race')!;
    const selects = [...vrs.querySelectorAll('select')];
    const attribute = selects.find((s) => [...s.options].some((o) => o.value === 'raceEstimate'))!;
    // What the template marks selected (happy-dom's select.value does not follow a late `selected` attribute).
    expect([...attribute.options].filter((o) => o.hasAttribute('selected')).map((o) => o.value)).toEqual(['raceEstimate']);
    expect([...attribute.options].map((o) => o.value)).toContain('genderRaceEstimate');
    const checks = [...root.querySelectorAll('[aria-label="Audited attributes"] label.check')].map((l) => l.textContent?.trim());
    expect(checks).toContain('Race (BISG estimate)');
    // Unticking gender keeps the derived attributes in the audit.
    const gender = [...root.querySelectorAll<HTMLInputElement>('[aria-label="Audited attributes"] input')].find((i) => i.parentElement?.textContent?.trim() === 'Gender')!;
    gender.checked = false;
    gender.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(inputs.at(-1)?.check.scenario?.audit.attributes).toEqual(['race', 'raceEstimate', 'genderRaceEstimate']);
    // The delivery model's features never offer them.
    const delivery = fieldsets.find((f) => f.querySelector('legend')?.textContent === 'Platform delivery: most clicks per euro')!;
    expect(delivery.textContent).not.toContain('BISG');
  });
});
