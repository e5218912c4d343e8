import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LocalRunner } from '../../src/core/engine/local-runner';
import { runScenario } from '../../src/core/engine/run';
import { describeOutcome, evaluateClaims, loadPreset, PRESETS } from '../../src/core/presets';
import { parseScenarioText } from '../../src/core/scenario';

const scenarioDir = new URL('../../scenarios/', import.meta.url);
const files = readdirSync(scenarioDir).filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json');

describe('preset files', () => {
  it('every scenario file in scenarios/ is in the preset library', () => {
    expect(PRESETS.map((p) => `${p.id}.json`).sort()).toEqual([...files].sort());
  });

  it.each(files)('%s validates and tells its story (narrative, claims, 50k–100k people)', (file) => {
    const r = parseScenarioText(readFileSync(new URL(file, scenarioDir), 'utf8'));
    if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
    const s = r.scenario;
    expect(s.narrative?.summary.length).toBeGreaterThan(20);
    expect(s.narrative?.questions.length).toBeGreaterThanOrEqual(2);
    expect(s.claims?.length).toBeGreaterThanOrEqual(2);
    expect(s.population.size).toBeGreaterThanOrEqual(50_000);
    expect(s.population.size).toBeLessThanOrEqual(100_000);
  });
});

// Every preset runs in-process and every claim in its file holds: a preset can never silently stop
// showing what its narrative says. The claims were tuned to hold with margin on three seeds.
describe.each(PRESETS.map((p) => p.id))('preset %s', (id) => {
  it('runs in-process and every claim holds', async () => {
    const scenario = loadPreset(id);
    const { results } = await runScenario(scenario, new LocalRunner(scenario));
    const outcomes = evaluateClaims(scenario, results);
    expect(outcomes.length).toBe(scenario.claims?.length);
    const failed = outcomes.filter((o) => !o.holds).map((o) => `${o.claim.text} — ${describeOutcome(o)}`);
    expect(failed).toEqual([]);
  });
});
