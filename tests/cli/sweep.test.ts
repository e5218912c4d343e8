import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program';
import { sweepCommand } from '../../src/cli/sweep-command';
import { collectIo } from './cli-io';
import { sweepOutputs } from './sweep-files';

const FILE = 'examples/sweeps/budget-small.json';
const dir = mkdtempSync(join(tmpdir(), 'fairground-sweep-'));
const whole = join(dir, 'whole');

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = collectIo();
  const code = await runCli(args, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

describe('fairground sweep and merge', () => {
  let summary = '';
  beforeAll(async () => {
    const r = await cli(['sweep', FILE, '--out', whole, '--workers', '1']);
    summary = r.stdout;
    expect(r.stdout).toMatch(/\nRan 10 points in [\d.]+ s on 1 worker; 2 populations generated, reused for 8 points\.\n/);
    expect(r.stderr).toContain('Budget sweep (small)\nSweep of 10 points, 2 populations to generate, 200,000 person-policy evaluations.\nRunning every point.\n');
    expect(r.code).toBe(0);
  }, 120_000);

  it('a whole sweep writes the tidy tables, the manifest and one results.json per point', () => {
    const files = sweepOutputs(whole);
    expect(Object.keys(files).filter((f) => f.startsWith('points/'))).toHaveLength(10);
    const policies = files['sweep-policies.csv']!.trim().split('\n');
    expect(policies[0]).toMatch(/^point,seed,budget,policy,label,reached,cost,expectedConversions,/);
    // 10 points × 4 policies; every policy reaches exactly its point's budget
    expect(policies).toHaveLength(1 + 40);
    const reached = policies.slice(1).map((line) => line.split(','));
    for (const cells of reached) expect(Number(cells[5])).toBe(Number(cells[2]));
    const groups = files['sweep.csv']!.trim().split('\n');
    // 4 audited attributes with 3 + 5 + 3 + 2 = 13 groups, × 4 policies × 10 points
    expect(groups).toHaveLength(1 + 10 * 4 * 13);
    expect(groups[0]).toContain('representationRatio,representationRatio_low,representationRatio_high');
  });

  it('the printed summary counts, per policy, the points whose worst ratio in sweep-policies.csv is within the band', () => {
    const rows = sweepOutputs(whole)['sweep-policies.csv']!.trim().split('\n').slice(1).map((l) => l.split(','));
    for (const policy of ['random', 'propensity', 'delivery', 'delivery-parity']) {
      // columns: point, seed, budget, policy, label, 9 totals, ratioMetric, worstAttribute, worstGroup, worstLabel, worstRatio
      const within = rows.filter((c) => c[3] === policy && Number(c[18]) >= 0.8 && Number(c[18]) <= 1.25 && c[18] !== '').length;
      expect(summary).toMatch(new RegExp(`^${policy} +${within} of 10 `, 'm'));
    }
    for (const line of summary.slice(0, summary.indexOf('\nRan ')).split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it.each([1, 3, 4, 7])('merge of %i shards (in one folder or one each) equals the single-machine sweep byte for byte', async (n) => {
    const shared = join(dir, `shared-${n}`);
    for (let i = 0; i < n; i++) {
      const out = n === 4 ? join(dir, `own-${n}-${i}`) : shared;
      const r = await cli(['sweep', FILE, '--out', out, '--workers', '1', '--shard', `${i}/${n}`]);
      expect(r.code, r.stderr).toBe(0);
    }
    const inputs = n === 4 ? Array.from({ length: n }, (_, i) => join(dir, `own-${n}-${i}`)) : [shared];
    const merged = join(dir, `merged-${n}`);
    const r = await cli(['merge', ...inputs, '--out', merged]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`Merged ${n} shard${n === 1 ? '' : 's'} (10 points)`);
    expect(sweepOutputs(merged)).toEqual(sweepOutputs(whole));
  }, 180_000);

  it('a shard index from the batch engine\'s environment picks the same points as --shard', async () => {
    const out = join(dir, 'env');
    const io = collectIo();
    const code = await sweepCommand(io, FILE, { out, workers: 1, shardCount: 7 }, { env: { JOB_COMPLETION_INDEX: '6' } });
    expect(code).toBe(0);
    expect(io.stdout).toMatch(/^Ran 1 of 10 points in [\d.]+ s \(shard 6 of 7\); 1 population generated\.\n/);
    const shard = JSON.parse(sweepOutputs(out)['points/p0009/results.json']!) as { scenario: { hash: string } };
    expect(shard.scenario.hash).toBe((JSON.parse(sweepOutputs(whole)['points/p0009/results.json']!) as { scenario: { hash: string } }).scenario.hash);
  }, 60_000);

  it('--no-shard runs every point even where a job array\'s environment names a shard', async () => {
    const io = collectIo();
    const code = await sweepCommand(io, FILE, { out: join(dir, 'no-shard'), workers: 1, shard: false }, { env: { SLURM_ARRAY_TASK_ID: '1', SLURM_ARRAY_TASK_COUNT: '4' } });
    expect(code).toBe(0);
    expect(sweepOutputs(join(dir, 'no-shard'))).toEqual(sweepOutputs(whole));
  }, 60_000);

  it('merge says which shards are missing, and refuses a folder without shards', async () => {
    const partial = join(dir, 'partial');
    expect((await cli(['sweep', FILE, '--out', partial, '--workers', '1', '--shard', '1/3'])).code).toBe(0);
    const r = await cli(['merge', partial, '--out', join(dir, 'never')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('fairground: shards 0, 2 of 3 are missing (0-based); run them, then merge again\n');
    const none = await cli(['merge', whole, '--out', join(dir, 'never')]);
    expect(none.stderr).toMatch(/holds no shards/);
  }, 60_000);

  it('merge refuses shards of different sweeps and a results.json that is not the point\'s', async () => {
    const other = join(dir, 'other.json');
    const doc = JSON.parse(readFileSync(FILE, 'utf8')) as { sweep: { parameters: { values: number[] }[] } };
    doc.sweep.parameters[1]!.values[0] = 250;
    writeFileSync(other, JSON.stringify(doc));
    const mixed = join(dir, 'mixed');
    expect((await cli(['sweep', FILE, '--out', mixed, '--workers', '1', '--shard', '0/9'])).code).toBe(0);
    expect((await cli(['sweep', other, '--out', mixed, '--workers', '1', '--shard', '8/9'])).code).toBe(0);
    const r = await cli(['merge', mixed, '--out', join(dir, 'never')]);
    expect(r.stderr).toMatch(/shard-0008-of-0009\.json belongs to a different sweep than .*shard-0000-of-0009\.json/);

    const tampered = join(dir, 'tampered');
    expect((await cli(['sweep', FILE, '--out', tampered, '--workers', '1', '--shard', '0/1'])).code).toBe(0);
    const file = join(tampered, 'points/p0003/results.json');
    writeFileSync(file, readFileSync(join(tampered, 'points/p0004/results.json')));
    const t = await cli(['merge', tampered, '--out', join(dir, 'never')]);
    expect(t.code).toBe(1);
    expect(t.stderr).toMatch(/p0003\/results\.json is for another scenario/);
  }, 60_000);

  it('validate checks the sweep point by point and reports its size', async () => {
    const ok = await cli(['validate', FILE]);
    expect(ok.stdout).toMatch(/^Sweep: 10 points, 2 populations to generate, 200,000 person-policy\s+evaluations\n/m);
    const doc = JSON.parse(readFileSync(FILE, 'utf8')) as { sweep: { parameters: { values: number[] }[] } };
    doc.sweep.parameters[1]!.values.push(6000);
    const bad = join(dir, 'bad-sweep.json');
    writeFileSync(bad, JSON.stringify(doc));
    const r = await cli(['validate', bad]);
    expect(r.code).toBe(1);
    // 6,000 people do not fit in 5,000, once for each seed
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
    expect(r.stdout).toMatch(/^campaign\.budget\.people: .*\(sweep point 6 of 12: seed = 1, budget = 6000\)$/m);
  });

  it('sweep on a scenario without a sweep section exits 1 and says how to add one', async () => {
    const r = await cli(['sweep', 'scenarios/default.json', '--out', join(dir, 'none')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/has no sweep that can run \(1 problem\):\n {2}sweep: this scenario has no sweep section/);
  });
});
