/**
 * The feedback loop of selective labels, from one scenario (the market-feedback-loop preset: 60,000
 * people, 10 rounds). A propensity model learned from records that under-counted Group B's
 * sign-ups; each night it retrains on the history's people it has not reached plus everyone it has
 * reached, with their true outcomes. Without exploration Group B, under-reached on day 1, never
 * catches up; with ε-greedy exploration it does.
 *
 * Tolerances: on the preset's seed Group B's ratio is 0.38–0.42 on day 1 for every learner, at most
 * 0.49 on any day without exploration (0.49 with Thompson sampling) and 0.85 on day 10 with
 * ε-greedy; on seeds s1 and s2 the same figures were 0.41–0.55, 0.56 (0.61) and 0.85–0.88. The
 * bounds hold on all three seeds except the day-1 bound on s2 (0.55).
 */
import { describe, expect, it } from 'vitest';
import { LocalRunner } from '../../src/core/engine/local-runner';
import { runScenario } from '../../src/core/engine/run';
import { loadPreset } from '../../src/core/presets';
import type { Results } from '../../src/core/results/types';

let cached: Results | undefined;
async function results(): Promise<Results> {
  if (cached) return cached;
  const scenario = loadPreset('market-feedback-loop');
  cached = (await runScenario(scenario, new LocalRunner(scenario))).results;
  return cached;
}

/** Group B's ratio (share of the people reached so far ÷ share of the population), day by day. */
async function ratios(policy: string): Promise<number[]> {
  const r = await results();
  const rounds = r.rounds!.policies.find((p) => p.policyId === policy)!.rounds;
  return rounds.map((row) => row.groups.find((g) => g.attribute === 'ethnicity' && g.group === 'b')!.ratio);
}

describe('learning over rounds: the selective-labels feedback loop', () => {
  it('under-reaches Group B on day 1 whatever the learner (all start from the same model)', async () => {
    for (const policy of ['greedy', 'explore', 'thompson']) expect((await ratios(policy))[0]).toBeLessThan(0.52);
  });

  it('without exploration, Group B stays far behind for all ten days: it never catches up', async () => {
    const greedy = await ratios('greedy');
    expect(greedy).toHaveLength(10);
    expect(Math.max(...greedy)).toBeLessThan(0.6);
    expect(greedy[9]! - greedy[0]!).toBeLessThan(0.2);
  });

  it('with ε-greedy exploration, Group B recovers: its ratio climbs by more than 0.3 and ends far above the greedy learner', async () => {
    const explore = await ratios('explore');
    const greedy = await ratios('greedy');
    expect(explore[9]! - explore[0]!).toBeGreaterThan(0.3);
    expect(explore[9]).toBeGreaterThan(0.75);
    expect(explore[9]! - greedy[9]!).toBeGreaterThan(0.2);
    // It climbs every day after the first (a cumulative ratio moving towards 1).
    for (let d = 1; d < 10; d++) expect(explore[d]!).toBeGreaterThanOrEqual(explore[d - 1]! - 0.01);
  });

  it('reports how many people ε-greedy explored each day: 3% of the candidates (within 5 standard errors)', async () => {
    const r = await results();
    const rounds = r.rounds!.policies.find((p) => p.policyId === 'explore')!.rounds;
    const candidates = r.policies.find((p) => p.id === 'explore')!.candidates!;
    expect(rounds[0]!.exploration).toBeUndefined();
    const sd = Math.sqrt(candidates * 0.03 * 0.97);
    for (const row of rounds.slice(1)) expect(Math.abs(row.exploration! - 0.03 * candidates)).toBeLessThan(5 * sd);
    for (const policy of ['greedy', 'thompson']) expect(r.rounds!.policies.find((p) => p.policyId === policy)!.rounds.every((row) => row.exploration === undefined)).toBe(true);
  });

  it('Thompson sampling does not rescue a group the model is confidently wrong about (thousands of old records)', async () => {
    const thompson = await ratios('thompson');
    expect(thompson[9]).toBeLessThan(0.6);
  });
});
