/** `fairground explain` and `fairground card`: readable text within 80 columns, JSON with --json, clear errors. */
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program';
import { collectIo } from './cli-io';

const DEFAULT = 'scenarios/default.json';
const fits80 = (text: string) => text.split('\n').every((l) => [...l].length <= 80);

describe('fairground explain', () => {
  it('prints the decision, the contributions, the cut and a counterfactual within 80 columns', async () => {
    const io = collectIo();
    const code = await runCli(['explain', DEFAULT, '--policy', 'propensity', '--person', '12', '--size', '8000'], io);
    expect(code).toBe(0);
    expect(io.stdout).toMatch(/^Person 12 under policy/);
    expect(io.stdout).toMatch(/What the policy saw/);
    expect(io.stdout).toMatch(/intercept/);
    expect(io.stdout).toMatch(/Ground truth \(synthetic\)/);
    expect(fits80(io.stdout)).toBe(true);
  }, 60_000);

  it('gives JSON with --json whose contributions add up to the logit', async () => {
    const io = collectIo();
    expect(await runCli(['explain', DEFAULT, '--policy', 'delivery', '--person', '5', '--size', '8000', '--json'], io)).toBe(0);
    const e = JSON.parse(io.stdout) as { person: { id: number }; model: { intercept: number; logit: number; contributions: { contribution: number }[] } };
    expect(e.person.id).toBe(5);
    const sum = e.model.contributions.reduce((a, c) => a + c.contribution, e.model.intercept);
    expect(sum).toBeCloseTo(e.model.logit, 12);
  }, 60_000);

  it('says which person ids and policies exist', async () => {
    const io = collectIo();
    expect(await runCli(['explain', DEFAULT, '--policy', 'nope', '--person', '1', '--size', '2000'], io)).toBe(1);
    expect(io.stderr).toMatch(/there is no policy "nope"; the scenario has: random, rules/);
    const io2 = collectIo();
    expect(await runCli(['explain', DEFAULT, '--policy', 'propensity', '--person', '2000', '--size', '2000'], io2)).toBe(1);
    expect(io2.stderr).toMatch(/there is no person 2000: the population has people 0 to 1999/);
  }, 60_000);
});

describe('fairground card', () => {
  it('prints coefficients with standard errors and the groups, within 80 columns; JSON with --json', async () => {
    const io = collectIo();
    expect(await runCli(['card', 'scenarios/skewed-history.json', '--policy', 'propensity'], io)).toBe(0);
    expect(io.stdout).toMatch(/std\. error/);
    expect(io.stdout).toMatch(/age=55\+\s+0\.0%/);
    expect(fits80(io.stdout)).toBe(true);
    const json = collectIo();
    expect(await runCli(['card', 'scenarios/skewed-history.json', '--policy', 'propensity', '--json'], json)).toBe(0);
    const card = JSON.parse(json.stdout) as { coefficients: { standardError: number }[]; training: { rows: number } };
    expect(card.training.rows).toBe(15_000);
    expect(card.coefficients.every((c) => c.standardError > 0)).toBe(true);
  }, 60_000);

  it('refuses a policy without a model', async () => {
    const io = collectIo();
    expect(await runCli(['card', DEFAULT, '--policy', 'random', '--size', '2000'], io)).toBe(1);
    expect(io.stderr).toMatch(/has no learned model/);
  }, 60_000);
});
