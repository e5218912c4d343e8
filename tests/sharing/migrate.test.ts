import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario, parseScenarioText } from '../../src/core/scenario';

const draftText = readFileSync(new URL('./fixtures/draft-v0.json', import.meta.url), 'utf8');

describe('parseScenarioText on a version-0 draft file', () => {
  it('migrates every renamed field to its version-1 place', () => {
    const r = parseScenarioText(draftText);
    if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
    const s = r.scenario;
    expect(s.version).toBe(1);
    expect(s.population.size).toBe(2000);
    expect(s.population.attributes.map((a) => a.type)).toEqual(['categorical', 'numeric']);
    const income = s.population.attributes[1];
    expect(income?.type === 'numeric' && income.distribution).toEqual({ kind: 'lognormal', mu: 3.2, sigma: 0.4 });
    expect(s.behaviour.conversion.base).toBe(0.04);
    expect(s.behaviour.click.base).toBe(0.02);
    expect(s.campaign.budget).toEqual({ kind: 'reach', people: 200 });
  });

  it('leaves the caller’s object unchanged', () => {
    const value = JSON.parse(draftText) as Record<string, unknown>;
    const before = JSON.stringify(value);
    expect(parseScenario(value).ok).toBe(true);
    expect(JSON.stringify(value)).toBe(before);
  });

  it('reports a field written in both the old and the new spelling', () => {
    const value = JSON.parse(draftText) as { population: Record<string, unknown> };
    value.population.size = 3000;
    const r = parseScenario(value);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues).toEqual([{ path: 'population.people', message: expect.stringContaining('"size"') }]);
  });

  it('reports version-1 problems of a migrated file at their version-1 path', () => {
    const value = JSON.parse(draftText) as { campaign: Record<string, unknown> };
    value.campaign.reach = 5000; // more people than the population holds
    const r = parseScenario(value);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path)).toContain('campaign.budget.people');
  });

  it('refuses a version newer than this Fairground', () => {
    const value = { ...(JSON.parse(draftText) as object), version: 2 };
    const r = parseScenario(value);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.message).toMatch(/newer than this Fairground/);
  });
});
