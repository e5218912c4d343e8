/**
 * The sweep the panel edits, as JSON text: the scenario's own `sweep` section when it has one, or
 * a suggested budget sweep. Checked the way `fairground sweep` checks it (the section against the
 * scenario format, then every point as a whole scenario), plus the browser's smaller cap.
 */
import type { Issue } from '../../core/scenario/issues';
import { parseScenario } from '../../core/scenario/parse';
import type { Scenario } from '../../core/scenario/types';
import { describeSweepWork, planSweep } from '../../core/sweep/plan';
import type { SweepPlan } from '../../core/sweep/plan';

/** The browser runs small grids; bigger ones belong to `fairground sweep` (and a cluster). */
export const BROWSER_SWEEP_LIMIT = { points: 200, personPolicyRuns: 400_000_000 } as const;

export interface SweepCheck {
  plan: SweepPlan | undefined;
  issues: Issue[];
  /** The work in words, when the sweep is valid. */
  work: string;
}

/** Budget multiples the suggested sweep tries. */
const FACTORS = [0.25, 0.5, 1, 1.5, 2];

export function suggestedSweep(scenario: Scenario): unknown {
  if (scenario.sweep) return scenario.sweep;
  // Read loosely: a budget may name people, a share of the eligible, or an amount to spend.
  const budget = scenario.campaign.budget as Record<string, unknown>;
  const around = (key: string, round: (v: number) => number) => {
    const base = budget[key];
    if (typeof base !== 'number') return undefined;
    const values = [...new Set(FACTORS.map((f) => round(base * f)))];
    return { parameters: [{ path: `campaign.budget.${key}`, name: 'budget', values }] };
  };
  const most = scenario.population.size;
  return (
    around('people', (v) => Math.max(1, Math.min(most, Math.round(v)))) ??
    around('share', (v) => Math.min(1, Number(v.toPrecision(6)))) ??
    around('amount', (v) => Number(v.toPrecision(6))) ?? { parameters: [{ path: 'seed', values: [1, 2, 3] }] }
  );
}

export const sweepText = (sweep: unknown): string => `${JSON.stringify(sweep, null, 2)}\n`;

export function checkSweep(scenario: Scenario, text: string): SweepCheck {
  let sweep: unknown;
  try {
    sweep = JSON.parse(text);
  } catch (e) {
    return { plan: undefined, issues: [{ path: 'sweep', message: `not valid JSON: ${(e as Error).message}` }], work: '' };
  }
  const parsed = parseScenario({ ...scenario, sweep });
  if (!parsed.ok) return { plan: undefined, issues: parsed.issues.filter((i) => i.path.startsWith('sweep')).concat(parsed.issues.some((i) => i.path.startsWith('sweep')) ? [] : parsed.issues), work: '' };
  const planned = planSweep(parsed.scenario);
  if (!planned.ok) return { plan: undefined, issues: planned.issues, work: '' };
  const { work } = planned.plan;
  const issues: Issue[] = [];
  if (work.points > BROWSER_SWEEP_LIMIT.points || work.personPolicyRuns > BROWSER_SWEEP_LIMIT.personPolicyRuns)
    issues.push({ path: 'sweep', message: `${describeSweepWork(work)}: more than the browser runs (${BROWSER_SWEEP_LIMIT.points} points, ${BROWSER_SWEEP_LIMIT.personPolicyRuns / 1e6} million evaluations); run it with \`fairground sweep\`` });
  return { plan: issues.length ? undefined : planned.plan, issues, work: describeSweepWork(work) };
}
