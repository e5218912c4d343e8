import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadPreset } from '../../src/core/presets';
import { mustParseScenario } from '../../src/core/scenario';
import { scenarioFromLink, scenarioToLink } from '../../src/core/scenario/share';
import { matchingPreset } from '../../src/ui/sharing/preset-match';
import type { ViewState } from '../../src/ui/sharing/view-state';
import { hashFor, scenarioPart, viewFromHash, viewToParams } from '../../src/ui/sharing/view-state';

const FULL: ViewState = {
  preset: 'job-ad-delivery', step: 2, workshop: true, policy: 'delivery', compare: 'random', attribute: 'gender×age',
  across: 'costPerConversion', tab: 'json', large: true,
};

describe('viewToParams and viewFromHash', () => {
  it('write every part of the view and read it back', () => {
    const params = viewToParams(FULL);
    expect(params).toBe('preset=job-ad-delivery&step=2&workshop=1&policy=delivery&compare=random&attr=gender%C3%97age&across=costPerConversion&tab=json&large=1');
    expect(viewFromHash(`#s=abc&${params}`)).toEqual(FULL);
  });

  it('leave out what is not set', () => {
    expect(viewToParams({ large: false, policy: '' })).toBe('');
    expect(viewFromHash('#s=abc')).toEqual({});
  });

  it('drop malformed or unknown parameters instead of trusting them', () => {
    expect(viewFromHash('#policy=<script>&step=-1&step2=3&tab=admin&large=yes&attr=%E0%A4%A&preset=' + 'a'.repeat(65))).toEqual({});
    expect(viewFromHash('#step=100')).toEqual({});
    expect(viewFromHash('#step=7&policy=a.b-c_d')).toEqual({ step: 7, policy: 'a.b-c_d' });
  });

  it('round-trips any view of well-formed ids (property)', () => {
    const id = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,20}$/);
    fc.assert(
      fc.property(
        fc.record({ preset: id, step: fc.integer({ min: 0, max: 99 }), policy: id, compare: id, attribute: id, tab: fc.constantFrom('library', 'form', 'json') as fc.Arbitrary<'library' | 'form' | 'json'>, large: fc.constant(true) }, { requiredKeys: [] }),
        (view) => {
          expect(viewFromHash(`#${viewToParams(view)}`)).toEqual(view);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('hashFor', () => {
  it('keeps the scenario beside the view, and an unedited preset needs only its id', () => {
    expect(hashFor({ policy: 'p' }, 's=XYZ')).toBe('#s=XYZ&policy=p');
    expect(hashFor({ preset: 'consent-gap', step: 1 }, '#s=XYZ')).toBe('#preset=consent-gap&step=1');
    expect(hashFor({}, '')).toBe('');
    expect(scenarioPart('#policy=p&s=XYZ&large=1')).toBe('s=XYZ');
  });
});

describe('matchingPreset', () => {
  it('recognises an unedited preset opened from a link, whatever its key order', () => {
    const link = scenarioToLink(loadPreset('consent-gap'));
    const parsed = scenarioFromLink(`${link}&policy=x`);
    expect(parsed.ok).toBe(true);
    expect(matchingPreset(parsed.ok ? parsed.scenario : undefined)).toBe('consent-gap');
  });

  it('does not recognise an edited preset', () => {
    const edited = structuredClone(loadPreset('consent-gap'));
    edited.population.size += 1;
    expect(matchingPreset(mustParseScenario(edited))).toBeUndefined();
    expect(matchingPreset(undefined)).toBeUndefined();
  });
});
