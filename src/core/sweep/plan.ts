/**
 * From a scenario with a `sweep` section to the list of scenarios it stands for. Every point is
 * applied to the scenario (defaults filled in) and validated as a whole scenario, so a sweep that
 * passes here runs: a budget larger than the population or a tolerance out of range is reported
 * with the point that causes it. The `sweep` section itself is not part of any point's scenario.
 */
import type { Issue } from '../scenario/issues';
import { parseScenario } from '../scenario/parse';
import type { Scenario, Sweep, SweepValue } from '../scenario/types';
import { scenarioHash } from '../results/hash';
import { populationIdentity } from '../engine/population-identity';
import { parsePath, setAtPath } from './scenario-path';
import { parameterValues } from './values';
import { gridPoints } from './grid';

export interface SweepParameterPlan {
  /** Column name in the tables: the parameter's `name`, else its path. */
  name: string;
  path: string;
}

export interface SweepPoint {
  /** 0-based position in the grid; the order of every table. */
  index: number;
  /** `p0000`, `p0001`, …: the point's folder in the outputs. */
  id: string;
  /** One value per parameter. */
  values: SweepValue[];
  scenario: Scenario;
  /** Points with the same number hold the same people (same population, behaviour and seed). */
  populationGroup: number;
}

export interface SweepWork {
  points: number;
  /** Distinct populations to generate (each at most once per replicate when points run in group order). */
  populations: number;
  /** Σ over points of people × policies × replicates: the work, in person-policy evaluations. */
  personPolicyRuns: number;
}

export interface SweepPlan {
  /** The scenario's name and the hash of the whole file (sweep included). */
  scenario: { name: string; hash: string };
  grid: Sweep['grid'];
  parameters: SweepParameterPlan[];
  points: SweepPoint[];
  work: SweepWork;
}

export type SweepPlanResult = { ok: true; plan: SweepPlan } | { ok: false; issues: Issue[] };

/** Columns the sweep tables have besides the parameters: a parameter may not take their names. */
const TABLE_COLUMNS = new Set(['point', 'policy', 'label', 'attribute', 'group', 'verdict', 'harm', 'ratioMetric', 'worstAttribute', 'worstGroup', 'worstLabel', 'worstRatio', 'worstVerdict']);

/** Point problems reported in full before the rest are summarised (one bad value often fails every point). */
const REPORTED_POINTS = 5;

export function planSweep(scenario: Scenario, sweep: Sweep | undefined = scenario.sweep): SweepPlanResult {
  if (!sweep) return { ok: false, issues: [{ path: 'sweep', message: 'this scenario has no sweep section: add one, e.g. { "parameters": [{ "path": "campaign.budget.people", "values": [1000, 5000] }] }' }] };
  const issues: Issue[] = [];
  const keys: string[][] = [];
  const names = new Set<string>();
  const paths = new Set<string>();
  sweep.parameters.forEach((p, i) => {
    const at = `sweep.parameters[${i}]`;
    const parsed = parsePath(p.path);
    if (!parsed.ok) issues.push({ path: `${at}.path`, message: parsed.message });
    else keys.push(parsed.value);
    const name = p.name ?? p.path;
    if (names.has(name)) issues.push({ path: at, message: `two parameters are called "${name}": give one a different name` });
    names.add(name);
    if (TABLE_COLUMNS.has(name)) issues.push({ path: at, message: `"${name}" is a column of the sweep tables already: give the parameter another name` });
    if (paths.has(p.path)) issues.push({ path: `${at}.path`, message: `${p.path} is swept twice: list its values once` });
    paths.add(p.path);
    const given = (p.values ? 1 : 0) + (p.range ? 1 : 0);
    if (sweep.grid === 'points' && given) issues.push({ path: at, message: 'with grid "points" the values come from sweep.points: remove values and range here' });
    if (sweep.grid === 'product' && given !== 1) issues.push({ path: at, message: 'give either values (a list) or range ({ from, to, steps }), not both or neither' });
    if (p.range?.scale === 'log' && !(p.range.from > 0 && p.range.to > 0)) issues.push({ path: `${at}.range`, message: 'a log range needs from and to above 0' });
    const values = parameterValues(p);
    if (new Set(values.map((v) => JSON.stringify(v))).size !== values.length) issues.push({ path: at, message: 'the values repeat (after rounding): every value must differ' });
  });
  const grid = gridPoints(sweep);
  if (!grid.ok) issues.push(...grid.issues);
  if (issues.length || !grid.ok) return { ok: false, issues };

  const base: Record<string, unknown> = JSON.parse(JSON.stringify(scenario)) as Record<string, unknown>;
  delete base.sweep;
  const groups = new Map<string, number>();
  const points: SweepPoint[] = [];
  const failed: Issue[] = [];
  let failedPoints = 0;
  const width = Math.max(4, String(grid.points.length - 1).length);
  grid.points.forEach((values, index) => {
    const doc: unknown = JSON.parse(JSON.stringify(base));
    const where = sweep.parameters.map((p, i) => `${p.name ?? p.path} = ${JSON.stringify(values[i])}`).join(', ');
    let problems: Issue[] = [];
    for (let i = 0; i < values.length && !problems.length; i++) {
      const set = setAtPath(doc, keys[i]!, values[i]);
      if (!set.ok) problems = [{ path: `sweep.parameters[${i}].path`, message: set.message }];
    }
    if (!problems.length) {
      const parsed = parseScenario(doc);
      if (parsed.ok) {
        const key = populationIdentity(parsed.scenario, parsed.scenario.seed);
        if (!groups.has(key)) groups.set(key, groups.size);
        points.push({ index, id: `p${String(index).padStart(width, '0')}`, values, scenario: parsed.scenario, populationGroup: groups.get(key)! });
        return;
      }
      problems = parsed.issues;
    }
    if (++failedPoints <= REPORTED_POINTS) for (const p of problems) failed.push({ path: p.path, message: `${p.message} (sweep point ${index + 1} of ${grid.points.length}: ${where})` });
  });
  if (failedPoints) {
    if (failedPoints > REPORTED_POINTS) failed.push({ path: 'sweep', message: `${failedPoints} of ${grid.points.length} points give an invalid scenario; the first ${REPORTED_POINTS} are listed` });
    return { ok: false, issues: failed };
  }
  const personPolicyRuns = points.reduce((sum, p) => sum + p.scenario.population.size * p.scenario.policies.length * p.scenario.audit.replicates, 0);
  return {
    ok: true,
    plan: {
      scenario: { name: scenario.name, hash: scenarioHash(scenario) },
      grid: sweep.grid,
      parameters: sweep.parameters.map((p) => ({ name: p.name ?? p.path, path: p.path })),
      points,
      work: { points: points.length, populations: groups.size, personPolicyRuns },
    },
  };
}

/** The work in words: "12 points, 3 populations, 7.2 million person-policy evaluations". */
export function describeSweepWork(work: SweepWork): string {
  const runs = work.personPolicyRuns;
  const size = runs >= 1e9 ? `${(runs / 1e9).toPrecision(3)} billion` : runs >= 1e6 ? `${(runs / 1e6).toPrecision(3)} million` : runs.toLocaleString('en');
  const s = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
  return `${s(work.points, 'point')}, ${s(work.populations, 'population')} to generate, ${size} person-policy evaluations`;
}

