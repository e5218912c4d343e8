import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program';
import { collectIo } from './cli-io';

const dir = mkdtempSync(join(tmpdir(), 'fairground-run-'));
const DEFAULT = 'scenarios/default.json';

describe('fairground run', () => {
  it('run with --workers 1 and --workers 2 writes identical results.json and metrics.csv, and prints a summary', async () => {
    const outputs: { json: string; csv: string }[] = [];
    for (const workers of ['1', '2']) {
      const out = join(dir, `w${workers}`);
      const io = collectIo();
      const code = await runCli(['run', DEFAULT, '--size', '15000', '--workers', workers, '--out', out], io);
      // The default budget is 10% of the eligible: it keeps its share, only the history is scaled.
      expect(io.stderr).toContain('--size 15000: scaled history 20000 → 3000 people');
      expect(code).toBe(0);
      expect(io.stdout).toContain('Platform delivery (clicks per price)');
      expect(io.stdout).toMatch(/policy\s+reached\s+cost\s+conversions\n/);
      // Worst groups on indented lines with the interval the verdict read; a legend says how.
      expect(io.stdout).toMatch(/\n {4}age=55\+ +RR 0\.\d\d \[0\.\d\d–0\.\d\d\] +excluded\n/);
      expect(io.stdout).toContain("Holm (family-wise 5%) across each policy's groups.");
      outputs.push({ json: readFileSync(join(out, 'results.json'), 'utf8'), csv: readFileSync(join(out, 'metrics.csv'), 'utf8') });
    }
    const [one, two] = outputs;
    const results = JSON.parse(one!.json) as { populationSize: number; policies: { totals: { reached: number } }[] };
    expect(results.populationSize).toBe(15_000);
    expect(results.policies.map((p) => p.totals.reached)).toEqual([1500, 1500, 1500, 1500, 1500, 1500]);
    expect(one!.csv.split('\n')[0]).toBe('policy,policy_label,attribute,attribute_label,group,group_label,metric,value,low,high,verdict,raw_verdict,leaning,interval_kind,harm');
    expect(two!.json).toBe(one!.json);
    expect(two!.csv).toBe(one!.csv);
  }, 180_000);

  it('--model-noise R runs R replicates and learned policies read their verdicts from them', async () => {
    const io = collectIo();
    const out = join(dir, 'noise');
    const code = await runCli(['run', DEFAULT, '--size', '3000', '--workers', '1', '--model-noise', '3', '--out', out], io);
    expect(code).toBe(0);
    expect(io.stdout).toContain('3,000 people, 3 replicates');
    expect(io.stdout).toMatch(/ R=3 {2}/);
    const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as { replicates: number; policies: { type: string; slices: { groups: { intervalKind: string; verdict: string }[] }[] }[] };
    expect(results.replicates).toBe(3);
    const kinds = (type: string) => new Set(results.policies.filter((p) => p.type === type).flatMap((p) => p.slices.flatMap((s) => s.groups.filter((g) => g.verdict !== 'too-small').map((g) => g.intervalKind))));
    expect([...kinds('propensity')]).toEqual(['replicates']);
    expect([...kinds('random')]).toEqual(['wilson-katz']);
  }, 180_000);

  it("run on a preset prints its claims, each checked on this run's results", async () => {
    const io = collectIo();
    const code = await runCli(['run', 'scenarios/job-ad-delivery.json', '--workers', '2', '--out', join(dir, 'preset')], io);
    expect(code).toBe(0);
    const after = io.stdout.slice(io.stdout.indexOf('\nClaims\n') + '\nClaims\n'.length);
    const claims = after.slice(0, after.indexOf('\n\n')).split('\n');
    const preset = JSON.parse(readFileSync('scenarios/job-ad-delivery.json', 'utf8')) as { claims: { text: string }[] };
    expect(claims).toHaveLength(preset.claims.length);
    preset.claims.forEach((c, i) => expect(claims[i]).toContain(`✓ ${c.text} — holds: `));
  }, 180_000);

  it('run on an invalid scenario exits 1 and lists every problem as path: message', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, readFileSync(DEFAULT, 'utf8').replace('"size": 100000', '"size": 0').replace('"offer": "opportunity"', '"offer": "charity"'));
    const io = collectIo();
    expect(await runCli(['run', bad, '--out', join(dir, 'never')], io)).toBe(1);
    expect(io.stderr).toContain(`fairground: ${bad} is not a valid scenario`);
    expect(io.stderr).toContain('  population.size: must be at least 1\n');
    expect(io.stderr).toMatch(/ {2}campaign\.offer: .+\n/);
  });

  it('run exits 1 when the output directory cannot be made', async () => {
    const blocker = join(dir, 'a-file');
    writeFileSync(blocker, 'not a directory');
    const io = collectIo();
    expect(await runCli(['run', DEFAULT, '--size', '1000', '--out', join(blocker, 'out')], io)).toBe(1);
    expect(io.stderr).toContain(`fairground: cannot write to ${join(blocker, 'out')}: a file is in the way of the directory`);
  });

  it('run rejects a worker count that is not a whole number', async () => {
    const io = collectIo();
    expect(await runCli(['run', DEFAULT, '--workers', 'two'], io)).not.toBe(0);
    expect(io.stderr).toContain("option '--workers <n>' argument 'two' is invalid");
  });
});

describe('fairground population', () => {
  it('population --rows 100 writes the header and the first 100 people of the policy', async () => {
    const file = join(dir, 'people.csv');
    const io = collectIo();
    const code = await runCli(['population', DEFAULT, '--size', '40000', '--policy', 'delivery', '--out', file, '--rows', '100', '--workers', '2'], io);
    expect(io.stderr).not.toContain('fairground:');
    expect(code).toBe(0);
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(101);
    expect(lines[0]).toBe('entity_id,gender,age,ethnicity,disability,neighbourhood,income,education,device,careerInterest,hoursOnline,score,selected,model_score,label_value');
    expect(lines.slice(1).map((l) => Number(l.split(',')[0]))).toEqual(Array.from({ length: 100 }, (_, i) => i));
  }, 120_000);

  it('population with an unknown policy exits 1 and names the policies there are', async () => {
    const io = collectIo();
    expect(await runCli(['population', DEFAULT, '--policy', 'psychic', '--out', join(dir, 'x.csv')], io)).toBe(1);
    expect(io.stderr).toContain('there is no policy "psychic"; the scenario has: random, rules, propensity, lookalike, delivery, delivery-parity');
  });
});
