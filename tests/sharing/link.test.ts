import fc from 'fast-check';
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadPreset, PRESET_IDS, PRESETS } from '../../src/core/presets';
import { parseScenario, parseScenarioText } from '../../src/core/scenario';
import type { Scenario } from '../../src/core/scenario';
import {
  fromBase64Url,
  MAX_LINK_CHARS,
  scenarioFromLink,
  scenarioToFileText,
  scenarioToLink,
  toBase64Url,
} from '../../src/core/scenario/share';

const presets = PRESET_IDS.map((id) => [id, loadPreset(id)] as const);

function mustOk(r: ReturnType<typeof parseScenario>): Scenario {
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return r.scenario;
}

/** A valid edit a user could make in the editor: size, seed, budget, a category weight, a name. */
const edit = fc.record({
  preset: fc.integer({ min: 0, max: presets.length - 1 }),
  size: fc.integer({ min: 1000, max: 100_000 }),
  seed: fc.oneof(fc.string({ minLength: 1, maxLength: 20 }), fc.integer()),
  budgetShare: fc.double({ min: 0.01, max: 1, noNaN: true }),
  weight: fc.double({ min: 0, max: 100, noNaN: true, noDefaultInfinity: true }),
  name: fc.string({ minLength: 1, maxLength: 60 }),
});

type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function applyEdit(e: Edit): Scenario {
  const s = structuredClone(presets[e.preset]![1]) as Scenario;
  s.name = e.name;
  s.seed = e.seed;
  s.population.size = e.size;
  s.history.size = Math.min(s.history.size, e.size);
  // Presets give reach budgets as a share of the eligible (issue 12) or as a number of people.
  if (s.campaign.budget.kind === 'reach' && s.campaign.budget.share !== undefined) s.campaign.budget.share = e.budgetShare;
  else if (s.campaign.budget.kind === 'reach') s.campaign.budget.people = Math.max(1, Math.floor(e.size * e.budgetShare));
  else s.campaign.budget.amount = 1 + e.budgetShare * 50_000;
  const first = s.population.attributes[0];
  if (first?.type === 'categorical' && first.weights) first.weights[0] = e.weight + 0.001;
  return s;
}

describe('scenarioToLink / scenarioFromLink', () => {
  it.each(presets)('round-trips preset %s to the same scenario', (_id, scenario) => {
    const link = scenarioToLink(scenario);
    expect(link.startsWith('#s=')).toBe(true);
    expect(mustOk(scenarioFromLink(link))).toEqual(scenario);
  });

  it('round-trips presets with random valid edits (fast-check)', () => {
    fc.assert(
      fc.property(edit, (e) => {
        const s = mustOk(parseScenario(applyEdit(e)));
        expect(mustOk(scenarioFromLink(scenarioToLink(s)))).toEqual(s);
      }),
      { numRuns: 60 },
    );
  });

  it('gives the same link whatever the key order of the scenario object', () => {
    const s = presets[0]![1];
    const reversed = Object.fromEntries(Object.entries(s).reverse());
    expect(scenarioToLink(reversed as Scenario)).toBe(scenarioToLink(s));
  });

  it('reads the scenario from a whole URL with other hash parameters', () => {
    const s = presets[1]![1];
    const url = `https://example.invalid/app/index.html${scenarioToLink(s)}&view=dots`;
    expect(mustOk(scenarioFromLink(url))).toEqual(s);
  });

  it('reports a link cut short as damaged, at path (link)', () => {
    const link = scenarioToLink(presets[0]![1]);
    for (const cut of [link.length - 40, link.length - 41, link.length - 42, 60]) {
      const r = scenarioFromLink(link.slice(0, cut));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.issues[0]).toEqual({ path: '(link)', message: expect.stringMatching(/damaged/) });
    }
  });

  it('reports characters outside base64url as damaged', () => {
    const r = scenarioFromLink('#s=abc$def');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.message).toMatch(/not valid base64url/);
  });

  it('reports a hash without a scenario', () => {
    const r = scenarioFromLink('#view=dots');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.message).toMatch(/no scenario/);
  });

  it(`refuses a link longer than ${MAX_LINK_CHARS} characters and states the cap`, () => {
    const r = scenarioFromLink(`#s=${'A'.repeat(MAX_LINK_CHARS)}`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.message).toContain('32,768');
  });

  it('refuses a short link that inflates beyond the scenario size cap', () => {
    const bomb = `#s=${toBase64Url(deflateSync(strToU8(' '.repeat(2_000_000))))}`;
    expect(bomb.length).toBeLessThan(MAX_LINK_CHARS);
    const r = scenarioFromLink(bomb);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.message).toMatch(/expands to more than 1,000,000/);
  });

  it('passes a decodable but invalid scenario to validation, with its paths', () => {
    const bad = { ...presets[0]![1], population: { ...presets[0]![1].population, size: -5 } };
    const r = scenarioFromLink(scenarioToLink(bad));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path)).toContain('population.size');
  });
});

describe('toBase64Url / fromBase64Url', () => {
  it('decodes what it encodes for any bytes (fast-check)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = toBase64Url(bytes);
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(fromBase64Url(text)).toEqual(bytes);
      }),
    );
  });

  it('encodes the RFC 4648 test vector "foobar" as Zm9vYmFy', () => {
    expect(toBase64Url(strToU8('foobar'))).toBe('Zm9vYmFy');
    expect(toBase64Url(strToU8('fo'))).toBe('Zm8');
  });
});

describe('scenarioToFileText', () => {
  it.each(PRESETS.map((p) => [p.id, p.source] as const))('preset %s: file text → parse → save → parse gives the same scenario', (_id, source) => {
    const first = mustOk(parseScenarioText(JSON.stringify(source)));
    const saved = scenarioToFileText(first);
    const again = mustOk(parseScenarioText(saved));
    expect(again).toEqual(first);
    expect(scenarioToFileText(again)).toBe(saved);
  });
});
